/**
 * A loopback stand-in for the GitHub REST API: it records every request and serves the
 * few endpoints the action uses (pull request files, check runs, issue comments), with
 * state kept across runs. A test can make any route fail for its next N calls: with a
 * status, with a body of the wrong shape, or by never answering.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

export interface Failure {
  method: string;
  /** Matched against the path without the query. */
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  message?: string;
  /** The raw body to send instead of `{ message }` (with its own content-type in `headers`). */
  body?: string;
  /** Accept the request and never answer it. */
  hang?: boolean;
  /** How many matching requests fail; Infinity for all. */
  times: number;
}

export interface PullFile {
  filename: string;
  status: string;
  patch?: string;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  pullFiles: PullFile[] = [];
  comments: { id: number; body: string }[] = [];
  checkRuns = new Map<number, { body: Record<string, unknown>; annotations: unknown[] }>();
  failures: Failure[] = [];
  private nextId = 1000;
  private server?: http.Server;

  get url(): string {
    const address = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<void> {
    this.server = http.createServer((request, response) => this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Forgets requests and failures (state such as comments stays). */
  resetLog(): void {
    this.requests.length = 0;
    this.failures = [];
  }

  fail(failure: Omit<Failure, 'times'> & { times?: number }): void {
    this.failures.push({ times: Infinity, ...failure });
  }

  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && path.test(request.path));
  }

  private handle(request: http.IncomingMessage, response: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = { method: request.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: request.headers, body: text ? JSON.parse(text) : undefined };
      this.requests.push(recorded);
      const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        response.end(JSON.stringify(body));
      };
      const failure = this.failures.find((candidate) => candidate.times > 0 && candidate.method === recorded.method && candidate.path.test(recorded.path));
      if (failure) {
        failure.times--;
        if (failure.hang) return;
        if (failure.body !== undefined) {
          response.writeHead(failure.status, { 'content-type': 'application/json; charset=utf-8', ...failure.headers });
          response.end(failure.body);
          return;
        }
        send(failure.status, { message: failure.message ?? `failing on purpose (${failure.status})` }, failure.headers);
        return;
      }
      this.route(recorded, send);
    });
  }

  private route(request: RecordedRequest, send: (status: number, body: unknown) => void): void {
    const page = Number(request.query.get('page') ?? '1');
    const perPage = Number(request.query.get('per_page') ?? '30');
    const paged = <T>(items: T[]): T[] => items.slice((page - 1) * perPage, page * perPage);
    const body = (request.body ?? {}) as Record<string, unknown>;
    let match: RegExpExecArray | null;
    if (request.method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/.test(request.path)) return send(200, paged(this.pullFiles));
    if (request.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(request.path)) {
      const id = this.nextId++;
      const output = (body.output ?? {}) as { annotations?: unknown[] };
      this.checkRuns.set(id, { body, annotations: [...(output.annotations ?? [])] });
      return send(201, { id, ...body });
    }
    if (request.method === 'PATCH' && (match = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(request.path))) {
      const run = this.checkRuns.get(Number(match[1]));
      if (!run) return send(404, { message: 'Not Found' });
      run.annotations.push(...(((body.output ?? {}) as { annotations?: unknown[] }).annotations ?? []));
      return send(200, { id: Number(match[1]) });
    }
    if (request.method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(request.path)) return send(200, paged(this.comments));
    if (request.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(request.path)) {
      const comment = { id: this.nextId++, body: String(body.body) };
      this.comments.push(comment);
      return send(201, comment);
    }
    if (request.method === 'PATCH' && (match = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(request.path))) {
      const comment = this.comments.find((candidate) => candidate.id === Number(match![1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = String(body.body);
      return send(200, comment);
    }
    send(404, { message: 'Not Found' });
  }
}
