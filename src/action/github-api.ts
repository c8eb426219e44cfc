/**
 * A small GitHub REST client: @actions/github's Octokit (GITHUB_API_URL, proxies) with
 * bounded retries. 5xx, network failures and rate limits (429, secondary limits) are
 * retried after a short wait that honours retry-after; anything else, and a limit that
 * asks for a longer wait than we allow, is an ApiError at once, so that the caller
 * degrades (falls back or skips) instead of holding the job.
 */
import { getOctokit } from '@actions/github';

export interface ApiResponse {
  status: number;
  data: unknown;
  headers: Record<string, string | number | undefined>;
}

/** Sends one request; resolves for every HTTP status (errors become responses). */
export type Transport = (route: string, params: Record<string, unknown>) => Promise<ApiResponse>;

export class ApiError extends Error {
  constructor(
    readonly route: string,
    /** 0 when no response arrived. */
    readonly status: number,
    detail: string,
  ) {
    super(`${route} failed${status ? ` with HTTP ${status}` : ''}: ${detail}`);
    this.name = 'ApiError';
  }
}

export interface RetryOptions {
  /** Tries per request, the first included. */
  attempts: number;
  /** First wait when the server names none; doubled on each retry. */
  baseDelayMs: number;
  /** Longest wait; a server asking for longer is not retried. */
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  log: (message: string) => void;
}

/** TOKENGATE_API_MAX_WAIT_MS caps every wait (tests set it to a few milliseconds). */
export function retryOptionsFromEnv(log: (message: string) => void): RetryOptions {
  const cap = Number(process.env.TOKENGATE_API_MAX_WAIT_MS);
  const maxDelayMs = Number.isFinite(cap) && cap >= 0 && process.env.TOKENGATE_API_MAX_WAIT_MS !== '' ? cap : 10_000;
  return { attempts: 3, baseDelayMs: Math.min(1000, maxDelayMs), maxDelayMs, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), log };
}

export class GitHubApi {
  constructor(
    private readonly transport: Transport,
    private readonly retry: RetryOptions,
  ) {}

  /** The response body of a successful (2xx) request; ApiError otherwise. */
  async request<T>(route: string, params: Record<string, unknown> = {}): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const response = await this.transport(route, params);
      if (response.status >= 200 && response.status < 300) return response.data as T;
      const detail = errorDetail(response);
      const retryable = response.status === 0 || response.status >= 500 || isRateLimited(response, detail);
      if (!retryable || attempt >= this.retry.attempts) throw new ApiError(route, response.status, detail);
      const asked = requestedWaitMs(response);
      if (asked !== undefined && asked > this.retry.maxDelayMs) {
        throw new ApiError(route, response.status, `${detail} (asked to wait ${Math.ceil(asked / 1000)} s; not waiting that long)`);
      }
      const wait = Math.min(asked ?? this.retry.baseDelayMs * 2 ** (attempt - 1), this.retry.maxDelayMs);
      this.retry.log(`${route}: HTTP ${response.status || 'failure'} (${detail}); retrying in ${wait} ms`);
      await this.retry.sleep(wait);
    }
  }

  /** Every item of a paginated list (page/per_page), up to `maxPages` pages. */
  async paginate<T>(route: string, params: Record<string, unknown>, select: (data: unknown) => T[] = (data) => data as T[], maxPages = 30): Promise<T[]> {
    const items: T[] = [];
    const perPage = 100;
    for (let page = 1; page <= maxPages; page++) {
      const batch = select(await this.request(route, { ...params, per_page: perPage, page }));
      items.push(...batch);
      if (batch.length < perPage) break;
    }
    return items;
  }
}

function header(response: ApiResponse, name: string): string | undefined {
  const value = response.headers[name];
  return value === undefined ? undefined : String(value);
}

function isRateLimited(response: ApiResponse, detail: string): boolean {
  if (response.status === 429) return true;
  if (response.status !== 403) return false;
  return header(response, 'retry-after') !== undefined || header(response, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(detail);
}

/** What the server asked for: retry-after seconds, or the primary limit's reset time. */
function requestedWaitMs(response: ApiResponse): number | undefined {
  const retryAfter = header(response, 'retry-after');
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter) * 1000;
  const reset = header(response, 'x-ratelimit-reset');
  if (header(response, 'x-ratelimit-remaining') === '0' && reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - Date.now());
  return undefined;
}

function errorDetail(response: ApiResponse): string {
  const data = response.data as { message?: unknown } | string | undefined;
  if (typeof data === 'string') return data.slice(0, 200) || 'no message';
  if (data && typeof data.message === 'string') return data.message;
  return 'no message';
}

/** The production transport: Octokit from @actions/github, errors turned into responses. */
export function octokitTransport(token: string): Transport {
  const octokit = getOctokit(token);
  return async (route, params) => {
    try {
      const response = await octokit.request(route, params);
      return { status: response.status, data: response.data, headers: response.headers as ApiResponse['headers'] };
    } catch (error) {
      const failure = error as { status?: number; message?: string; response?: { status: number; data: unknown; headers: ApiResponse['headers'] } };
      if (failure.response) return { status: failure.response.status, data: failure.response.data, headers: failure.response.headers };
      // no response: a network failure (Octokit reports it as status 500 without a response)
      return { status: 0, data: { message: failure.message ?? String(error) }, headers: {} };
    }
  };
}
