/**
 * JS/TS recognizer: token-derived values reaching logs, URLs, responses, cache keys and
 * browser storage, and tokens read from query strings.
 */
import { ts } from 'ts-morph';
import type { SinkKind, Value } from '../../../model/types.js';
import { firstToken, type TokenValue } from '../../../model/values.js';
import type { TsCall, TsLowering, TsRecognizer, TsScope } from '../lowering-api.js';
import { dottedName } from '../syntax.js';
import { isTokenLikeTsName } from '../sources.js';

const LOG_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'fatal', 'verbose', 'silly', 'http', 'notice', 'critical']);
/** Receivers that are loggers: console, pino/winston/bunyan instances, NestJS Logger, req.log, fastify.log. */
const LOGGER_RECEIVER = /^(?:console|logger|log|_logger|this\.logger|this\.log|this\._logger|req\.log|request\.log|fastify\.log|app\.log|server\.log|ctx\.log|Logger)$|(?:^|\.)(?:logger|log)$/;

const CACHE_METHODS = new Set(['get', 'set', 'setex', 'setEx', 'psetex', 'setnx', 'setNX', 'del', 'delete', 'unlink', 'expire', 'pexpire', 'exists', 'hget', 'hset', 'hdel', 'incr', 'incrby', 'getset', 'has', 'peek', 'take', 'ttl', 'getdel', 'getDel']);
const CACHE_RECEIVER = /(?:^|\.)(?:redis|redisClient|client|cache|store|tokenCache|sessionStore|sessions|lru|lruCache|nodeCache|memcached|keyv|rateLimiter|limiter|blacklist|denylist|revoked|kv)$/i;

const RESPONSE_METHODS = new Set(['send', 'json', 'end', 'write', 'jsonp']);
const RESPONSE_RECEIVER = /^(?:res|response|reply|ctx\.response|h)$|(?:^|\.)status\(\)$/;
const RESPONSE_FACTORIES = new Set(['Response.json', 'NextResponse.json', 'new Response', 'new NextResponse']);
const HTTP_EXCEPTIONS = /(?:Exception|Error|HttpError)$/;

const QUERY_EXTRACTORS = new Set(['fromUrlQueryParameter', 'fromUrlQuery']);

interface State {
  /** Names of module-level `new Map()` / `new Set()` caches. */
  maps: Set<string>;
  /** Names bound to a logger factory's result: pino(), winston.createLogger(), bunyan.createLogger(). */
  loggers: Set<string>;
}

const LOGGER_FACTORY = /^(?:pino|pino\.default|winston\.createLogger|bunyan\.createLogger|log4js\.getLogger|@nestjs\/common\.Logger|signale\.Signale|consola\.create|tslog\.Logger)\(\)$/;

function state(lowering: TsLowering): State {
  let current = lowering.state.get('ts-sinks') as State | undefined;
  if (!current) {
    current = { maps: new Set(), loggers: new Set() };
    lowering.state.set('ts-sinks', current);
  }
  return current;
}

function record(lowering: TsLowering, sink: SinkKind, api: string, node: ts.Node, value: TokenValue, detail?: string): void {
  if (lowering.isSilent) return;
  lowering.model.flows.push({ sink, api, loc: lowering.loc(node), value, hashed: false, ...(detail ? { detail } : {}) });
}

function tokenIn(values: Value[]): TokenValue | undefined {
  for (const value of values) {
    const token = firstToken(value);
    if (token) return token;
  }
  return undefined;
}

function configured(lowering: TsLowering, list: 'loggers' | 'caches', name: string | undefined): boolean {
  return name !== undefined && lowering.config.names[list].some((configuredName) => name === configuredName || name.endsWith(`.${configuredName}`));
}

/** A synthetic token value for browser storage, where the stored value's origin is unknown. */
function namedToken(name: string, lowering: TsLowering, node: ts.Node): TokenValue {
  return { kind: 'token', source: { kind: 'named', name, loc: lowering.loc(node), strength: 'strong' }, transforms: [], name };
}

