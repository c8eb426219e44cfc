import type { RawFinding } from '../engine/finding.js';
import { findDoubleReleases, mustRelease, releasesByPath } from '../model/cfg.js';
import type { Cfg, FileModel, FunctionModel, ResourceEvent } from '../model/types.js';
import type { FileRule } from './types.js';

type Role = NonNullable<FunctionModel['role']>;

/**
 * When framework code runs in one request: the handler or middleware first, then (FastAPI)
 * the yield dependency's teardown, the exception handler, then per-request teardown hooks
 * and `res.on('finish')` listeners. The later of two releases is the one reported.
 */
const ORDER: Partial<Record<Role, number>> = { route: 0, middleware: 0, dependency: 1, 'error-handler': 2, teardown: 3, 'finish-listener': 3 };

/** A token-keyed resource released twice on one path. */
export const doubleRelease: FileRule = {
  id: 'TG501',
  name: 'double-release',
  category: 'double-release',
  severity: 'high',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'file',
  docs: {
    what: 'Finds a token-keyed resource (a cache or redis entry, a session or lease, a rate-limiter slot, a lock) released twice on one path through a function: in an `except`/`catch` and again in `finally`, twice along a retry, or once in the handler and again in the framework\'s per-request cleanup (a FastAPI `yield` dependency\'s teardown plus an `@app.exception_handler`, a Flask `teardown_request` plus the view\'s error path or an `errorhandler`, an Express `catch` plus a `res.on("finish")` listener or an error middleware). Each finding names both release sites and the path between them. Releases inside `with` blocks and calls configured under `resources.idempotent` are not reported.',
    why: 'The second release acts on whatever holds the key by then. A lock released twice frees another request\'s lock; a counter decremented twice lets a rate limit be bypassed; a session or lease deleted twice can remove the entry a concurrent request has just re-created for the same token, logging that user out or letting two holders in. `dict.pop(key)` and `del cache[key]` raise `KeyError` the second time, turning an error path into a 500.',
    fix: 'Release in exactly one place that runs on every exit: a `finally` block (Python, JS/TS), a `with` block or context manager, or the framework\'s teardown hook alone. Remove the release from the `except`/`catch` and from the exception handler, or have the cleanup check a flag the first release sets. When a second call is harmless by design (e.g. a `DEL` of a key nobody re-creates), list it under `resources.idempotent` in `.tokengate.yml`.',
    fixShort: 'Release the token-keyed resource in one place that runs on every exit (finally, with, or the teardown hook), not also in the error path.',
    leavesAlone: [
      { what: 'One release in `finally`, in a `with` block, or on either branch of a condition.', tag: 'one-release', languages: ['python'] },
      { what: 'Releases of different keys, a `pop` with a default, and a release after a re-acquire.', tag: 'not-the-same', languages: ['python'] },
    ],
    examples: [
      {
        language: 'python',
        bad: 'redis.sadd("active", claims["jti"])\ntry:\n    handle(request)\nexcept Exception:\n    redis.srem("active", claims["jti"])\n    raise\nfinally:\n    redis.srem("active", claims["jti"])',
        good: 'redis.sadd("active", claims["jti"])\ntry:\n    handle(request)\nfinally:\n    redis.srem("active", claims["jti"])',
      },
      {
        language: 'typescript',
        bad: "await redis.set(`lease:${claims.jti}`, '1');\ntry {\n  await next();\n} catch (err) {\n  await redis.del(`lease:${claims.jti}`);\n  throw err;\n} finally {\n  await redis.del(`lease:${claims.jti}`);\n}",
        good: "await redis.set(`lease:${claims.jti}`, '1');\ntry {\n  await next();\n} finally {\n  await redis.del(`lease:${claims.jti}`);\n}",
      },
    ],
  },
  check(model) {
    const findings: RawFinding[] = [];
    const graphs = new Map<number, Cfg>();
    for (const fn of model.functions) {
      if (!fn.events?.some((event) => event.kind === 'release') || !fn.cfg) continue;
      const cfg = fn.cfg;
      graphs.set(fn.id, cfg);
      for (const double of findDoubleReleases(cfg)) {
        findings.push({
          line: double.second.loc.line,
          column: double.second.loc.column,
          message: `${double.second.api} releases ${describeKey(double.key)} a second time on one path (${double.path}), with no acquire in between.`,
          related: [{ file: model.file, line: double.first.loc.line, column: double.first.loc.column, message: `first release (${double.first.api})` }],
        });
      }
    }
    findings.push(...crossFunction(model, graphs));
    return dedupe(findings);
  },
};

