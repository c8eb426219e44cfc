/**
 * Python recognizer: where token values go. Records a TokenFlow when a token-derived value
 * reaches a log (logging, loggers, structlog, loguru, print, sys.stdout/stderr), a URL
 * (URLs and query parameters built with the token, HTTP clients, redirects), a response
 * (jsonify, Response classes, HTTPException details, abort messages, a route handler's
 * return value), or a cache key (cache/redis calls, session and module-level dict caches,
 * rate-limiter key functions); and a 'hash-key' flow when the built-in, per-process salted
 * hash() derives a key or value that reaches a shared store. Which flows are findings is
 * for the rules (token-logged, token-in-url, token-reflected, token-cache-key, unstable-key).
 */
import type { Node } from '../syntax-node.js';
import type { SinkKind, Value } from '../../../model/types.js';
import type { PyCall, PyLowering, Recognizer, Scope } from '../lowering-api.js';
import type { TokenValue } from '../../../model/values.js';
import { dottedName } from '../syntax.js';
import { firstToken } from '../../../model/values.js';

// ---- logs ----

const LOG_METHODS = new Set(['debug', 'info', 'warning', 'warn', 'error', 'exception', 'critical', 'fatal', 'log', 'msg', 'trace', 'success']);
/** Receivers that are loggers by name: `logger`, `log`, `self.logger`, `app.logger`, `current_app.logger`, `LOG`. */
const LOGGER_NAME = /^(?:_{0,2}log|_{0,2}logger|log_?|logging|(?:audit|access|security|app|request|auth|error|event)_?log(?:ger)?|structlog)$/i;
/** Calls that make a logger: `logging.getLogger(__name__)`, `structlog.get_logger()`, `logger.bind(user=…)`. */
const LOGGER_FACTORY = /(?:^|\.)(?:getLogger|get_logger|getChild|bind|new|opt|LoggerAdapter|Logger|wrap_logger)\(\)$/;
/** Whole calls that write to a log or the console. */
const OUTPUT_CALLS = new Set(['print', 'pprint', 'pprint.pprint', 'sys.stdout.write', 'sys.stderr.write', 'sys.stdout.writelines', 'sys.stderr.writelines', 'click.echo', 'click.secho', 'typer.echo', 'warnings.warn']);

// ---- responses ----

/** Top-level modules whose response classes and helpers send their arguments to the client. */
const WEB_MODULES = new Set(['flask', 'fastapi', 'starlette', 'django', 'rest_framework', 'werkzeug', 'quart', 'sanic', 'aiohttp', 'falcon', 'tornado', 'litestar', 'ninja', 'apiflask', 'flask_restful', 'flask_restx']);
const RESPONSE_CALLS = new Set([
  'jsonify',
  'make_response',
  'Response',
  'JSONResponse',
  'ORJSONResponse',
  'UJSONResponse',
  'PlainTextResponse',
  'HTMLResponse',
  'HttpResponse',
  'JsonResponse',
  'HttpResponseBadRequest',
  'HttpResponseForbidden',
  'json_response',
  'json',
  'text',
  'html',
  'HTTPException',
  'abort',
  'AuthenticationFailed',
  'NotAuthenticated',
  'PermissionDenied',
  'ValidationError',
  'HTTPUnauthorized',
  'HTTPForbidden',
  'HTTPBadRequest',
  'Unauthorized',
  'Forbidden',
  'BadRequest',
  'SanicException',
]);
/** Decorator methods that register a route handler whose return value is the response body. */
const ROUTE_METHODS = new Set(['route', 'api_route', 'get', 'post', 'put', 'patch', 'delete']);

/** Calls whose string result contains their argument. */
const SERIALIZERS = new Set(['json.dumps', 'orjson.dumps', 'ujson.dumps', 'simplejson.dumps', 'pprint.pformat', 'base64.b64encode', 'base64.urlsafe_b64encode']);

// ---- URLs ----