function cookieOptions(value: Value | undefined): { httpOnly: boolean; secure: boolean } {
  if (value?.kind !== 'dict') return { httpOnly: false, secure: false };
  const flag = (key: string): boolean => {
    const entry = value.entries.find((candidate) => candidate.key === key)?.value;
    // a non-literal flag (e.g. secure: isProduction) is taken as set
    return entry !== undefined && !(entry.kind === 'bool' && !entry.value);
  };
  return { httpOnly: flag('httpOnly'), secure: flag('secure') };
}

export const tsSinksRecognizer: TsRecognizer = {
  onAssign(target, value, valueNode, lowering, scope) {
    // const cache = new Map()
    if (ts.isIdentifier(target) && scope === lowering.moduleScope && ts.isNewExpression(valueNode) && ts.isIdentifier(valueNode.expression) && ['Map', 'Set', 'WeakMap'].includes(valueNode.expression.text)) {
      state(lowering).maps.add(target.text);
    }
    if (ts.isIdentifier(target) && value.kind === 'unknown' && value.name && LOGGER_FACTORY.test(value.name)) state(lowering).loggers.add(target.text);
    const name = ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target) ? dottedName(target) : undefined;
    if (!name) return;
    const token = firstToken(value);
    // document.cookie = `token=${t}`: a cookie scripts can read (never httpOnly)
    if (name === 'document.cookie') {
      const cookieName = valueNode && ts.isTemplateExpression(valueNode) ? valueNode.head.text.split('=')[0] : ts.isStringLiteralLike(valueNode) ? valueNode.text.split('=')[0] : undefined;
      if (token || (cookieName && isTokenLikeTsName(cookieName.trim()))) record(lowering, 'storage', 'document.cookie', target.parent ?? target, token ?? namedToken(cookieName ?? 'cookie', lowering, target), 'a cookie set from script cannot be httpOnly');
      return;
    }
    // localStorage.token = t / localStorage['jwt'] = t
    const storage = /^(?:window\.)?(localStorage|sessionStorage)\.(.+)$/.exec(name);
    if (storage && (token || isTokenLikeTsName(storage[2]!))) {
      record(lowering, 'storage', storage[1]!, target.parent ?? target, token ?? namedToken(storage[2]!, lowering, target));
      return;
    }
    if (!token) return;
    // ctx.body = token (Koa)
    if (name === 'ctx.body' || name === 'ctx.response.body') record(lowering, 'response', name, target.parent ?? target, token);
  },

  onCall(call: TsCall, lowering: TsLowering, scope: TsScope): Value | undefined {
    const { method } = call;
    if (!method) return undefined;
    const receiverName = call.receiverNode ? (lowering.qualifiedName(call.receiverNode) ?? receiverShape(call.receiverNode)) : undefined;

    if (QUERY_EXTRACTORS.has(method) && (call.callee?.includes('ExtractJwt') ?? false)) {
      const first = call.argNodes[0];
      lowering.model.queryReads.push({ name: first && ts.isStringLiteralLike(first) ? first.text : 'query', loc: lowering.loc(call.node), api: call.callee ?? method });
      return undefined;
    }

    // localStorage.setItem('token', value)
    if (method === 'setItem' && receiverName && /^(?:window\.)?(?:localStorage|sessionStorage)$/.test(receiverName)) {
      const key = call.argNodes[0];
      const keyName = key && ts.isStringLiteralLike(key) ? key.text : undefined;
      const token = tokenIn(call.args.slice(1));
      if (token || (keyName && isTokenLikeTsName(keyName.replace(/[-.]/g, '_')))) {
        record(lowering, 'storage', `${receiverName.replace(/^window\./, '')}.setItem`, call.node, token ?? namedToken(keyName ?? 'token', lowering, call.node));
      }
      return undefined;
    }

    // res.cookie('token', value, { httpOnly, secure })
    if (method === 'cookie' && receiverName && /^(?:res|response|reply|ctx\.cookies|cookies\(\))$/.test(receiverName)) {
      const key = call.argNodes[0];
      const keyName = key && ts.isStringLiteralLike(key) ? key.text : undefined;
      const token = tokenIn(call.args.slice(1, 2));
      if (token || (keyName && isTokenLikeTsName(keyName.replace(/[-.]/g, '_')))) {
        const flags = cookieOptions(call.args[2]);
        const missing = [!flags.httpOnly && 'httpOnly', !flags.secure && 'secure'].filter(Boolean).join(' and ');
        if (missing) record(lowering, 'storage', `${receiverName}.cookie`, call.node, token ?? namedToken(keyName ?? 'token', lowering, call.node), `set without ${missing}`);
      }
      return undefined;
    }

    const token = tokenIn(call.args);
    if (!token) return undefined;


    const isLogger = receiverName !== undefined && (LOGGER_RECEIVER.test(receiverName) || state(lowering).loggers.has(receiverName));
    if ((LOG_METHODS.has(method) && isLogger) || configured(lowering, 'loggers', call.callee)) {
      record(lowering, 'log', call.callee ?? `${receiverName}.${method}`, call.node, token);
      return undefined;
    }

    if (CACHE_METHODS.has(method) && receiverName) {
      const keyToken = firstToken(call.args[0] ?? { kind: 'unknown' });
      const isCache = CACHE_RECEIVER.test(receiverName) || state(lowering).maps.has(receiverName) || configured(lowering, 'caches', receiverName);
      if (keyToken && isCache) record(lowering, 'cache-key', `${receiverName}.${method}`, call.node, keyToken);
      if (isCache) return undefined;
    }

    if (RESPONSE_METHODS.has(method) && receiverName && RESPONSE_RECEIVER.test(receiverName)) {
      record(lowering, 'response', `${receiverName}.${method}`, call.node, token);
      return undefined;
    }
    const factory = call.isNew ? `new ${call.callee ?? method}` : call.callee;
    if (factory && RESPONSE_FACTORIES.has(factory)) {
      record(lowering, 'response', factory, call.node, token);
      return undefined;
    }
    if (call.isNew && HTTP_EXCEPTIONS.test(method) && isInThrow(call.node)) {
      record(lowering, 'response', `throw new ${method}`, call.node, token);
      return undefined;
    }
    if (method === 'redirect' && receiverName && RESPONSE_RECEIVER.test(receiverName)) {
      record(lowering, 'url', `${receiverName}.redirect`, call.node, token);
      return undefined;
    }
    // URL building: url.searchParams.set('token', t), new URLSearchParams({ token }), axios/fetch params
    if ((method === 'set' || method === 'append') && receiverName?.endsWith('searchParams')) {
      record(lowering, 'url', `${receiverName}.${method}`, call.node, token);
      return undefined;
    }
    if (call.isNew && method === 'URLSearchParams') {
      record(lowering, 'url', 'new URLSearchParams', call.node, token);
      return undefined;
    }
    const inUrl = call.args.map(firstToken).find((candidate) => candidate?.transforms.includes('url'));
    if (inUrl) {
      record(lowering, 'url', call.callee ?? method, call.node, inUrl);
      return undefined;
    }
    const options = call.args.find((argument) => argument.kind === 'dict');
    const params = options?.kind === 'dict' ? options.entries.find((entry) => entry.key === 'params')?.value : undefined;
    const paramsToken = params ? firstToken(params) : undefined;
    if (paramsToken) {
      record(lowering, 'url', call.callee ?? method, call.node, paramsToken);
      return undefined;
    }
    void scope;
    return undefined;
  },
};

/** `res.status(401).json(...)` has no dotted name: describe the receiver's shape. */
function receiverShape(node: ts.Expression): string | undefined {
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    const head = dottedName(node.expression.expression);
    if (node.expression.name.text === 'status' && head) return head;
    return `${node.expression.name.text}()`;
  }
  return undefined;
}

function isInThrow(node: ts.Node): boolean {
  let current = node.parent;
  while (current && (ts.isParenthesizedExpression(current) || ts.isAwaitExpression(current))) current = current.parent;
  return current !== undefined && ts.isThrowStatement(current);
}

