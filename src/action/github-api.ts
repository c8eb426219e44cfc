/**
 * A small GitHub REST client: @actions/github's Octokit (GITHUB_API_URL, proxies) with
 * bounded retries. 5xx, network failures, timeouts and rate limits (429, secondary limits)
 * are retried after a short wait that honours retry-after; anything else, and a limit that
 * asks for a longer wait than we allow, is an ApiError at once, so that the caller
 * degrades (falls back or skips) instead of holding the job. Every request has a short
 * timeout and all of them share one time budget for the step; once the API failed to
 * answer or rate-limited the step, later requests are not sent at all. A 2xx reply of the
 * wrong shape (not JSON, an object where a list belongs, missing fields) is an ApiError
 * too: never an empty answer.
 */
import { getOctokit } from '@actions/github';

export interface ApiResponse {
  status: number;
  data: unknown;
  headers: Record<string, string | number | undefined>;
}

/** Sends one request, giving up after `timeoutMs`; resolves for every HTTP status (errors and timeouts become responses). */
export type Transport = (route: string, params: Record<string, unknown>, timeoutMs: number) => Promise<ApiResponse>;

export class ApiError extends Error {
  constructor(
    readonly route: string,
    /** 0 when no response arrived. */
    readonly status: number,
    detail: string,
    /** A rate limit, primary or secondary: not a missing permission. */
    readonly rateLimited = false,
  ) {
    super(status >= 200 && status < 300 ? `${route} answered HTTP ${status}, but ${detail}` : `${route} failed${status ? ` with HTTP ${status}` : ''}: ${detail}`);
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
  /** Longest wait for one answer. */
  timeoutMs: number;
  /** All requests of the step together, waits included; past it nothing more is sent. */
  budgetMs: number;
  sleep: (ms: number) => Promise<void>;
  log: (message: string) => void;
  now?: () => number;
}

/** Defaults: 10 s an answer, 90 s for every request of the step, 10 s the longest wait between tries. */
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_BUDGET_MS = 90_000;
const DEFAULT_MAX_WAIT_MS = 10_000;

/**
 * TOKENGATE_API_TIMEOUT_MS, TOKENGATE_API_BUDGET_MS and TOKENGATE_API_MAX_WAIT_MS override
 * the timeout of one request, the budget of the step and the longest wait (tests set them low).
 */
export function retryOptionsFromEnv(log: (message: string) => void, env: NodeJS.ProcessEnv = process.env): RetryOptions {
  const fromEnv = (name: string, fallback: number): number => {
    const value = env[name];
    return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : fallback;
  };
  const maxDelayMs = fromEnv('TOKENGATE_API_MAX_WAIT_MS', DEFAULT_MAX_WAIT_MS);
  return {
    attempts: 3,
    baseDelayMs: Math.min(1000, maxDelayMs),
    maxDelayMs,
    timeoutMs: Math.max(1, fromEnv('TOKENGATE_API_TIMEOUT_MS', DEFAULT_TIMEOUT_MS)),
    budgetMs: fromEnv('TOKENGATE_API_BUDGET_MS', DEFAULT_BUDGET_MS),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    log,
  };
}

/** What is wrong with a reply's body, or undefined when it has the shape the caller needs. */
export type ShapeCheck = (data: unknown) => string | undefined;

function described(data: unknown): string {
  if (typeof data === 'string') return data.trim() === '' ? 'an empty body' : 'text that is not JSON';
  if (data === null || data === undefined) return 'no body';
  if (Array.isArray(data)) return 'a list';
  if (data instanceof ArrayBuffer) return 'binary data';
  return typeof data === 'object' ? 'an object' : `a ${typeof data}`;
}

type FieldType = 'string' | 'number' | 'list';

/** An object with these fields (`?` after the type: may be absent or null). */
export function objectWith(fields: Record<string, `${FieldType}` | `${FieldType}?`>): ShapeCheck {
  return (data) => {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return `expected an object, got ${described(data)}`;
    for (const [field, wanted] of Object.entries(fields)) {
      const value = (data as Record<string, unknown>)[field];
      const type = wanted.replace('?', '') as FieldType;
      if ((value === undefined || value === null) && wanted.endsWith('?')) continue;
      const fits = type === 'list' ? Array.isArray(value) : typeof value === type;
      if (!fits) return `expected "${field}" to be a ${type}, got ${value === undefined ? 'no such field' : described(value)}`;
    }
    return undefined;
  };
}

/** A list whose every item passes `item`. */
export function listOf(item: ShapeCheck): ShapeCheck {
  return (data) => {
    if (!Array.isArray(data)) return `expected a list, got ${described(data)}`;
    for (const [index, entry] of data.entries()) {
      const problem = item(entry);
      if (problem) return `item ${index}: ${problem}`;
    }
    return undefined;
  };
}

export class GitHubApi {
  private readonly startedAt: number;
  /** Why no more requests are sent (the API did not answer, or rate-limited the step). */
  private unavailable: { reason: string; rateLimited: boolean } | undefined;

  constructor(
    private readonly transport: Transport,
    private readonly retry: RetryOptions,
  ) {
    this.startedAt = this.now();
  }

