/**
 * JS/TS recognizer: acquire/release of token-keyed resources, for the exactly-once rules.
 *
 * Records a ResourceEvent on the enclosing function for each catalog call whose key is
 * derived from a token or its claims: redis/ioredis set/setex/sAdd vs del/unlink/sRem,
 * lru-cache/node-cache/keyv set vs delete/del, module-level Map/Set set/add vs
 * delete, lock handles (`const lock = await redlock.acquire([key], ttl)` … `lock.release()`),
 * plus the names configured under `resources:`. Keys are described by their shape with
 * token parts folded (`redis:session:<claims>[jti]`), so equal keys compare equal across
 * functions. Sets Express roles: middleware `(req, res, next)`, error middleware
 * `(err, req, res, next)`, route handlers, `res.on('finish')` listeners. CFGs are built
 * lazily, only for functions with events or token use.
 */
import { configuredResourceCalls, type ConfiguredResourceCall } from '../../configured-resources.js';
import { ts } from 'ts-morph';
import type { FunctionModel, ResourceEvent, Value } from '../../../model/types.js';
import { firstToken } from '../../../model/values.js';
import { buildTsCfg } from '../cfg.js';
import type { TsCall, TsLowering, TsRecognizer, TsScope } from '../lowering-api.js';
import { dottedName } from '../syntax.js';

type EventKind = ResourceEvent['kind'];
type Role = NonNullable<FunctionModel['role']>;

/** Names that acquire or release only on a cache-like receiver (`cache.set`, `sessions.delete`). */
const GENERIC: ReadonlyMap<string, EventKind> = new Map([
  ['set', 'acquire'],
  ['add', 'acquire'],
  ['incr', 'acquire'],
  ['delete', 'release'],
  ['del', 'release'],
  ['remove', 'release'],
  ['decr', 'release'],
  ['invalidate', 'release'],
  ['evict', 'release'],
]);
/** Names specific enough to mean acquire/release on any receiver. */
const SPECIFIC: ReadonlyMap<string, EventKind> = new Map([
  ['setex', 'acquire'],
  ['setEx', 'acquire'],
  ['psetex', 'acquire'],
  ['pSetEx', 'acquire'],
  ['setnx', 'acquire'],
  ['setNX', 'acquire'],
  ['hset', 'acquire'],
  ['hSet', 'acquire'],
  ['hsetnx', 'acquire'],
  ['hSetNX', 'acquire'],
  ['sadd', 'acquire'],
  ['sAdd', 'acquire'],
  ['zadd', 'acquire'],
  ['zAdd', 'acquire'],
  ['register', 'acquire'],
  ['acquire', 'acquire'],
  ['lock', 'acquire'],
  ['unlink', 'release'],
  ['srem', 'release'],
  ['sRem', 'release'],
  ['hdel', 'release'],
  ['hDel', 'release'],
  ['zrem', 'release'],
  ['zRem', 'release'],
  ['unregister', 'release'],
  ['release', 'release'],
  ['unlock', 'release'],
]);
const MEMBER_KEYED = new Set(['sadd', 'sAdd', 'srem', 'sRem', 'zadd', 'zAdd', 'zrem', 'zRem', 'hset', 'hSet', 'hsetnx', 'hSetNX', 'hdel', 'hDel']);
const HANDLE_METHODS = new Set(['acquire', 'release', 'lock', 'unlock']);
const CACHE_RECEIVER = /^(?:r|redis\w*|\w*Redis|\w*[cC]ache|cache\w*|\w*Store|store|sessions|\w+Sessions|active\w*|lru|\w*[lL]imiter|revoked\w*|blacklist|denylist|blocklist|allowlist|kv|keyv|memcached?|locks|leases|\w+Locks|\w+Leases|registry|\w+Registry|slots|inflight|inFlight)$/;
/** Module-level `const x = new Map()` / `createClient()` / `new Redis()`: x is a container. */
const CONTAINER_FACTORIES = /^(?:Map|Set|WeakMap|Redis|IORedis|ioredis|Cluster|LRUCache|LRU|NodeCache|Keyv|createClient|redis\.createClient|createCluster)$/;
const FINISH_EVENTS = new Set(['finish', 'close']);
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'all', 'use']);
const ERROR_PARAM = /^(?:err|error|e|ex|exception)$/;