const HTTP_CLIENT_MODULES = new Set(['requests', 'httpx', 'urllib3', 'aiohttp', 'urllib']);
const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'stream', 'urlopen', 'Request', 'fetch', 'ws_connect', 'websocket_connect']);
/** Receivers named like an HTTP client or session. */
const HTTP_CLIENT_NAME = /^(?:http|https|http_client|client|async_client|session|http_session|s)$/;
const HTTP_CLIENT_FACTORY = /^(?:requests\.Session|requests\.session|httpx\.Client|httpx\.AsyncClient|aiohttp\.ClientSession|urllib3\.PoolManager)\(\)$/;
const REDIRECT_CALLS = new Set(['redirect', 'RedirectResponse', 'HttpResponseRedirect', 'HttpResponsePermanentRedirect', 'HTTPFound', 'HTTPSeeOther', 'HTTPTemporaryRedirect']);
/** URL builders whose keyword arguments become query or path parameters. */
const URL_FOR_CALLS = new Set(['flask.url_for', 'url_for', 'django.urls.reverse', 'reverse', 'request.url_for', 'request.url.include_query_params']);
const URLENCODE_CALLS = new Set(['urllib.parse.urlencode', 'urllib.urlencode', 'urlencode', 'urllib.parse.quote', 'urllib.parse.quote_plus', 'yarl.URL.with_query', 'furl.furl.add']);

// ---- cache keys ----

/** Methods whose first argument is a key. */
const KEY_METHODS = new Set([
  'get',
  'set',
  'add',
  'setex',
  'psetex',
  'setnx',
  'getset',
  'getdel',
  'getex',
  'delete',
  'delete_many',
  'unlink',
  'exists',
  'expire',
  'expireat',
  'pexpire',
  'ttl',
  'pttl',
  'incr',
  'incrby',
  'decr',
  'hset',
  'hget',
  'hgetall',
  'hdel',
  'hmset',
  'hincrby',
  'sadd',
  'srem',
  'sismember',
  'lpush',
  'rpush',
  'zadd',
  'touch',
  'pop',
  'setdefault',
  'get_or_set',
  'has_key',
]);
/** Methods whose second argument is also a key (hash fields). */
const FIELD_METHODS = new Set(['hset', 'hget', 'hdel', 'hincrby', 'hexists']);
/** Receivers named like a cache or key-value store. */
const CACHE_NAME = /^(?:r|rds|redis\w*|\w*_redis|redis_?(?:client|conn|pool)|\w*cache\w*|kv|\w*_kv|store|\w*_store|memcache[d]?|mc|pipe|pipeline|\w*(?:blacklist|denylist|blocklist|revoked|revocations)\w*|limiter|rate_limiter)$/i;
const CACHE_FACTORY = /^(?:redis\.(?:Redis|StrictRedis|from_url|Redis\.from_url|StrictRedis\.from_url|asyncio\.Redis|asyncio\.from_url|asyncio\.Redis\.from_url)|aioredis\.(?:from_url|Redis|create_redis_pool)|Redis|StrictRedis|Redis\.from_url|pymemcache\.client\.\w+\.Client|pymemcache\.client\.base\.Client|memcache\.Client|bmemcached\.Client|cachetools\.\w+Cache|TTLCache|LRUCache|diskcache\.Cache|flask_caching\.Cache|Cache)\(\)$/;
/** Module-level containers that are in-process caches when created empty. */
const EMPTY_CACHE_FACTORY = /^(?:dict|collections\.OrderedDict|OrderedDict|collections\.defaultdict|defaultdict|cachetools\.\w+Cache|TTLCache|LRUCache|weakref\.WeakValueDictionary)\(\)$/;
/** Django ORM and SQLAlchemy calls whose keyword arguments are stored or looked up in a database. */
const ORM_METHODS = new Set(['create', 'filter', 'get', 'exclude', 'update', 'get_or_create', 'update_or_create', 'filter_by']);

interface SinksState {
  /** Dotted names bound to a logger (`log = logging.getLogger(__name__)`, `self.audit = structlog.get_logger()`). */
  loggers: Set<string>;
  /** Dotted names bound to a redis/memcached/cache client. */
  caches: Set<string>;
  /** Module-level names bound to an empty dict or an in-process cache: in-process stores keyed by what goes in. */
  dictCaches: Set<string>;
  /** `${functionId}:${name}` of function-local empty dicts: in-process, whatever they are called (`cache = {}`). */
  localDicts: Set<string>;
  /** Names bound to an HTTP client session. */
  httpClients: Set<string>;
  /** Functions registered as route handlers (their return value is the response body). */
  routeFunctions: Set<number>;
  /** `${functionId}:${name}` of names bound to a value built with the built-in hash() → what was hashed. */
  hashNames: Map<string, string>;
  /** The built-in hash() was called somewhere before: only then are stores checked for hash() keys. */
  sawHash: boolean;
}

const STATE_KEY = 'sinks';

function stateOf(lowering: PyLowering): SinksState {
  let state = lowering.state.get(STATE_KEY) as SinksState | undefined;
  if (!state) {
    state = { loggers: new Set(), caches: new Set(), dictCaches: new Set(), localDicts: new Set(), httpClients: new Set(), routeFunctions: new Set(), hashNames: new Map(), sawHash: false };
    lowering.state.set(STATE_KEY, state);
  }
  return state;
}