/** How a key reads in messages: its shape with token parts folded, never a value. */
export function describeKey(key: string): string {
  const shape = key.slice(key.indexOf(':') + 1);
  const short = shape.length > 60 ? `${shape.slice(0, 57)}…` : shape;
  return `the token-keyed resource \`${short}\``;
}

interface Release {
  fn: FunctionModel;
  event: ResourceEvent;
  afterException: boolean;
}

/** Releases in framework hooks that repeat a release the request's own code already made. */
function crossFunction(model: FileModel, graphs: Map<number, Cfg>): RawFinding[] {
  const findings: RawFinding[] = [];
  const releases = new Map<number, Release[]>();
  for (const fn of model.functions) {
    const cfg = graphs.get(fn.id);
    if (!cfg || !fn.role || ORDER[fn.role] === undefined) continue;
    releases.set(
      fn.id,
      releasesByPath(cfg).map(({ event, afterException }) => ({ fn, event, afterException })),
    );
  }
  for (const hook of model.functions) {
    const order = hook.role ? ORDER[hook.role] : undefined;
    const cfg = graphs.get(hook.id);
    if (order === undefined || order === 0 || !cfg) continue;
    const start = hook.role === 'dependency' ? teardownStart(cfg) : [cfg.entry];
    if (!start.length) continue;
    const hookReleases = releasesByPath(cfg, start).map((release) => release.event);
    for (const key of new Set(hookReleases.map((event) => event.key))) {
      // a hook that releases only conditionally (a flag, a check) is the careful version
      if (!mustRelease(cfg, key, start)) continue;
      const second = hookReleases.find((event) => event.key === key)!;
      for (const [fnId, list] of releases) {
        if (fnId === hook.id) continue;
        const first = list.find((release) => release.event.key === key && repeats(hook, release));
        if (!first || second.idempotent || first.event.idempotent) continue;
        findings.push({
          line: second.loc.line,
          column: second.loc.column,
          message: `${second.api} in ${roleName(hook)} releases ${describeKey(key)} that ${roleName(first.fn)} already released at line ${first.event.loc.line}${first.afterException ? ' on its error path' : ''}; ${when(hook)} both run, so it is released twice.`,
          related: [{ file: model.file, line: first.event.loc.line, column: first.event.loc.column, message: `first release (${first.event.api} in ${first.fn.name})` }],
        });
      }
    }
  }
  return findings;
}

/** Whether the hook runs after `release` on the same request, so that both run. */
function repeats(hook: FunctionModel, release: Release): boolean {
  const hookOrder = ORDER[hook.role!]!;
  const role = release.fn.role;
  const order = role ? ORDER[role] : undefined;
  if (order === undefined || order >= hookOrder) return false;
  if (hook.role === 'finish-listener') return release.fn.id === hook.registeredBy || role === 'error-handler';
  if (hook.role === 'error-handler') return release.afterException;
  return true;
}

/** Where a dependency's teardown starts: after its yield, normally or with the request's exception. */
function teardownStart(cfg: Cfg): number[] {
  return [...new Set(cfg.nodes.filter((node) => node.label === 'yield').flatMap((node) => [...node.succ, ...node.exc]))];
}

function roleName(fn: FunctionModel): string {
  if (fn.name === '<anonymous>') return fn.role === 'error-handler' ? 'the error middleware' : fn.role === 'finish-listener' ? 'the response listener' : 'an anonymous handler';
  switch (fn.role) {
    case 'error-handler':
      return `the error handler ${fn.name}`;
    case 'teardown':
      return `the teardown hook ${fn.name}`;
    case 'finish-listener':
      return `the response listener`;
    case 'dependency':
      return `the teardown of dependency ${fn.name}`;
    case 'middleware':
      return `middleware ${fn.name}`;
    default:
      return `${fn.name}`;
  }
}

function when(hook: FunctionModel): string {
  switch (hook.role) {
    case 'error-handler':
      return 'when the request fails';
    case 'finish-listener':
      return 'when the response finishes';
    default:
      return 'on every request';
  }
}

function dedupe(findings: RawFinding[]): RawFinding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const id = `${finding.line}:${finding.column}:${finding.related?.[0]?.line ?? ''}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