  private now(): number {
    return (this.retry.now ?? Date.now)();
  }

  /** The response body of a successful (2xx) request of the expected shape; ApiError otherwise. */
  async request<T>(route: string, params: Record<string, unknown> = {}, shape?: ShapeCheck): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      if (this.unavailable) throw new ApiError(route, 0, `not sent: ${this.unavailable.reason}`, this.unavailable.rateLimited);
      const remaining = this.startedAt + this.retry.budgetMs - this.now();
      if (remaining <= 0) {
        this.unavailable = { reason: `the API time budget of the step (${seconds(this.retry.budgetMs)}) is spent`, rateLimited: false };
        continue;
      }
      const timeoutMs = Math.min(this.retry.timeoutMs, remaining);
      const response = await this.transport(route, params, timeoutMs);
      if (response.status >= 200 && response.status < 300) {
        const problem = shape?.(response.data);
        if (problem) throw new ApiError(route, response.status, `the reply is not what the API sends (${problem})`);
        return response.data as T;
      }
      const detail = errorDetail(response);
      const rateLimited = isRateLimited(response, detail);
      const retryable = response.status === 0 || response.status >= 500 || rateLimited;
      if (!retryable || attempt >= this.retry.attempts) throw this.giveUp(route, response, detail, rateLimited);
      const asked = requestedWaitMs(response, this.now());
      if (asked !== undefined && asked > this.retry.maxDelayMs) {
        throw this.giveUp(route, response, `${detail} (asked to wait ${Math.ceil(asked / 1000)} s; not waiting that long)`, rateLimited);
      }
      const wait = Math.min(asked ?? this.retry.baseDelayMs * 2 ** (attempt - 1), this.retry.maxDelayMs, Math.max(0, this.startedAt + this.retry.budgetMs - this.now()));
      this.retry.log(`${route}: HTTP ${response.status || 'failure'} (${detail}); retrying in ${wait} ms`);
      await this.retry.sleep(wait);
    }
  }

  /** The error for a request that is given up; an API that did not answer, or rate-limited us, gets no more requests. */
  private giveUp(route: string, response: ApiResponse, detail: string, rateLimited: boolean): ApiError {
    if (rateLimited) this.unavailable = { reason: `the API rate limit was reached earlier in this step (${route})`, rateLimited: true };
    else if (response.status === 0) this.unavailable = { reason: `the API did not answer earlier in this step (${route}: ${detail})`, rateLimited: false };
    return new ApiError(route, response.status, detail, rateLimited);
  }

  /** Every item of a paginated list (page/per_page), up to `maxPages` pages; each page must be a list of items that pass `item`. */
  async paginate<T>(route: string, params: Record<string, unknown>, item: ShapeCheck, maxPages = 30): Promise<T[]> {
    const items: T[] = [];
    const perPage = 100;
    for (let page = 1; page <= maxPages; page++) {
      const batch = await this.request<T[]>(route, { ...params, per_page: perPage, page }, listOf(item));
      items.push(...batch);
      if (batch.length < perPage) break;
    }
    return items;
  }
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

function header(response: ApiResponse, name: string): string | undefined {
  const value = response.headers[name];
  return value === undefined ? undefined : String(value);
}

/** 429, or a 403 that is a primary (x-ratelimit-remaining: 0) or secondary (retry-after, "rate limit") limit. */
function isRateLimited(response: ApiResponse, detail: string): boolean {
  if (response.status === 429) return true;
  if (response.status !== 403) return false;
  return header(response, 'retry-after') !== undefined || header(response, 'x-ratelimit-remaining')?.trim() === '0' || /rate limit/i.test(detail);
}

/** What the server asked for: retry-after seconds, or the primary limit's reset time. */
function requestedWaitMs(response: ApiResponse, now: number): number | undefined {
  const retryAfter = header(response, 'retry-after');
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter) * 1000;
  const reset = header(response, 'x-ratelimit-reset');
  if (header(response, 'x-ratelimit-remaining')?.trim() === '0' && reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - now);
  return undefined;
}

function errorDetail(response: ApiResponse): string {
  const data = response.data as { message?: unknown } | string | undefined;
  if (typeof data === 'string') return data.slice(0, 200) || 'no message';
  if (data && typeof data.message === 'string') return data.message;
  return 'no message';
}

/** The production transport: Octokit from @actions/github, errors and timeouts turned into responses. */
export function octokitTransport(token: string): Transport {
  const octokit = getOctokit(token);
  return async (route, params, timeoutMs) => {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      // the signal covers the connection, the headers and the body
      const response = await octokit.request(route, { ...params, request: { signal } });
      return { status: response.status, data: response.data, headers: response.headers as ApiResponse['headers'] };
    } catch (error) {
      const failure = error as { status?: number; message?: string; response?: { status: number; data: unknown; headers: ApiResponse['headers'] } };
      if (failure.response) return { status: failure.response.status, data: failure.response.data, headers: failure.response.headers };
      // no response: a network failure or a timeout (Octokit reports both as status 500 without a response)
      const message = signal.aborted ? `no answer within ${seconds(timeoutMs)}` : (failure.message ?? String(error));
      return { status: 0, data: { message }, headers: {} };
    }
  };
}
