/**
 * Python recognizer: acquire/release of token-keyed resources, for the exactly-once rules.
 *
 * Records a ResourceEvent on the enclosing function for each catalog call whose key is
 * derived from a token (the token, its claims, a string built from them): cache/redis
 * set vs delete, sadd vs srem, lock handles, register/unregister, module-level dicts and
 * sets, plus the names configured under `resources:`. The key is described by its shape
 * with token-derived parts folded (`redis:session:<token>`), so two calls on the same key
 * compare equal also across functions. Also sets framework roles (FastAPI exception
 * handlers, yield dependencies, Flask teardown and error handlers, routes) and builds the
 * CFG of each function with events at the end of the module, while the tree is alive.
 */
import { configuredResourceCalls, type ConfiguredResourceCall } from '../../configured-resources.js';
import type { Node } from '../syntax-node.js';
import type { FunctionModel, ResourceEvent, Value } from '../../../model/types.js';
import { firstToken } from '../../../model/values.js';
import { buildPythonCfg } from '../cfg.js';
import type { PyCall, PyLowering, Recognizer, Scope } from '../lowering-api.js';
import { dottedName, stringContent } from '../syntax.js';

type EventKind = ResourceEvent['kind'];

/** Names that acquire or release only on a cache-like receiver (`cache.set`, `SESSIONS.pop`). */
const GENERIC: ReadonlyMap<string, EventKind> = new Map([
  ['set', 'acquire'],
  ['add', 'acquire'],
  ['incr', 'acquire'],
  ['delete', 'release'],
  ['pop', 'release'],
  ['remove', 'release'],
  ['discard', 'release'],
  ['decr', 'release'],
  ['invalidate', 'release'],
  ['evict', 'release'],
]);
/** Names specific enough to mean acquire/release on any receiver. */
const SPECIFIC: ReadonlyMap<string, EventKind> = new Map([
  ['setex', 'acquire'],
  ['psetex', 'acquire'],
  ['setnx', 'acquire'],
  ['hset', 'acquire'],
  ['hsetnx', 'acquire'],
  ['sadd', 'acquire'],
  ['zadd', 'acquire'],
  ['register', 'acquire'],
  ['acquire', 'acquire'],
  ['lock', 'acquire'],
  ['unlink', 'release'],
  ['srem', 'release'],
  ['hdel', 'release'],
  ['zrem', 'release'],
  ['unregister', 'release'],
  ['release', 'release'],
  ['unlock', 'release'],
  ['close', 'release'],
]);
/** Calls whose key is the first two arguments (set or hash name, member). */
const MEMBER_KEYED = new Set(['sadd', 'srem', 'zadd', 'zrem', 'hset', 'hsetnx', 'hdel']);
/** Handle methods: the key is what the handle was created with (`lock = redis.lock(f"lock:{token}")`). */
const HANDLE_METHODS = new Set(['acquire', 'release', 'lock', 'unlock', 'close']);
const HANDLE_FACTORIES = new Set(['lock', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'open', 'lease']);
/** Receivers that are caches, stores or registries by name. */
const CACHE_RECEIVER = /^(?:r|rds|redis\w*|\w*_redis|\w*cache|cache\w*|\w*_store|store|sessions|\w+_sessions|active_\w+|lru|\w*limiter|revoked\w*|blacklist|denylist|blocklist|allowlist|kv|memcache[d]?|mc|locks|leases|\w+_locks|\w+_leases|registry|\w+_registry|slots|inflight|in_flight)$/i;
/** Module-level assignments that make a name a cache-like container. */
const CONTAINER_FACTORIES = /(?:^|\.)(?:Redis|StrictRedis|from_url|Cache|TTLCache|LRUCache|LFUCache|dict|set|defaultdict|OrderedDict|WeakValueDictionary|Client|MemcacheClient)$/;

interface PendingRole {
  name: string;
  role: NonNullable<FunctionModel['role']>;
}

interface State {
  /** Names bound at module level to dicts, sets, redis clients, caches. */
  containers: Set<string>;
  /** `${functionId}:${name}` → key shape of a token-derived value assigned to the name. */
  shapes: Map<string, string>;
  /** `${functionId}:${name}` → key of a handle created from a token-derived argument. */
  handles: Map<string, string>;
  defs: Map<number, Node>;
  pendingRoles: PendingRole[];
  /** Configured names: last segment → full names. */
  configured: Map<string, ConfiguredResourceCall[]>;
}

