import { describe, expect, it } from 'vitest';
import { ApiError, GitHubApi, type ApiResponse, type RetryOptions } from '../src/action/github-api.js';

function client(responses: ApiResponse[], maxDelayMs = 5000) {
  const calls: Record<string, unknown>[] = [];
  const waits: number[] = [];
  const retry: RetryOptions = { attempts: 3, baseDelayMs: 100, maxDelayMs, sleep: async (ms) => void waits.push(ms), log: () => {} };
  const api = new GitHubApi(async (_route, params) => {
    calls.push(params);
    return responses.shift() ?? { status: 200, data: [], headers: {} };
  }, retry);
  return { api, calls, waits };
}

const ok = (data: unknown): ApiResponse => ({ status: 200, data, headers: {} });
const status = (code: number, headers: ApiResponse['headers'] = {}, message = 'nope'): ApiResponse => ({ status: code, data: { message }, headers });

describe('GitHubApi retries', () => {
  it('retries 5xx with doubling waits, then gives up with an ApiError', async () => {
    const { api, calls, waits } = client([status(502), status(500), status(503)]);
    await expect(api.request('GET /x')).rejects.toMatchObject({ name: 'ApiError', status: 503 });
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([100, 200]);
  });

  it('honours retry-after on 429 and on a secondary rate limit', async () => {
    const { api, waits } = client([status(429, { 'retry-after': '2' }), status(403, {}, 'You have exceeded a secondary rate limit'), ok({ id: 1 })]);
    await expect(api.request('POST /y')).resolves.toEqual({ id: 1 });
    expect(waits).toEqual([2000, 200]);
  });

  it('does not retry a plain 403 or 404', async () => {
    for (const code of [403, 404, 422]) {
      const { api, calls } = client([status(code, {}, 'Resource not accessible by integration')]);
      const error = await api.request('POST /z').catch((failure: unknown) => failure);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).message).toBe(`POST /z failed with HTTP ${code}: Resource not accessible by integration`);
      expect(calls).toHaveLength(1);
    }
  });

  it('gives up rather than wait longer than allowed', async () => {
    const { api, calls, waits } = client([status(429, { 'retry-after': '120' })], 10_000);
    await expect(api.request('GET /slow')).rejects.toThrow(/asked to wait 120 s; not waiting that long/);
    expect(calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('retries network failures (no response)', async () => {
    const { api, calls } = client([{ status: 0, data: { message: 'fetch failed' }, headers: {} }, ok('fine')]);
    await expect(api.request('GET /net')).resolves.toBe('fine');
    expect(calls).toHaveLength(2);
  });

  it('paginates until a short page', async () => {
    const full = Array.from({ length: 100 }, (_, index) => index);
    const { api, calls } = client([ok(full), ok(full), ok([1, 2])]);
    expect(await api.paginate('GET /list', { a: 1 })).toHaveLength(202);
    expect(calls).toEqual([
      { a: 1, per_page: 100, page: 1 },
      { a: 1, per_page: 100, page: 2 },
      { a: 1, per_page: 100, page: 3 },
    ]);
  });
});
