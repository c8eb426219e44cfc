import type { FileRule } from './types.js';
import { at, countedFlows, describeToken } from './token-flows.js';

/** A raw token used as a cache, session or store key. */
export const tokenCacheKey: FileRule = {
  id: 'TG403',
  name: 'token-cache-key',
  category: 'token-cache-key',
  severity: 'medium',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'file',
  docs: {
    what: 'Finds a raw token, or a string containing it (`f"session:{token}"`), used as a key: cache and redis calls (`get`/`set`/`setex`/`delete`/`hset`/`expire`/`incr`… on a redis or memcached client, Django `cache`, flask-caching, cachetools), `session[token]`, module-level dict caches (`_cache[token] = user`), rate limiters keyed by the bearer token (`key_func=lambda: request.headers["Authorization"]`), and the stores listed under `names.caches` in `.tokengate.yml`; in JS/TS ioredis/node-redis, lru-cache, node-cache, module-level `Map`s and objects used as an in-memory store (`this.tokenMap[token] = user`, `revoked[token] = true`). Keys built from a hash of the token (`hashlib.sha256(token.encode()).hexdigest()`, `hmac.new(...)`, `createHash("sha256")`) or from verified claims (`claims["jti"]`, `sub`) are not reported. A parameter or variable only named like a token counts in files that import a web framework or a JWT library, outside test files.',
    why: 'Cache keys are not treated as secrets: they show up in `redis-cli MONITOR` and `KEYS` output, slow logs, memcached stats dumps, metrics labels and cache-debugging tools, and anyone with read access to the cache can list them. A raw bearer token as a key hands a working credential to every one of those readers; a rate-limiter key does the same in its backend.',
    fix: 'Key by a digest of the token (`hashlib.sha256(token.encode()).hexdigest()`, or an HMAC with a server-side key when the token space is small), or by the verified `jti`/`sub` claim. For rate limiting by caller, key on the authenticated user id, not the header.',
    fixShort: 'Key by sha256(token) or the verified jti/sub, not the raw token.',
    leavesAlone: [
      { what: 'Keys built from a hash or HMAC of the token, from its `jti`, or from the verified subject.', tag: 'derived-key', languages: ['python'] },
      { what: 'Rate limiters keyed by the client address, lookups in a fixed allow-list, and function-local dicts.', tag: 'not-a-store', languages: ['python'] },
    ],
    examples: [
      {
        language: 'python',
        bad: 'redis.setex(f"session:{token}", 300, user_id)',
        good: 'digest = hashlib.sha256(token.encode()).hexdigest()\nredis.setex(f"session:{digest}", 300, user_id)',
      },
      {
        language: 'typescript',
        bad: "await redis.set(`session:${token}`, userId, 'EX', 300);",
        good: "const digest = createHash('sha256').update(token).digest('hex');\nawait redis.set(`session:${digest}`, userId, 'EX', 300);",
      },
    ],
  },
  check(model) {
    return countedFlows(model, 'cache-key').map((flow) => ({
      ...at(flow.loc),
      message: `${capitalize(describeToken(flow.value))} is used as a key in ${flow.api}; key by a hash of the token or its jti instead.`,
    }));
  },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
