import { describe, expect, it } from 'vitest';
import { ApiError, DEFAULT_BUDGET_MS, DEFAULT_TIMEOUT_MS, GitHubApi, listOf, objectWith, retryOptionsFromEnv, type ApiResponse, type RetryOptions } from '../src/action/github-api.js';

function client(responses: ApiResponse[], maxDelayMs = 5000) {
  const calls: Record<string, unknown>[] = [];
  const waits: number[] = [];
  const retry: RetryOptions = { attempts: 3, baseDelayMs: 100, maxDelayMs, timeoutMs: 1000, budgetMs: 60_000, sleep: async (ms) => void waits.push(ms), log: () => {} };
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
    expect(await api.paginate('GET /list', { a: 1 }, (item) => (typeof item === 'number' ? undefined : 'not a number'))).toHaveLength(202);
    expect(calls).toEqual([
      { a: 1, per_page: 100, page: 1 },
      { a: 1, per_page: 100, page: 2 },
      { a: 1, per_page: 100, page: 3 },
    ]);
  });
});

describe('GitHubApi time limits', () => {
  /** A transport on a fake clock: each request takes `takes` ms and gets no answer. */
  function silent(budgetMs: number, timeoutMs: number) {
    let now = 0;
    const timeouts: number[] = [];
    const retry: RetryOptions = { attempts: 3, baseDelayMs: 100, maxDelayMs: 1000, timeoutMs, budgetMs, sleep: async (ms) => void (now += ms), log: () => {}, now: () => now };
    const api = new GitHubApi(async (_route, _params, timeout) => {
      timeouts.push(timeout);
      now += timeout;
      return { status: 0, data: { message: `no answer within ${timeout} ms` }, headers: {} };
    }, retry);
    return { api, timeouts, clock: () => now };
  }

  it('gives each request a short timeout, and once the API did not answer, sends nothing more', async () => {
    const { api, timeouts } = silent(60_000, 5000);
    await expect(api.request('GET /files')).rejects.toThrow('GET /files failed: no answer within 5000 ms');
    expect(timeouts).toEqual([5000, 5000, 5000]);
    await expect(api.request('POST /check-runs')).rejects.toThrow('POST /check-runs failed: not sent: the API did not answer earlier in this step (GET /files: no answer within 5000 ms)');
    expect(timeouts).toHaveLength(3);
  });

  it('never spends more than the budget of the step, waits included', async () => {
    const { api, timeouts, clock } = silent(7000, 5000);
    await expect(api.request('GET /files')).rejects.toThrow(/not sent: the API time budget of the step \(7 s\) is spent/);
    // 5 s, a 100 ms wait, then what is left of the budget
    expect(timeouts).toEqual([5000, 1900]);
    expect(clock()).toBe(7000);
  });

  it('reads its limits from the environment, with defaults of seconds', () => {
    expect(retryOptionsFromEnv(() => {}, {})).toMatchObject({ timeoutMs: DEFAULT_TIMEOUT_MS, budgetMs: DEFAULT_BUDGET_MS, maxDelayMs: 10_000 });
    expect(DEFAULT_TIMEOUT_MS).toBeLessThanOrEqual(10_000);
    expect(DEFAULT_BUDGET_MS).toBeLessThanOrEqual(120_000);
    expect(retryOptionsFromEnv(() => {}, { TOKENGATE_API_TIMEOUT_MS: '250', TOKENGATE_API_BUDGET_MS: '3000', TOKENGATE_API_MAX_WAIT_MS: '5' })).toMatchObject({ timeoutMs: 250, budgetMs: 3000, maxDelayMs: 5 });
    expect(retryOptionsFromEnv(() => {}, { TOKENGATE_API_TIMEOUT_MS: 'soon' })).toMatchObject({ timeoutMs: DEFAULT_TIMEOUT_MS });
  });
});

describe('GitHubApi reply shapes', () => {
  const files = listOf(objectWith({ filename: 'string', status: 'string', patch: 'string?' }));

  it('turns a 2xx reply of the wrong shape into an ApiError, never into data', async () => {
    const cases: [unknown, string][] = [
      ['<html>Bad gateway</html>', 'expected a list, got text that is not JSON'],
      ['', 'expected a list, got an empty body'],
      [{ message: 'ok' }, 'expected a list, got an object'],
      [[{ filename: 'a.py' }], 'item 0: expected "status" to be a string, got no such field'],
      [[{ filename: 'a.py', status: 'added', patch: 7 }], 'item 0: expected "patch" to be a string, got a number'],
    ];
    for (const [data, problem] of cases) {
      const { api } = client([ok(data)]);
      await expect(api.request('GET /files', {}, files)).rejects.toThrow(`GET /files answered HTTP 200, but the reply is not what the API sends (${problem})`);
    }
    const { api } = client([ok([{ filename: 'a.py', status: 'added', patch: null }])]);
    await expect(api.request('GET /files', {}, files)).resolves.toHaveLength(1);
  });

  it('checks every page of a paginated list', async () => {
    const full = Array.from({ length: 100 }, (_, index) => ({ id: index }));
    const { api } = client([ok(full), ok({ id: 1 })]);
    await expect(api.paginate('GET /comments', {}, objectWith({ id: 'number' }))).rejects.toThrow(/expected a list, got an object/);
  });
});

describe('GitHubApi rate limits', () => {
  it('marks a 403 with x-ratelimit-remaining 0 or retry-after as a rate limit, and a plain 403 not', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    const primary = client([status(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, 'API rate limit exceeded')]);
    const error = (await primary.api.request('POST /check-runs').catch((failure: unknown) => failure)) as ApiError;
    expect(error.rateLimited).toBe(true);
    expect(error.message).toMatch(/HTTP 403: API rate limit exceeded \(asked to wait 360\d s; not waiting that long\)/);
    // the rest of the step is not sent, and says why
    const next = (await primary.api.request('GET /comments').catch((failure: unknown) => failure)) as ApiError;
    expect(next).toMatchObject({ rateLimited: true, message: expect.stringContaining('not sent: the API rate limit was reached earlier in this step') });

    const secondary = client([status(403, { 'retry-after': '600' }, 'You have exceeded a secondary rate limit')]);
    expect(((await secondary.api.request('POST /x').catch((failure: unknown) => failure)) as ApiError).rateLimited).toBe(true);
    const denied = client([status(403, {}, 'Resource not accessible by integration')]);
    expect(((await denied.api.request('POST /x').catch((failure: unknown) => failure)) as ApiError).rateLimited).toBe(false);
  });
});
