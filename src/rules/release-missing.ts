import type { RawFinding } from '../engine/finding.js';
import { findMissingReleases } from '../model/cfg.js';
import { describeKey } from './double-release.js';
import type { FileRule } from './types.js';

/** A token-keyed resource not released on some path. */
export const releaseMissing: FileRule = {
  id: 'TG502',
  name: 'release-missing',
  category: 'release-missing',
  severity: 'medium',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'file',
  docs: {
    what: 'Finds a token-keyed resource (a lock, lease, session entry, rate-limiter slot or in-flight marker set in a cache or redis) that a function acquires and releases on its normal path, but leaves held on another path: an exception raised between the acquire and the release (any call may raise, and `abort(...)`, `raise HTTPException`, `throw` leave at once), or an early `return`. The finding is reported at the acquire and names the release and the exit. Functions that release only when something fails (a rollback in `except`) are not reported, nor are `with` blocks.',
    why: 'A resource keyed by a token that is never released stays held until its TTL runs out, if it has one: the user is locked out of their own session, a rate-limiter slot or concurrency lease leaks a little on every failing request until the limit denies everyone, or a lock held forever blocks every later request for that token. Errors are exactly the path that tests exercise least.',
    fix: 'Put the release in a `finally` block right after the acquire (`try: … finally: release(key)` in Python, `try { … } finally { … }` in JS/TS), or use a context manager (`with redis.lock(key):`, `async with`) so every exit releases. For early returns, move the return after the release or inside the `try`.',
    fixShort: 'Release the token-keyed resource in a finally block (or use a with/context manager) so every exit releases it.',
    leavesAlone: [
      { what: 'Releases in `finally` or through `with redis.lock(...)`, and sessions a login keeps on purpose.', tag: 'released', languages: ['python'] },
      { what: 'Acquires whose failure is tested before the release would be due (`if not redis.set(k, v, nx=True): …`).', tag: 'acquire-failed', languages: ['python'] },
    ],
    examples: [
      {
        language: 'python',
        bad: 'lease = f"lease:{claims[\'jti\']}"\nredis.setex(lease, 30, "1")\nreport = build_report(user)  # raises: the lease stays\nredis.delete(lease)',
        good: 'lease = f"lease:{claims[\'jti\']}"\nredis.setex(lease, 30, "1")\ntry:\n    report = build_report(user)\nfinally:\n    redis.delete(lease)',
      },
      {
        language: 'typescript',
        bad: "await redis.set(`lease:${claims.jti}`, '1');\nconst report = await buildReport(user); // throws: the lease stays\nawait redis.del(`lease:${claims.jti}`);",
        good: "await redis.set(`lease:${claims.jti}`, '1');\ntry {\n  const report = await buildReport(user);\n} finally {\n  await redis.del(`lease:${claims.jti}`);\n}",
      },
    ],
  },
  check(model) {
    const findings: RawFinding[] = [];
    for (const fn of model.functions) {
      if (!fn.cfg || !fn.events?.some((event) => event.kind === 'acquire') || !fn.events.some((event) => event.kind === 'release')) continue;
      for (const missing of findMissingReleases(fn.cfg)) {
        const related = [{ file: model.file, line: missing.release.loc.line, column: missing.release.loc.column, message: `released here on the normal path (${missing.release.api})` }];
        if (missing.exitLine) related.push({ file: model.file, line: missing.exitLine, column: 1, message: missing.exit === 'raise' ? 'raised here' : 'returns here' });
        findings.push({
          line: missing.acquire.loc.line,
          column: missing.acquire.loc.column,
          message: `${missing.acquire.api} acquires ${describeKey(missing.key)}, released at line ${missing.release.loc.line} on the normal path, but not on every path: ${missing.path}.`,
          related,
        });
      }
    }
    return findings;
  },
};