function state(lowering: PyLowering): State {
  let current = lowering.state.get('resources') as State | undefined;
  if (!current) {
    const configured = configuredResourceCalls(lowering.config);
    current = { containers: new Set(), shapes: new Map(), handles: new Map(), defs: new Map(), pendingRoles: [], configured };
    lowering.state.set('resources', current);
  }
  return current;
}

function isTokenDerived(value: Value): boolean {
  const token = firstToken(value);
  return (token !== undefined && token.source.kind !== 'issued') || value.kind === 'claims';
}

function scopedLookup(map: Map<string, string>, name: string, scope: Scope): string | undefined {
  for (let current: Scope | undefined = scope; current; current = current.parent) {
    const found = map.get(`${current.fn?.id ?? 0}:${name}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The key's shape: literal text kept, token-derived parts folded to `<token>` / `<claims>`,
 * claim reads kept (`<claims>[jti]`), names resolved to the shape they were assigned.
 */
function shapeOf(node: Node, lowering: PyLowering, scope: Scope, depth = 0): string {
  if (depth > 8) return '…';
  switch (node.type) {
    case 'string': {
      let text = '';
      for (const child of node.namedChildren) {
        if (child.type === 'string_content' || child.type === 'escape_sequence') text += child.text;
        else if (child.type === 'interpolation') {
          const expression = child.childForFieldName('expression');
          if (expression) text += shapeOf(expression, lowering, scope, depth + 1);
        }
      }
      return text;
    }
    case 'concatenated_string':
      return node.namedChildren.map((child) => shapeOf(child, lowering, scope, depth + 1)).join('');
    case 'parenthesized_expression':
    case 'await':
      return node.namedChildren[0] ? shapeOf(node.namedChildren[0], lowering, scope, depth + 1) : '';
    case 'binary_operator': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      const operator = node.childForFieldName('operator')?.text ?? '';
      const joined = operator === '+' ? '' : operator;
      return `${left ? shapeOf(left, lowering, scope, depth + 1) : ''}${joined}${right ? shapeOf(right, lowering, scope, depth + 1) : ''}`;
    }
    case 'identifier': {
      const assigned = scopedLookup(state(lowering).shapes, node.text, scope);
      if (assigned !== undefined) return assigned;
      break;
    }
    case 'subscript': {
      const object = node.childForFieldName('value');
      const index = node.childForFieldName('subscript');
      if (object && lowering.evalExpr(object, scope).kind === 'claims') return `${shapeOf(object, lowering, scope, depth + 1)}[${index?.type === 'string' ? stringContent(index) : (index?.text ?? '')}]`;
      break;
    }
    case 'call': {
      const callee = node.childForFieldName('function');
      const argument = node.childForFieldName('arguments')?.namedChildren[0];
      // claims.get("jti") reads a claim like claims["jti"]
      if (callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'get' && argument?.type === 'string') {
        const object = callee.childForFieldName('object');
        if (object && lowering.evalExpr(object, scope).kind === 'claims') return `${shapeOf(object, lowering, scope, depth + 1)}[${stringContent(argument)}]`;
      }
      if (callee?.type === 'identifier' && (callee.text === 'str' || callee.text === 'repr') && argument) return shapeOf(argument, lowering, scope, depth + 1);
      // hash(token), hashlib.sha256(token.encode()).hexdigest(): still keyed by the token
      const hashed = hashedShape(node, lowering, scope, depth);
      if (hashed !== undefined) return hashed;
      // verifier.key_id(token), session_key(claims): a key computed from the token or its claims is keyed by them
      const returned = lowering.evalExpr(node, scope);
      if (firstToken(returned) || returned.kind === 'claims') break;
      const given = (node.childForFieldName('arguments')?.namedChildren ?? []).filter((child) => child.type !== 'keyword_argument' && child.type !== 'comment').map((child) => shapeOf(child, lowering, scope, depth + 1));
      if (callee && given.some((shape) => shape.includes('<token>') || shape.includes('<claims>'))) return `${callee.text.replace(/\s+/g, '')}(${given.join(',')})`;
      break;
    }
    default:
      break;
  }
  const value = lowering.evalExpr(node, scope);
  const token = firstToken(value);
  if (token && token.source.kind !== 'issued') return '<token>';
  if (value.kind === 'claims') return '<claims>';
  if (value.kind === 'string') return value.value;
  return node.text.replace(/\s+/g, '');
}

/** Hashing and encoding calls: a key made with them is still keyed by what they were given. */
const HASHING = new Set(['hash', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'md5', 'blake2b', 'blake2s', 'new', 'hexdigest', 'digest', 'encode', 'b64encode', 'urlsafe_b64encode', 'hmac']);

function calleeName(call: Node): string | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type === 'identifier') return callee.text;
  if (callee?.type === 'attribute') return callee.childForFieldName('attribute')?.text;
  return undefined;
}

/** `name(shape)` for a hashing call over a token-derived receiver or argument. */
function hashedShape(call: Node, lowering: PyLowering, scope: Scope, depth: number): string | undefined {
  const name = calleeName(call);
  if (!name || !HASHING.has(name)) return undefined;
  const callee = call.childForFieldName('function');
  const receiver = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
  const argument = call.childForFieldName('arguments')?.namedChildren.find((child) => child.type !== 'keyword_argument' && child.type !== 'comment');
  for (const inner of [receiver, argument]) {
    if (!inner) continue;
    const shape = shapeOf(inner, lowering, scope, depth + 1);
    if (shape.includes('<token>') || shape.includes('<claims>')) return name === 'encode' ? shape : `${name}(${shape})`;
  }
  return undefined;
}

/** The key's shape when some part of it derives from a token or its claims. */
function keyShape(node: Node, lowering: PyLowering, scope: Scope): string | undefined {
  const shape = shapeOf(node, lowering, scope);
  return shape.includes('<token>') || shape.includes('<claims>') ? shape : undefined;
}

function receiverName(call: PyCall): string | undefined {
  return call.receiverNode ? dottedName(call.receiverNode) : undefined;
}

function lastSegment(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? name : name.slice(dot + 1);
}

function isCacheLike(name: string | undefined, lowering: PyLowering): boolean {
  if (!name) return false;
  if (state(lowering).containers.has(name)) return true;
  return CACHE_RECEIVER.test(lastSegment(name)) || lowering.config.names.caches.some((cache) => name === cache || name.endsWith(`.${cache}`));
}

/** Inside `with …:` items the context manager releases on exit: no event. */
function isWithItem(node: Node): boolean {
  for (let current = node.parent, depth = 0; current && depth < 3; current = current.parent, depth++) {
    if (current.type === 'with_item') return true;
    if (current.type !== 'as_pattern' && current.type !== 'await' && current.type !== 'parenthesized_expression') return false;
  }
  return false;
}

function record(lowering: PyLowering, scope: Scope, kind: EventKind, api: string, key: string, node: Node, idempotent: boolean): void {
  const fn = scope.fn;
  if (!fn || lowering.isSilent) return;
  const event: ResourceEvent = { kind, api, key, loc: lowering.loc(node), idempotent, offset: node.startIndex };
  (fn.events ??= []).push(event);
}

function configuredKind(call: PyCall, lowering: PyLowering): { kind?: EventKind; idempotent: boolean } | undefined {
  const entries = state(lowering).configured.get(call.method!);
  if (!entries) return undefined;
  const full = call.callee ?? call.method!;
  const matches = entries.filter((entry) => full === entry.name || full.endsWith(`.${entry.name}`) || entry.name === call.method);
  if (!matches.length) return undefined;
  const kind = matches.find((entry) => entry.kind !== 'idempotent')?.kind as EventKind | undefined;
  return { ...(kind ? { kind } : {}), idempotent: matches.some((entry) => entry.kind === 'idempotent') };
}

function onResourceCall(call: PyCall, lowering: PyLowering, scope: Scope): void {
  const method = call.method!;
  const configured = configuredKind(call, lowering);
  const receiver = receiverName(call);
  let kind: EventKind | undefined = configured?.kind;
  if (!kind) {
    kind = SPECIFIC.get(method);
    if (!kind) {
      kind = GENERIC.get(method);
      if (kind && !isCacheLike(receiver, lowering)) kind = undefined;
    }
  }
  if (!kind) return;
  if (isWithItem(call.node)) return;
  const owner = receiver ? lastSegment(receiver) : '';
  let key: string | undefined;
  // redis.lock(name) makes a lock handle; only handle.acquire() takes it
  if (method === 'lock' && call.args.length > 0 && !configured?.kind) return;
  if (HANDLE_METHODS.has(method) && call.args.length === 0 && receiver && !receiver.includes('.')) {
    key = scopedLookup(state(lowering).handles, receiver, scope);
  } else if (MEMBER_KEYED.has(method) && call.argNodes.length >= 2) {
    const name = shapeOf(call.argNodes[0]!, lowering, scope);
    const member = shapeOf(call.argNodes[1]!, lowering, scope);
    if (/<token>|<claims>/.test(name + member)) key = `${owner}:${name}|${member}`;
  } else if (call.argNodes[0]) {
    const shape = keyShape(call.argNodes[0], lowering, scope);
    if (shape !== undefined) key = `${owner}:${shape}`;
  }
  if (key === undefined) return;
  // dict.pop(key, None) and set.discard are written to be repeatable
  const idempotent = (configured?.idempotent ?? false) || method === 'discard' || (method === 'pop' && (call.args.length >= 2 || call.kwargs.has('default')));
  record(lowering, scope, kind, receiver ? `${receiver}.${method}` : method, key, call.node, idempotent);
}

const ROLE_DECORATORS: [RegExp, NonNullable<FunctionModel['role']>][] = [
  [/\.(?:exception_handler|errorhandler)\(/, 'error-handler'],
  [/\.(?:teardown_request|teardown_appcontext|after_request)\b/, 'teardown'],
  [/\.(?:route|get|post|put|patch|delete|api_route|websocket)\(/, 'route'],
];
const ROLE_REGISTRATIONS: ReadonlyMap<string, NonNullable<FunctionModel['role']>> = new Map([
  ['add_exception_handler', 'error-handler'],
  ['register_error_handler', 'error-handler'],
  ['teardown_request', 'teardown'],
  ['teardown_appcontext', 'teardown'],
  ['after_request', 'teardown'],
]);

export const resourcesRecognizer: Recognizer = {
  // only the exactly-once rules read resource events: with both off, no event or graph is built
  readBy: [
    ['TG501', 'double-release'],
    ['TG502', 'release-missing'],
  ],
  onCall(call, lowering, scope) {
    const method = call.method;
    if (method === undefined) return undefined;
    // the O(1) check first: most calls are none of these
    if (!GENERIC.has(method) && !SPECIFIC.has(method) && !ROLE_REGISTRATIONS.has(method) && !state(lowering).configured.has(method)) return undefined;
    const registration = ROLE_REGISTRATIONS.get(method);
    if (registration) {
      // app.register_error_handler(401, handler), app.teardown_request(release_session)
      const target = call.argNodes.at(-1);
      if (target?.type === 'identifier') state(lowering).pendingRoles.push({ name: target.text, role: registration });
      return undefined;
    }
    // keys come from tokens: skip functions that have not touched one (unless a captured key shape exists)
    const current = state(lowering);
    if (!scope.fn || lowering.isSilent || (!scope.fn.touchesToken && current.shapes.size === 0 && current.handles.size === 0)) return undefined;
    onResourceCall(call, lowering, scope);
    return undefined;
  },

  onAssign(target, value, valueNode, lowering, scope) {
    const fn = scope.fn;
    if (scope === lowering.moduleScope) {
      if (target.type !== 'identifier') return;
      const valueType = valueNode.type;
      const factory = valueType === 'call' ? valueNode.childForFieldName('function')?.text : undefined;
      if (valueType === 'dictionary' || valueType === 'set' || (factory && CONTAINER_FACTORIES.test(factory))) state(lowering).containers.add(target.text);
      return;
    }
    // claims from a helper mark the function as token-touching too (its keys may come from them)
    if (fn && value.kind === 'claims') fn.touchesToken = true;
    if (!fn?.touchesToken) return;
    const current = state(lowering);
    if (target.type === 'identifier') {
      const slot = `${scope.fn?.id ?? 0}:${target.text}`;
      // ok = redis.set(key, "1", nx=True): a later `if not ok:` tests this acquire
      const lastEvent = scope.fn?.events?.at(-1);
      const valueCall = valueNode.type === 'await' ? valueNode.namedChildren[0] : valueNode;
      if (lastEvent?.kind === 'acquire' && valueCall && lastEvent.offset === valueCall.startIndex) lastEvent.boundTo = target.text;
      const worthShaping = isTokenDerived(value) || valueNode.type === 'string' || valueNode.type === 'binary_operator' || (valueNode.type === 'call' && HASHING.has(calleeName(valueNode) ?? ''));
      const shape = worthShaping ? keyShape(valueNode, lowering, scope) : undefined;
      if (shape !== undefined) {
        current.shapes.set(slot, shape);
        return;
      }
      // lock = redis.lock(f"lock:{token}"): the handle is keyed by what it was made from
      const call = valueNode.type === 'await' ? valueNode.namedChildren[0] : valueNode;
      if (call?.type !== 'call') return;
      const callee = call.childForFieldName('function');
      const factory = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.text;
      const argument = call.childForFieldName('arguments')?.namedChildren.find((child) => child.type !== 'keyword_argument' && child.type !== 'comment');
      const shapeOfArgument = factory && HANDLE_FACTORIES.has(factory) && argument ? keyShape(argument, lowering, scope) : undefined;
      if (shapeOfArgument !== undefined) current.handles.set(slot, `${factory}:${shapeOfArgument}`);
      return;
    }
    if (target.type === 'subscript' && scope.fn) {
      // SESSIONS[token] = user: the container holds an entry keyed by the token
      const object = target.childForFieldName('value');
      const index = target.childForFieldName('subscript');
      const name = object ? dottedName(object) : undefined;
      if (!object || !index || !name || !isCacheLike(name, lowering)) return;
      const shape = keyShape(index, lowering, scope);
      if (shape !== undefined) record(lowering, scope, 'acquire', `${name}[…] =`, `${lastSegment(name)}:${shape}`, target, false);
    }
  },

  onSubscript(node, _object, _index, lowering, scope) {
    // del SESSIONS[token]
    if (!scope.fn?.touchesToken || lowering.isSilent) return;
    const parent = node.parent;
    const inDelete = parent?.type === 'delete_statement' || (parent?.type === 'expression_list' && parent.parent?.type === 'delete_statement');
    if (!inDelete || !scope.fn) return;
    const object = node.childForFieldName('value');
    const indexNode = node.childForFieldName('subscript');
    const name = object ? dottedName(object) : undefined;
    if (!name || !indexNode || !isCacheLike(name, lowering)) return;
    const shape = keyShape(indexNode, lowering, scope);
    if (shape !== undefined) record(lowering, scope, 'release', `del ${name}[…]`, `${lastSegment(name)}:${shape}`, node, false);
  },

  onFunction(def, decorators, fn, lowering) {
    state(lowering).defs.set(fn.id, def);
    if (fn.role) return;
    for (const decorator of decorators) {
      const text = decorator.text;
      const role = ROLE_DECORATORS.find(([pattern]) => pattern.test(text))?.[1];
      if (role) {
        fn.role = role;
        return;
      }
    }
  },

  onModuleEnd(lowering) {
    const current = state(lowering);
    for (const pending of current.pendingRoles) {
      const fn = lowering.model.functions.find((candidate) => candidate.name === pending.name);
      if (fn && !fn.role) fn.role = pending.role;
    }
    for (const fn of lowering.model.functions) {
      if (!fn.events?.length) continue;
      const def = current.defs.get(fn.id);
      if (!def) continue;
      // a generator with resource events around its yield: a FastAPI dependency with teardown
      if (!fn.role && def.descendantsOfType('yield').length > 0) fn.role = 'dependency';
      // the tree is freed when lowering ends, so the graph is built now, only for functions with events
      fn.cfg = buildPythonCfg(def, fn.events);
    }
  },
};
