import type { FileRule } from './types.js';
import type { TokenFlow } from '../model/types.js';
import { at, enclosingFunction } from './token-flows.js';

/** A shared key derived with the per-process hash(). */
export const unstableKey: FileRule = {
  id: 'TG405',
  name: 'unstable-key',
  category: 'unstable-key',
  severity: 'medium',
  languages: ['python'],
  scope: 'file',
  docs: {
    what: 'Finds Python\'s built-in `hash()` used to derive a key or value that reaches a store shared between processes: a redis/memcached/cache call (`redis.set(f"revoked:{hash(token)}", 1)`), `session[...]`, a Django ORM or SQLAlchemy lookup (`Token.objects.filter(key_hash=hash(token))`), or a name bound to such a value and used there later. `hash()` inside `__hash__`, and keys of in-process dicts and sets, are not reported; `hashlib` and `hmac` digests are the fix. (JavaScript has no salted built-in hash, so this rule is Python-only.)',
    why: 'For `str` and `bytes`, `hash()` is salted per interpreter process (PYTHONHASHSEED): each gunicorn or uvicorn worker, each restart and each replica computes a different value for the same token. A revocation written by one worker is never found by another, so a logged-out or revoked token keeps working; a cache keyed this way misses on every other worker. `hash()` is also only 64 bits, not a cryptographic digest.',
    fix: 'Use a stable digest: `hashlib.sha256(token.encode()).hexdigest()` (or `hmac.new(KEY, token.encode(), "sha256").hexdigest()` when the key must not be computable from the token), or key by the verified `jti` claim.',
    fixShort: 'Use hashlib.sha256(token.encode()).hexdigest() (or the jti) instead of hash().',
    leavesAlone: [
      { what: 'hash() in in-process containers (a dict or set of this process), and `__hash__` methods.', tag: 'in-process', languages: ['python'] },
      { what: 'Keys from a stable digest (`hashlib.sha256(token.encode()).hexdigest()`).', tag: 'stable-digest', languages: ['python'] },
    ],
    examples: [
      {
        language: 'python',
        bad: 'redis.setex(f"revoked:{hash(token)}", 3600, 1)',
        good: 'redis.setex(f"revoked:{hashlib.sha256(token.encode()).hexdigest()}", 3600, 1)',
      },
    ],
  },
  check(model) {
    // one finding per name bound to a hash() value in a function: its later uses share the cause
    const groups = new Map<string, TokenFlow[]>();
    for (const flow of model.flows) {
      if (flow.sink !== 'hash-key') continue;
      const key = flow.value.name ? `${enclosingFunction(model, flow.loc)?.id ?? 0}:${flow.value.name}` : `${flow.loc.line}:${flow.loc.column}`;
      const group = groups.get(key);
      if (group) group.push(flow);
      else groups.set(key, [flow]);
    }
    return [...groups.values()].map(([first, ...rest]) => {
      const more = rest.length ? ` (and ${rest.length} more use${rest.length > 1 ? 's' : ''} of \`${first!.value.name}\`)` : '';
      const via = first!.value.name ? ` (in \`${first!.value.name}\`)` : '';
      return {
        ...at(first!.loc),
        message: `hash() of \`${first!.value.source.name}\`${via} reaches ${first!.api}${more}, a store other processes share: hash() is salted per process (PYTHONHASHSEED), so other workers compute a different key; use hashlib.sha256.`,
      };
    });
  },
};