function record(lowering: PyLowering, sink: SinkKind, api: string, node: Node, value: TokenValue): void {
  if (lowering.isSilent) return;
  lowering.model.flows.push({ sink, api, loc: lowering.loc(node), value, hashed: false });
}

/** The token among values, preferring one that is not a redacted slice (`"%s…%s", token[:4], token`). */
function tokenIn(values: Iterable<Value>): TokenValue | undefined {
  let redacted: TokenValue | undefined;
  for (const value of values) {
    const token = firstToken(value);
    if (token && !token.transforms.includes('redacted-slice')) return token;
    redacted ??= token;
  }
  return redacted;
}

function lastSegment(name: string): string {
  const withoutIndex = name.replace(/\[[^\]]*\]$/, '');
  return withoutIndex.slice(withoutIndex.lastIndexOf('.') + 1);
}

/** The callee as written (`current_app.logger.info`, not its import-resolved name), for messages. */
function writtenName(call: PyCall, receiver: string | undefined): string {
  const fn = call.node.childForFieldName('function');
  const written = fn ? dottedName(fn) : undefined;
  return written ?? (receiver ? `${receiver}.${call.method}` : (call.method ?? 'call'));
}

function configured(lowering: PyLowering, list: 'loggers' | 'caches', name: string | undefined): boolean {
  return name !== undefined && lowering.config.names[list].some((entry) => name === entry || name.endsWith(`.${entry}`));
}

/** True when `name` is a Python builtin here: not imported, not defined at module level. */
function isBuiltin(name: string, lowering: PyLowering): boolean {
  return !lowering.imports.has(name) && !lowering.functionDefs.has(name) && !lowering.moduleScope.vars.has(name);
}

function functionKey(scope: Scope): number {
  return scope.fn?.id ?? 0;
}

/** The dotted name of a receiver, resolved through imports; calls are described as `callee()`. */
function receiverName(call: PyCall, lowering: PyLowering): string | undefined {
  const node = call.receiverNode;
  if (!node) return undefined;
  if (node.type === 'call') {
    const fn = node.childForFieldName('function');
    const callee = fn ? lowering.qualifiedName(fn) ?? (fn.type === 'attribute' ? fn.childForFieldName('attribute')?.text : undefined) : undefined;
    return callee ? `${callee}()` : undefined;
  }
  return lowering.qualifiedName(node);
}

// ---- logs ----

function isLogCall(call: PyCall, receiver: string | undefined, lowering: PyLowering, state: SinksState): boolean {
  const { callee, method } = call;
  if (callee && OUTPUT_CALLS.has(callee) && (callee.includes('.') || isBuiltin(callee, lowering))) return true;
  if (configured(lowering, 'loggers', callee)) return true;
  if (!method || !LOG_METHODS.has(method) || !receiver) return false;
  if (receiver === 'logging' || receiver === 'structlog' || receiver === 'loguru.logger') return true;
  if (state.loggers.has(receiver) || configured(lowering, 'loggers', receiver)) return true;
  if (receiver.endsWith('()')) return LOGGER_FACTORY.test(receiver);
  return LOGGER_NAME.test(lastSegment(receiver));
}

// ---- responses ----

function isResponseCall(callee: string | undefined): boolean {
  if (!callee) return false;
  const last = lastSegment(callee);
  if (!RESPONSE_CALLS.has(last)) return false;
  const head = callee.split('.')[0]!;
  // `json`, `text`, `html` are response helpers only when qualified by a web module (sanic.response.json)
  if (!callee.includes('.')) return !['json', 'text', 'html', 'ValidationError'].includes(last);
  return WEB_MODULES.has(head);
}

