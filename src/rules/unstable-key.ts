import type { FileRule } from './types.js';
import { at } from './token-flows.js';

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
    examples: [
      {
        language: 'python',
        bad: 'redis.setex(f"revoked:{hash(token)}", 3600, 1)',
        good: 'redis.setex(f"revoked:{hashlib.sha256(token.encode()).hexdigest()}", 3600, 1)',
      },
    ],
  },
  check(model) {
    return model.flows
      .filter((flow) => flow.sink === 'hash-key')
      .map((flow) => ({
        ...at(flow.loc),
        message: `hash() of \`${flow.value.source.name}\`${flow.value.name ? ` (in \`${flow.value.name}\`)` : ''} reaches ${flow.api}, a store other processes share: hash() is salted per process (PYTHONHASHSEED), so other workers compute a different key; use hashlib.sha256.`,
      }));
  },
};