interface State {
  containers: Set<string>;
  shapes: Map<string, string>;
  handles: Map<string, string>;
  nodes: Map<number, ts.SignatureDeclaration>;
  configured: Map<string, ConfiguredResourceCall[]>;
}

function state(lowering: TsLowering): State {
  let current = lowering.state.get('ts-resources') as State | undefined;
  if (!current) {
    const configured = configuredResourceCalls(lowering.config);
    current = { containers: new Set(), shapes: new Map(), handles: new Map(), nodes: new Map(), configured };
    lowering.state.set('ts-resources', current);
  }
  return current;
}

function unwrap(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isNonNullExpression(current) || ts.isAwaitExpression(current)) current = current.expression;
  return current;
}

function scopedLookup(map: Map<string, string>, name: string, scope: TsScope): string | undefined {
  for (let current: TsScope | undefined = scope; current; current = current.parent) {
    const found = map.get(`${current.fn?.id ?? 0}:${name}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A token in a key that the request presented: one the code has just issued keys the session it creates. */
function presentedToken(value: Value): boolean {
  const token = firstToken(value);
  return token !== undefined && token.source.kind !== 'issued';
}

function valueShape(value: Value): string | undefined {
  if (presentedToken(value)) return '<token>';
  if (value.kind === 'claims') return `<claims>${(value.path ?? []).map((member) => `[${member}]`).join('')}`;
  if (value.kind === 'string') return value.value;
  return undefined;
}

/** The key's shape: literal text kept, token-derived parts folded, claim reads kept. */
function shapeOf(node: ts.Expression, lowering: TsLowering, scope: TsScope, depth = 0): string {
  if (depth > 8) return '…';
  const inner = unwrap(node);
  if (ts.isTemplateExpression(inner)) return inner.head.text + inner.templateSpans.map((span) => shapeOf(span.expression, lowering, scope, depth + 1) + span.literal.text).join('');
  if (ts.isStringLiteralLike(inner)) return inner.text;
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.PlusToken) return shapeOf(inner.left, lowering, scope, depth + 1) + shapeOf(inner.right, lowering, scope, depth + 1);
  if (ts.isIdentifier(inner)) {
    const assigned = scopedLookup(state(lowering).shapes, inner.text, scope);
    if (assigned !== undefined) return assigned;
  }
  if (ts.isCallExpression(inner) && ts.isIdentifier(inner.expression) && inner.expression.text === 'String' && inner.arguments[0]) return shapeOf(inner.arguments[0], lowering, scope, depth + 1);
  if (ts.isCallExpression(inner)) {
    const hashed = hashedShape(inner, lowering, scope, depth);
    if (hashed !== undefined) return hashed;
    // verifier.keyId(token), sessionKey(claims): a key computed from the token or its claims is keyed by them
    const returned = lowering.evalExpr(inner, scope);
    const given = firstToken(returned) || returned.kind === 'claims' ? [] : inner.arguments.map((argument) => shapeOf(argument, lowering, scope, depth + 1));
    if (given.some((shape) => shape.includes('<token>') || shape.includes('<claims>'))) return `${inner.expression.getText(lowering.sourceFile).replace(/\s+/g, '')}(${given.join(',')})`;
  }
  if (ts.isArrayLiteralExpression(inner) && inner.elements.length === 1 && !ts.isSpreadElement(inner.elements[0]!)) return shapeOf(inner.elements[0]!, lowering, scope, depth + 1);
  return valueShape(lowering.evalExpr(inner, scope)) ?? inner.getText(lowering.sourceFile).replace(/\s+/g, '');
}

/** Hashing and encoding calls: a key made with them is still keyed by what they were given. */
const HASHING = new Set(['createHash', 'createHmac', 'update', 'digest', 'toString', 'hash', 'sha256', 'encode', 'btoa']);

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/** crypto.createHash('sha256').update(token).digest('hex'): `digest(update(<token>))`. */
function hashedShape(call: ts.CallExpression, lowering: TsLowering, scope: TsScope, depth: number): string | undefined {
  const name = calleeName(call);
  if (!name || !HASHING.has(name)) return undefined;
  const receiver = ts.isPropertyAccessExpression(call.expression) ? call.expression.expression : undefined;
  for (const inner of [call.arguments[0], receiver]) {
    if (!inner) continue;
    const shape = shapeOf(inner, lowering, scope, depth + 1);
    if (shape.includes('<token>') || shape.includes('<claims>')) return `${name}(${shape})`;
  }
  return undefined;
}

function keyShape(node: ts.Expression, lowering: TsLowering, scope: TsScope): string | undefined {
  const shape = shapeOf(node, lowering, scope);
  return shape.includes('<token>') || shape.includes('<claims>') ? shape : undefined;
}

function lastSegment(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? name : name.slice(dot + 1);
}

function isCacheLike(name: string | undefined, lowering: TsLowering): boolean {
  if (!name) return false;
  if (state(lowering).containers.has(name)) return true;
  return CACHE_RECEIVER.test(lastSegment(name)) || lowering.config.names.caches.some((cache) => name === cache || name.endsWith(`.${cache}`));
}

function configuredKind(call: TsCall, lowering: TsLowering): { kind?: EventKind; idempotent: boolean } | undefined {
  const entries = state(lowering).configured.get(call.method!);
  if (!entries) return undefined;
  const full = call.callee ?? call.method!;
  const matches = entries.filter((entry) => full === entry.name || full.endsWith(`.${entry.name}`) || entry.name === call.method);
  if (!matches.length) return undefined;
  const kind = matches.find((entry) => entry.kind !== 'idempotent')?.kind as EventKind | undefined;
  return { ...(kind ? { kind } : {}), idempotent: matches.some((entry) => entry.kind === 'idempotent') };
}

/** The event a call makes, if any: kind, api and key. */
function eventOf(call: TsCall, lowering: TsLowering, scope: TsScope): { kind: EventKind; api: string; key: string; idempotent: boolean } | undefined {
  const method = call.method!;
  const configured = configuredKind(call, lowering);
  const receiver = call.receiverNode ? dottedName(call.receiverNode) : undefined;
  let kind: EventKind | undefined = configured?.kind ?? SPECIFIC.get(method);
  if (!kind) {
    kind = GENERIC.get(method);
    if (kind && !isCacheLike(receiver, lowering)) kind = undefined;
  }
  if (!kind) return undefined;
  const owner = receiver ? lastSegment(receiver) : '';
  let key: string | undefined;
  if (HANDLE_METHODS.has(method) && call.argNodes.length === 0 && receiver && !receiver.includes('.')) {
    key = scopedLookup(state(lowering).handles, receiver, scope);
  } else if (MEMBER_KEYED.has(method) && call.argNodes.length >= 2) {
    const name = shapeOf(call.argNodes[0]!, lowering, scope);
    const member = shapeOf(call.argNodes[1]!, lowering, scope);
    if (/<token>|<claims>/.test(name + member)) key = `${owner}:${name}|${member}`;
  } else if (call.argNodes[0]) {
    const shape = keyShape(call.argNodes[0], lowering, scope);
    if (shape !== undefined) key = `${owner}:${shape}`;
  }
  if (key === undefined) return undefined;
  return { kind, api: receiver ? `${receiver}.${method}` : method, key, idempotent: configured?.idempotent ?? false };
}

function setRole(fn: FunctionModel | undefined, role: Role): void {
  if (fn && !fn.role) fn.role = role;
}

/** `res.on('finish', () => …)`: the listener runs after the response, once per request. */
function onListener(call: TsCall, lowering: TsLowering, scope: TsScope): void {
  const event = call.args[0];
  const listener = call.argNodes[1];
  if (event?.kind !== 'string' || !FINISH_EVENTS.has(event.value) || !listener) return;
  const fn = lowering.functionOf.get(unwrap(listener));
  if (!fn) return;
  fn.role = 'finish-listener';
  if (scope.fn) fn.registeredBy = scope.fn.id;
}

/** `app.get('/x', auth, (req, res) => …)`: the last function argument is the route handler. */
function onRoute(call: TsCall, lowering: TsLowering): void {
  const receiver = call.receiverNode ? dottedName(call.receiverNode) : undefined;
  if (!receiver || !/^(?:app|router|\w+Router|api|server)$/.test(receiver)) return;
  const last = call.argNodes.at(-1);
  const fn = last ? lowering.functionOf.get(unwrap(last)) : undefined;
  if (fn && call.method !== 'use') setRole(fn, 'route');
}

export const tsResourcesRecognizer: TsRecognizer = {
  // only the exactly-once rules read resource events: with both off, no event or graph is built
  readBy: [
    ['TG501', 'double-release'],
    ['TG502', 'release-missing'],
  ],
  onCall(call, lowering, scope) {
    const method = call.method;
    if (method === undefined) return undefined;
    // the O(1) check first: most calls are none of these
    const isResource = GENERIC.has(method) || SPECIFIC.has(method) || state(lowering).configured.has(method);
    if (!isResource && method !== 'on' && method !== 'once' && !ROUTE_METHODS.has(method)) return undefined;
    if (method === 'on' || method === 'once') onListener(call, lowering, scope);
    if (ROUTE_METHODS.has(method) && call.argNodes.length >= 2) onRoute(call, lowering);
    if (!isResource || !scope.fn || lowering.isSilent) return undefined;
    // keys come from tokens: skip functions that have not touched one (unless a captured key shape exists)
    const current = state(lowering);
    if (!scope.fn.touchesToken && current.shapes.size === 0 && current.handles.size === 0) return undefined;
    const event = eventOf(call, lowering, scope);
    if (!event) return undefined;
    const recorded: ResourceEvent = { ...event, loc: lowering.loc(call.node), offset: call.node.pos };
    (scope.fn.events ??= []).push(recorded);
    return undefined;
  },

  onAssign(target, value, valueNode, lowering, scope) {
    if (!ts.isIdentifier(target)) return;
    const current = state(lowering);
    if (scope === lowering.moduleScope) {
      const init = unwrap(valueNode);
      const factory = ts.isNewExpression(init) || ts.isCallExpression(init) ? dottedName(init.expression) : undefined;
      if (factory && CONTAINER_FACTORIES.test(factory)) current.containers.add(target.text);
      return;
    }
    // claims from a helper mark the function as token-touching too (its keys may come from them)
    if (scope.fn && value.kind === 'claims') scope.fn.touchesToken = true;
    if (!scope.fn?.touchesToken) return;
    const slot = `${scope.fn?.id ?? 0}:${target.text}`;
    const init = unwrap(valueNode);
    // const ok = await redis.set(key, '1', 'NX'): a later `if (!ok)` tests this acquire
    const lastEvent = scope.fn?.events?.at(-1);
    if (lastEvent?.kind === 'acquire' && lastEvent.offset === init.pos) lastEvent.boundTo = target.text;
    const hashing = ts.isCallExpression(init) && HASHING.has(calleeName(init) ?? '');
    if (presentedToken(value) || value.kind === 'claims' || ts.isTemplateExpression(init) || ts.isBinaryExpression(init) || hashing) {
      const shape = keyShape(valueNode, lowering, scope);
      if (shape !== undefined) {
        current.shapes.set(slot, shape);
        return;
      }
    }
    // const lock = await redlock.acquire([`lock:${claims.jti}`], 5000): lock.release() releases that key
    if (ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression) && HANDLE_METHODS.has(init.expression.name.text)) {
      const handleEvent = scope.fn?.events?.at(-1);
      if (handleEvent && handleEvent.offset === init.pos) current.handles.set(slot, handleEvent.key);
    }
  },

  onFunction(node, fn, lowering) {
    state(lowering).nodes.set(fn.id, node);
    const parameters = node.parameters;
    const names = parameters.map((parameter) => (ts.isIdentifier(parameter.name) ? parameter.name.text : ''));
    if (names.length === 4 && ERROR_PARAM.test(names[0]!) && names[3] === 'next') setRole(fn, 'error-handler');
    else if (names.length === 3 && names[2] === 'next') setRole(fn, 'middleware');
  },

  onModuleEnd(lowering) {
    const current = state(lowering);
    for (const fn of lowering.model.functions) {
      if (!fn.events?.length) continue;
      const node = current.nodes.get(fn.id);
      // the tree is not kept after lowering, so the graph is built now, only for functions with events
      if (node) fn.cfg = buildTsCfg(node, lowering.sourceFile, fn.events);
    }
  },
};