function isRouteDecorator(decorator: Node): boolean {
  const expression = decorator.namedChildren[0];
  if (expression?.type !== 'call') return false;
  const fn = expression.childForFieldName('function');
  if (fn?.type !== 'attribute') return false;
  const method = fn.childForFieldName('attribute')?.text;
  if (!method || !ROUTE_METHODS.has(method)) return false;
  // the first argument is the path: `@app.get("/me")`, `@bp.route("/me", methods=[...])`
  const first = expression.childForFieldName('arguments')?.namedChildren[0];
  return first?.type === 'string' && /^["']{1,3}\//.test(first.text.replace(/^[rRuUbB]+/, ''));
}

// ---- URLs ----

/** The node built the URL itself (not a name holding one built earlier). */
function buildsValue(node: Node | undefined): boolean {
  if (!node) return false;
  return node.type === 'string' || node.type === 'concatenated_string' || node.type === 'binary_operator' || (node.type === 'call' && node.childForFieldName('function')?.childForFieldName('attribute')?.text === 'format');
}

function builtUrl(value: Value | undefined, node: Node | undefined): TokenValue | undefined {
  return value?.kind === 'token' && value.transforms.at(-1) === 'url' && buildsValue(node) ? value : undefined;
}

/**
 * 'known' for HTTP client libraries and sessions bound from them; 'named' for receivers only
 * named like a client (`client.get(...)`), whose URL must visibly be built with the token.
 */
function httpClientCall(call: PyCall, receiver: string | undefined, state: SinksState): 'known' | 'named' | undefined {
  const { callee, method } = call;
  if (!method || !HTTP_METHODS.has(method)) return undefined;
  if (callee && HTTP_CLIENT_MODULES.has(callee.split('.')[0]!) && (callee.split('.').length === 2 || callee.startsWith('urllib.request.'))) return 'known';
  if (!receiver || isSessionObject(receiver)) return undefined;
  if (state.httpClients.has(receiver) || HTTP_CLIENT_FACTORY.test(receiver)) return 'known';
  return HTTP_CLIENT_NAME.test(lastSegment(receiver)) ? 'named' : undefined;
}

/** A URL consumer's URL argument: recorded unless it names a URL already recorded where it was built. */
function onUrlArgument(call: PyCall, api: string, value: Value | undefined, node: Node | undefined, lowering: PyLowering): boolean {
  const token = value ? firstToken(value) : undefined;
  if (!token) return false;
  // a URL built earlier was recorded where it was built (assignment, urlencode, return)
  if (token.transforms.includes('url') && !(token.transforms.at(-1) === 'url' && buildsValue(node))) return true;
  record(lowering, 'url', api, call.node, token);
  return true;
}

// ---- cache keys and hash() ----

function isCacheReceiver(receiver: string, lowering: PyLowering, state: SinksState): 'shared' | 'in-process' | undefined {
  if (state.dictCaches.has(receiver)) return 'in-process';
  if (receiver === 'flask.session' || receiver === 'request.session' || receiver === 'self.request.session') return 'shared';
  if (state.caches.has(receiver) || configured(lowering, 'caches', receiver) || CACHE_FACTORY.test(receiver)) return 'shared';
  if (receiver.endsWith('()')) return undefined;
  if (state.httpClients.has(receiver)) return undefined;
  return CACHE_NAME.test(lastSegment(receiver)) || /(?:^|\.)caches\[/.test(receiver) ? 'shared' : undefined;
}

/** `session[...]` in Flask (`from flask import session`) or Django (`request.session`). */
function isSessionObject(name: string | undefined): boolean {
  return name === 'flask.session' || name === 'session' || name === 'request.session' || name === 'self.request.session' || name === 'quart.session';
}

/** hash(...) in an assignment's right side: remember the assigned name, so `redis.set(f"k:{h}", …)` is seen. */
function noteHashAssignment(hashCall: Node, lowering: PyLowering, scope: Scope, state: SinksState): void {
  let child = hashCall;
  for (let node = hashCall.parent; node; child = node, node = node.parent) {
    if (node.type === 'assignment') {
      const left = node.childForFieldName('left');
      const inRight = node.childForFieldName('right')?.id === child.id;
      const name = inRight && left && (left.type === 'identifier' || left.type === 'attribute') ? dottedName(left) : undefined;
      const argument = hashCall.childForFieldName('arguments')?.namedChildren[0];
      if (name) state.hashNames.set(`${functionKey(scope)}:${name}`, argument ? (dottedName(argument) ?? 'an expression') : 'a value');
      return;
    }
    if (node.type === 'lambda' || node.type === 'block' || node.type === 'module' || node.type.endsWith('_statement') && node.type !== 'expression_statement') return;
  }
}

/** Whether an expression holds a value made by the built-in hash(): a call in it, or a name bound to one. */
function containsHash(node: Node | undefined, lowering: PyLowering, scope: Scope, state: SinksState): boolean {
  if (!node) return false;
  if (node.type === 'call') {
    const fn = node.childForFieldName('function');
    if (fn?.type === 'identifier' && fn.text === 'hash' && isBuiltin('hash', lowering)) return true;
  }
  if (node.type === 'identifier') return hashedThrough(node.text, scope, state) !== undefined;
  if (node.type === 'lambda') return false;
  for (const child of node.namedChildren) if (containsHash(child, lowering, scope, state)) return true;
  return false;
}

/** What a name bound to a hash() result hashed (`key = hash(token)` → 'token'). */
function hashedThrough(name: string, scope: Scope, state: SinksState): string | undefined {
  return state.hashNames.get(`${functionKey(scope)}:${name}`) ?? state.hashNames.get(`0:${name}`);
}

/**
 * The flow's value for hash(): a stand-in naming what was hashed (source name) and, when the
 * hash was bound to a name first, that name (`key`). hash() applies to any value, not only tokens.
 */
function hashedValue(node: Node, lowering: PyLowering, scope: Scope, state: SinksState): TokenValue {
  const found = hashUse(node, scope, state) ?? { hashed: 'a value' };
  return { kind: 'token', source: { kind: 'named', name: found.hashed, loc: lowering.loc(node), strength: 'strong' }, transforms: ['hash()'], name: found.via };
}

function hashUse(node: Node, scope: Scope, state: SinksState): { hashed: string; via?: string } | undefined {
  if (node.type === 'call') {
    const fn = node.childForFieldName('function');
    if (fn?.type === 'identifier' && fn.text === 'hash') {
      const argument = node.childForFieldName('arguments')?.namedChildren[0];
      return { hashed: argument ? (dottedName(argument) ?? 'an expression') : 'a value' };
    }
  }
  if (node.type === 'identifier') {
    const hashed = hashedThrough(node.text, scope, state);
    return hashed ? { hashed, via: node.text } : undefined;
  }
  for (const child of node.namedChildren) {
    const found = hashUse(child, scope, state);
    if (found) return found;
  }
  return undefined;
}

/** Records the hash-key flow when a key or stored value in `nodes` is built with hash(). */
function onStore(api: string, at: Node, nodes: (Node | undefined)[], lowering: PyLowering, scope: Scope, state: SinksState): void {
  const hashed = nodes.find((node) => containsHash(node, lowering, scope, state));
  if (hashed) record(lowering, 'hash-key', api, at, hashedValue(hashed, lowering, scope, state));
}

/** `key_func=lambda: request.headers["Authorization"]` or a module-level function returning a token. */
function keyFunctionToken(node: Node | undefined, lowering: PyLowering, scope: Scope): TokenValue | undefined {
  if (!node) return undefined;
  if (node.type === 'lambda') {
    const body = node.childForFieldName('body');
    return body ? firstToken(lowering.evalExpr(body, scope)) : undefined;
  }
  if (node.type === 'identifier') {
    const def = lowering.functionDefs.get(node.text);
    return def ? firstToken(lowering.helperReturn(def, scope)) : undefined;
  }
  return undefined;
}

function onCacheCall(call: PyCall, receiver: string, kind: 'shared' | 'in-process', lowering: PyLowering, scope: Scope, state: SinksState): void {
  const method = call.method!;
  const api = writtenName(call, receiver);
  const keys = [call.args[0], ...(FIELD_METHODS.has(method) ? [call.args[1]] : []), call.kwargs.get('key'), call.kwargs.get('name')];
  const keyToken = tokenIn(keys.filter((key): key is Value => key !== undefined));
  if (keyToken) record(lowering, 'cache-key', api, call.node, keyToken);
  // hash() keys or values only matter when the store is shared between processes
  if (kind === 'shared') onStore(api, call.node, [...call.argNodes, ...call.kwargNodes.values()], lowering, scope, state);
}

function onSubscriptKey(node: Node, objectName: string | undefined, index: Value, valueNode: Node | undefined, lowering: PyLowering, scope: Scope, state: SinksState): void {
  if (!objectName || state.localDicts.has(`${functionKey(scope)}:${objectName}`)) return;
  const session = isSessionObject(objectName) || (lowering.qualifiedName(node.childForFieldName('value')!) ?? '') === 'flask.session';
  const inProcess = state.dictCaches.has(objectName);
  const configuredCache = configured(lowering, 'caches', objectName);
  if (!session && !inProcess && !configuredCache) return;
  const api = `${objectName}[…]`;
  const token = firstToken(index);
  if (token) record(lowering, 'cache-key', api, node, token);
  if (session || configuredCache) onStore(api, node, [node.childForFieldName('subscript') ?? undefined, valueNode], lowering, scope, state);
}

// ---- the recognizer ----

export const sinksRecognizer: Recognizer = {
  onFunction(def, decorators, fn, lowering, scope) {
    const route = decorators.find(isRouteDecorator);
    if (!route) return;
    stateOf(lowering).routeFunctions.add(fn.id);
    if (lowering.importedModules.has('fastapi')) implicitQueryTokens(def, route, lowering, scope);
  },

  onAssign(target, value, valueNode, lowering, scope) {
    const state = stateOf(lowering);
    const name = target.type === 'identifier' || target.type === 'attribute' ? dottedName(target) : undefined;
    const made = value.kind === 'unknown' ? value.name : undefined;
    if (name && made) {
      if (LOGGER_FACTORY.test(made) && /logg|structlog|loguru|log\b/i.test(made)) state.loggers.add(name);
      else if (CACHE_FACTORY.test(made)) state.caches.add(name);
      else if (HTTP_CLIENT_FACTORY.test(made)) state.httpClients.add(name);
    }
    if (target.type === 'identifier' && isEmptyContainer(value, valueNode)) {
      if (scope === lowering.moduleScope) state.dictCaches.add(target.text);
      else state.localDicts.add(`${functionKey(scope)}:${target.text}`);
    }
    // `_cache[token] = user`, `session[token] = …`, `session["key"] = hash(token)`
    if (target.type === 'subscript') {
      const object = target.childForFieldName('value');
      const indexNode = target.childForFieldName('subscript');
      const objectName = object ? (dottedName(object) ?? undefined) : undefined;
      if (indexNode && objectName && (isSessionObject(objectName) || state.dictCaches.has(objectName) || configured(lowering, 'caches', objectName))) {
        onSubscriptKey(target, objectName, lowering.evalExpr(indexNode, scope), valueNode, lowering, scope, state);
      }
    }
    // url = f"https://…?token={token}": the URL is built here
    const url = builtUrl(value, valueNode);
    if (url) record(lowering, 'url', 'URL built with the token', valueNode, url);
  },

  onSubscript(node, object, index, lowering, scope) {
    void object;
    if (lowering.isSilent) return;
    const objectNode = node.childForFieldName('value');
    if (!objectNode || (objectNode.type !== 'identifier' && objectNode.type !== 'attribute')) return;
    // cheap test first: this runs for every subscript
    const state = stateOf(lowering);
    if (objectNode.type === 'identifier' && !state.dictCaches.has(objectNode.text) && objectNode.text !== 'session' && lowering.config.names.caches.length === 0) return;
    if (objectNode.type === 'attribute' && objectNode.childForFieldName('attribute')?.text !== 'session' && lowering.config.names.caches.length === 0) return;
    const objectName = dottedName(objectNode);
    // reads and `del`: `_cache[token]`, `session[token]` (assignment targets come through onAssign)
    if (objectName) onSubscriptKey(node, objectName, index, undefined, lowering, scope, state);
  },

  onReturn(node, value, lowering, scope) {
    const expression = node.namedChildren[0];
    const url = builtUrl(value, expression);
    if (url && expression) {
      record(lowering, 'url', 'URL built with the token', expression, url);
      return;
    }
    if (!scope.fn || !stateOf(lowering).routeFunctions.has(scope.fn.id)) return;
    const token = responseToken(value);
    if (token && expression) record(lowering, 'response', `the return value of ${scope.fn.name}()`, expression, token);
  },

  onCall(call, lowering, scope) {
    const state = stateOf(lowering);
    const { callee, method } = call;
    if (callee === 'hash' && isBuiltin('hash', lowering)) {
      state.sawHash = true;
      noteHashAssignment(call.node, lowering, scope, state);
      return undefined;
    }
    // rate limiters keyed by the bearer token: Limiter(key_func=lambda: request.headers["Authorization"])
    const keyFunction = call.kwargNodes.get('key_func') ?? call.kwargNodes.get('key_function');
    if (keyFunction) {
      const token = keyFunctionToken(keyFunction, lowering, scope);
      const fn = call.node.childForFieldName('function');
      if (token) record(lowering, 'cache-key', `${(fn ? dottedName(fn) : undefined) ?? method}(key_func=…)`, keyFunction, token);
    }
    const anyToken = tokenIn([...call.args, ...call.kwargs.values()]);
    // params={"access_token": settings.FB_TOKEN}: the parameter name says what goes into the query string
    if (!anyToken && call.kwargNodes.get('params')?.type === 'dictionary') onTokenNamedParams(call, receiverName(call, lowering), lowering, state);
    // the cheap exit for most calls: no token in the arguments, and no hash() key to look for
    if (!anyToken && !state.sawHash) return undefined;
    const receiver = receiverName(call, lowering);
    // json.dumps({"token": token}) is a string holding the token
    if (anyToken && callee && SERIALIZERS.has(callee)) return { ...anyToken, transforms: [...anyToken.transforms, callee] };

    // response.set_cookie("access_token", token): Werkzeug, Starlette and Django default to neither httponly nor secure
    if (method === 'set_cookie' && call.receiverNode) {
      const token = firstToken(call.kwargs.get('value') ?? call.args[1] ?? { kind: 'none' });
      // a flag set from configuration (`secure=config.cookie_secure`) is the deployment's decision
      const flagOn = (flag: string): boolean => {
        const value = call.kwargs.get(flag);
        return value !== undefined && !(value.kind === 'bool' && !value.value) && value.kind !== 'none';
      };
      const missing = ['httponly', 'secure'].filter((flag) => !flagOn(flag));
      if (token && missing.length && !lowering.isSilent) lowering.model.flows.push({ sink: 'storage', api: writtenName(call, receiver), loc: lowering.loc(call.node), value: token, hashed: false, detail: `set without ${missing.join(' and ')}` });
      return undefined;
    }

    if (isLogCall(call, receiver, lowering, state)) {
      const token = tokenIn([...call.args, ...call.kwargs.values()]);
      if (token) record(lowering, 'log', writtenName(call, receiver), call.node, token);
      return undefined;
    }

    if (isResponseCall(callee)) {
      const token = tokenIn([...call.args, ...call.kwargs.values()]);
      if (token) record(lowering, 'response', writtenName(call, receiver), call.node, token);
      return undefined;
    }

    if (callee && REDIRECT_CALLS.has(lastSegment(callee))) {
      const index = call.args.findIndex((argument) => firstToken(argument));
      const api = writtenName(call, receiver);
      if (index >= 0) onUrlArgument(call, api, call.args[index], call.argNodes[index], lowering);
      else onUrlArgument(call, api, call.kwargs.get('url') ?? call.kwargs.get('location'), call.kwargNodes.get('url') ?? call.kwargNodes.get('location'), lowering);
      return undefined;
    }

    if (callee && (URLENCODE_CALLS.has(callee) || (URL_FOR_CALLS.has(callee) && (callee.includes('.') || lowering.imports.has(callee))))) {
      const token = tokenIn([...call.args, ...call.kwargs.values()]);
      if (token) {
        record(lowering, 'url', writtenName(call, receiver), call.node, token);
        return token.transforms.includes('url') ? token : { ...token, transforms: [...token.transforms, callee.split('.').pop()!, 'url'] };
      }
      return undefined;
    }

    const client = httpClientCall(call, receiver, state);
    if (client) {
      const api = writtenName(call, receiver);
      const urlIndex = method === 'request' ? 1 : 0;
      const urlNode = call.kwargNodes.get('url') ?? call.argNodes[urlIndex];
      if (client === 'known' || buildsValue(urlNode)) onUrlArgument(call, api, call.kwargs.get('url') ?? call.args[urlIndex], urlNode, lowering);
      const params = call.kwargs.get('params');
      const paramsToken = params ? firstToken(params) : undefined;
      if (paramsToken) record(lowering, 'url', `${api}(params=…)`, call.kwargNodes.get('params')!, paramsToken);
      return undefined;
    }

    if (method && receiver) {
      // a local `cache = {}` shadows an imported cache of the same name
      const local = call.receiverNode?.type === 'identifier' && state.localDicts.has(`${functionKey(scope)}:${call.receiverNode.text}`);
      const cache = !local && (KEY_METHODS.has(method) || FIELD_METHODS.has(method)) ? isCacheReceiver(receiver, lowering, state) : undefined;
      if (cache) {
        onCacheCall(call, receiver, cache, lowering, scope, state);
        return undefined;
      }
      // Token.objects.filter(key_hash=hash(token)), session.query(T).filter_by(h=hash(token))
      if (ORM_METHODS.has(method) && (/\.objects$/.test(receiver) || method === 'filter_by')) {
        onStore(writtenName(call, receiver), call.node, [...call.kwargNodes.values()], lowering, scope, state);
      }
    }

    // a URL built right in an argument: send_link(f"https://app/?token={token}")
    for (const [index, argument] of call.args.entries()) {
      const url = builtUrl(argument, call.argNodes[index]);
      if (url) record(lowering, 'url', 'URL built with the token', call.argNodes[index]!, url);
    }
    for (const [name, argument] of call.kwargs) {
      const url = builtUrl(argument, call.kwargNodes.get(name));
      if (url) record(lowering, 'url', 'URL built with the token', call.kwargNodes.get(name)!, url);
    }
    return undefined;
  },
};

/** Query parameter names that carry a credential. */
const TOKEN_QUERY_PARAM = /^(?:access_token|auth_token|api_key|apikey|api-key|token|jwt|id_token|refresh_token|client_secret|key)$/i;

/** An HTTP client call whose `params` dict sends a credential-named parameter with a value from elsewhere (not a literal). */
function onTokenNamedParams(call: PyCall, receiver: string | undefined, lowering: PyLowering, state: SinksState): void {
  if (lowering.isSilent || !httpClientCall(call, receiver, state)) return;
  const dict = call.kwargNodes.get('params')!;
  for (const pair of dict.namedChildren) {
    const key = pair.type === 'pair' ? pair.childForFieldName('key') : null;
    const value = pair.childForFieldName('value');
    if (key?.type !== 'string' || !value || value.type === 'string' || value.type === 'none') continue;
    const name = key.text.replace(/^[rRuUbBfF]*["']|["']$/g, '');
    if (!TOKEN_QUERY_PARAM.test(name)) continue;
    const token: TokenValue = { kind: 'token', source: { kind: 'named', name, loc: lowering.loc(key), strength: 'strong' }, transforms: [], name: dottedName(value) ?? name };
    record(lowering, 'url', `${writtenName(call, receiver)}(params=…)`, value, token);
  }
}

/** Annotations FastAPI reads from the query string when the parameter has no other marker. */
const SCALAR_ANNOTATION = /^(?:str|Optional\[str\]|str\s*\|\s*None|None\s*\|\s*str|typing\.Optional\[str\])$/;

/**
 * FastAPI reads a scalar route parameter that is not in the path from the query string:
 * `@app.get("/export") def export(token: str)` takes `?token=`. Such token-named parameters
 * become query sources (strong), and the read is recorded.
 */
function implicitQueryTokens(def: Node, decorator: Node, lowering: PyLowering, scope: Scope): void {
  const path = decorator.namedChildren[0]?.childForFieldName('arguments')?.namedChildren[0]?.text ?? '';
  for (const parameter of def.childForFieldName('parameters')?.namedChildren ?? []) {
    if (parameter.type !== 'typed_parameter' && parameter.type !== 'typed_default_parameter' && parameter.type !== 'default_parameter' && parameter.type !== 'identifier') continue;
    const nameNode = parameter.type === 'identifier' ? parameter : parameter.type === 'typed_parameter' ? parameter.namedChildren.find((child) => child.type === 'identifier') : parameter.childForFieldName('name');
    const name = nameNode?.text;
    if (!name || path.includes(`{${name}}`) || path.includes(`{${name}:`)) continue;
    const defaultNode = parameter.childForFieldName('value');
    if (defaultNode && defaultNode.type !== 'string' && defaultNode.type !== 'none') continue; // Depends(), Header(), Body()… say where it comes from
    const annotation = parameter.childForFieldName('type')?.text;
    if (annotation !== undefined && !SCALAR_ANNOTATION.test(annotation)) continue;
    const bound = scope.vars.get(name);
    if (bound?.kind !== 'token' || bound.source.kind !== 'named') continue;
    const source = { kind: 'query' as const, name, loc: bound.source.loc, strength: 'strong' as const };
    scope.vars.set(name, { ...bound, source });
    if (!lowering.isSilent) lowering.model.queryReads.push({ name, loc: source.loc, api: 'query string' });
  }
}

/**
 * The token in a route handler's return value. A refresh endpoint handing back the refresh
 * token it received under `refresh_token` is the OAuth token response, not a reflection.
 */
function responseToken(value: Value): TokenValue | undefined {
  if (value.kind === 'dict') {
    for (const entry of value.entries) {
      if (entry.key === 'refresh_token') continue;
      const token = firstToken(entry.value);
      if (token) return token;
    }
    return undefined;
  }
  if (value.kind === 'list') {
    for (const item of value.items) {
      const token = responseToken(item);
      if (token) return token;
    }
    return undefined;
  }
  return value.kind === 'token' ? value : undefined;
}

function isEmptyContainer(value: Value, valueNode: Node): boolean {
  if (value.kind === 'dict' && value.entries.length === 0) return valueNode.type === 'dictionary' || valueNode.type === 'call';
  return value.kind === 'unknown' && value.name !== undefined && EMPTY_CACHE_FACTORY.test(value.name);
}
