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
    // this.tokenMap[token] = user, revoked[token] = true: an object used as an in-memory store keyed by the raw token
    if (ts.isElementAccessExpression(target)) {
      const store = dottedName(target.expression);
      const index = lowering.evalExpr(target.argumentExpression, scope);
      const keyToken = firstToken(index);
      if (store && keyToken && index.kind === 'token' && !keyToken.transforms.includes('split')) {
        record(lowering, 'cache-key', `${store}[…]`, target.parent ?? target, keyToken);
        return;
      }
    }
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

    // res.cookie('token', value, { httpOnly, secure }), reply.setCookie(…), cookies().set(…) (Next.js), setCookie(c, …) (Hono)
    const serverCookie = serverCookieCall(call, receiverName, lowering, scope);
    if (serverCookie) {
      const { offset, api } = serverCookie;
      const key = call.argNodes[offset];
      const keyName = key && ts.isStringLiteralLike(key) ? key.text : undefined;
      const token = tokenIn(call.args.slice(offset + 1, offset + 2));
      if (token || (keyName && isTokenLikeTsName(keyName.replace(/[-.]/g, '_')))) {
        const flags = cookieOptions(call.args[offset + 2]);
        const missing = [!flags.httpOnly && 'httpOnly', !flags.secure && 'secure'].filter(Boolean).join(' and ');
        if (missing) record(lowering, 'storage', api, call.node, token ?? namedToken(keyName ?? 'token', lowering, call.node), `set without ${missing}`);
      }
      return undefined;
    }

    // ngx-cookie(-service) `cookieService.put/set`, js-cookie `Cookies.set`, universal-cookie: set from script, never httpOnly
    if (isScriptCookieCall(call, receiverName, lowering, scope)) {
      const key = call.argNodes[0];
      const keyName = key && ts.isStringLiteralLike(key) ? key.text : undefined;
      const token = tokenIn(call.args.slice(1, 2));
      if (token || (keyName && isTokenLikeTsName(keyName.replace(/[-.]/g, '_')))) record(lowering, 'storage', `${(call.receiverNode && dottedName(call.receiverNode)) ?? receiverName}.${method}`, call.node, token ?? namedToken(keyName ?? 'token', lowering, call.node), 'set from script, so it cannot be httpOnly');
      return undefined;
    }

    // res.setHeader('Set-Cookie', `token=${t}; Path=/; HttpOnly`), new Response(body, { headers: { 'Set-Cookie': … } })
    if (recordSetCookieHeaders(call, receiverName, lowering, scope)) return undefined;

    // persistReducer({ key, storage, whitelist: ['auth'] }, reducer) (redux-persist), persist(…, { name }) (zustand)
    recordPersistedState(call, lowering);

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
      if (!isProviderTokenQuery(call, lowering)) record(lowering, 'url', `${receiverName}.${method}`, call.node, token);
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

// ---- tokens in URLs ----

/** Identity-provider endpoints whose documented interface takes the token to inspect as a query parameter. */
const PROVIDER_TOKEN_ENDPOINT = /\/(?:debug_token|tokeninfo|oauth2\/v\d\/tokeninfo)(?:[?#]|$)/;
/** Query parameters those providers define for it: Facebook's debug_token input_token, the Graph API's long-lived token exchange. */
const PROVIDER_TOKEN_PARAM = /^(?:input_token|fb_exchange_token|ig_exchange_token)$/;

/**
 * `url.searchParams.set('input_token', token)` on `new URL(`${graph}/debug_token`)`: a server
 * asking the provider that issued a token about it, in the one form the provider accepts.
 * The token goes to its issuer over TLS; there is nothing to move to a header.
 */
function isProviderTokenQuery(call: TsCall, lowering: TsLowering): boolean {
  const name = call.argNodes[0];
  if (name && ts.isStringLiteralLike(name) && PROVIDER_TOKEN_PARAM.test(name.text)) return true;
  const owner = call.receiverNode && ts.isPropertyAccessExpression(call.receiverNode) ? unwrapExpression(call.receiverNode.expression) : undefined;
  const init = owner && ts.isIdentifier(owner) ? declaredInitializer(owner) : owner;
  if (!init || !ts.isNewExpression(init) || !init.arguments?.[0]) return false;
  return PROVIDER_TOKEN_ENDPOINT.test(init.arguments[0].getText(lowering.sourceFile).replace(/[`'"]/g, ''));
}

/** The initializer of the nearest earlier `const name = …` in the enclosing function. */
function declaredInitializer(name: ts.Identifier): ts.Expression | undefined {
  let body: ts.Node = name;
  while (body.parent && !ts.isFunctionLike(body) && !ts.isSourceFile(body)) body = body.parent;
  let found: ts.Expression | undefined;
  const visit = (node: ts.Node): void => {
    if (node !== body && ts.isFunctionLike(node)) return;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name.text && node.initializer && node.pos < name.pos) found = unwrapExpression(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}

// ---- cookies and persisted state ----

/** Server-side cookie APIs whose defaults leave httpOnly and secure off: where the cookie name is and how the call is named. */
function serverCookieCall(call: TsCall, receiverName: string | undefined, lowering: TsLowering, scope: TsScope): { offset: number; api: string } | undefined {
  const { method } = call;
  if (method === 'cookie' && receiverName && /^(?:res|response|reply|ctx\.cookies|cookies\(\))$/.test(receiverName)) return { offset: 0, api: `${receiverName}.cookie` };
  if (method === 'setCookie' && receiverName && /^(?:reply|res|response)$/.test(receiverName)) return { offset: 0, api: `${receiverName}.setCookie` };
  if (method === 'setCookie' && call.callee === 'hono/cookie.setCookie') return { offset: 1, api: 'setCookie' };
  if (method === 'set' && call.receiverNode) {
    // cookies().set(…), (await cookies()).set(…), const store = await cookies(); store.set(…), NextResponse's response.cookies.set(…)
    const receiver = unwrapExpression(call.receiverNode);
    const bound = ts.isIdentifier(receiver) ? lowering.lookup(receiver.text, scope) : undefined;
    const nextCookies = (ts.isCallExpression(receiver) && lowering.qualifiedName(receiver.expression) === 'next/headers.cookies') || (bound?.kind === 'unknown' && bound.name === 'next/headers.cookies()');
    if (nextCookies) return { offset: 0, api: 'cookies().set' };
    if (receiverName && /^(?:res|response|\w*[rR]esponse)\.cookies$/.test(receiverName)) return { offset: 0, api: `${receiverName}.set` };
  }
  return undefined;
}

/** Cookie APIs that run in the browser: what they set is readable by any script on the page. */
function isScriptCookieCall(call: TsCall, receiverName: string | undefined, lowering: TsLowering, scope: TsScope): boolean {
  const { method } = call;
  if (!receiverName || !method) return false;
  if (receiverName === 'js-cookie' && method === 'set') return true;
  if (/(?:^|\.)_?cookies?Service$/i.test(receiverName) && (method === 'put' || method === 'set' || method === 'putObject')) return true;
  const bound = call.receiverNode && ts.isIdentifier(call.receiverNode) ? lowering.lookup(call.receiverNode.text, scope) : undefined;
  return method === 'set' && bound?.kind === 'unknown' && /^(?:universal-cookie|react-cookie)(?:\.Cookies)?\(\)$/.test(bound.name ?? '');
}

const SET_COOKIE_METHODS = new Set(['setHeader', 'set', 'header', 'append', 'writeHead']);

/** `Set-Cookie` written as a header string: the cookie's name and attributes are in the text. True when the call sets one. */
/** Whether a file's text names the header at all: without it, no call's object arguments are searched for it. */
const namesSetCookie = new WeakMap<ts.SourceFile, boolean>();

function fileNamesSetCookie(sourceFile: ts.SourceFile): boolean {
  let names = namesSetCookie.get(sourceFile);
  if (names === undefined) namesSetCookie.set(sourceFile, (names = /set-cookie/i.test(sourceFile.text)));
  return names;
}

function recordSetCookieHeaders(call: TsCall, receiverName: string | undefined, lowering: TsLowering, scope: TsScope): boolean {
  if (!fileNamesSetCookie(lowering.sourceFile)) return false;
  const { method, argNodes } = call;
  const first = argNodes[0];
  if (method && SET_COOKIE_METHODS.has(method) && first && ts.isStringLiteralLike(first) && first.text.toLowerCase() === 'set-cookie' && argNodes[1]) {
    for (const value of headerValues(argNodes[1])) recordSetCookie(value, `${receiverName ?? 'response'}.${method}('Set-Cookie')`, lowering, scope);
    return true;
  }
  let found = false;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isPropertyAssignment(node) && propertyKeyText(node.name)?.toLowerCase() === 'set-cookie') {
      for (const value of headerValues(node.initializer)) recordSetCookie(value, `${call.isNew ? 'new ' : ''}${dottedName(call.node.expression) ?? method ?? 'a call'} headers`, lowering, scope);
      found = true;
      return;
    }
    ts.forEachChild(node, visit);
  };
  for (const argument of argNodes) if (ts.isObjectLiteralExpression(unwrapExpression(argument))) visit(argument);
  return found;
}

function headerValues(node: ts.Expression): ts.Expression[] {
  const current = unwrapExpression(node);
  return ts.isArrayLiteralExpression(current) ? current.elements.filter((element) => !ts.isSpreadElement(element)) : [current];
}

function recordSetCookie(node: ts.Expression, api: string, lowering: TsLowering, scope: TsScope): void {
  const current = unwrapExpression(node);
  const text = ts.isStringLiteralLike(current) ? current.text : ts.isTemplateExpression(current) ? current.head.text + current.templateSpans.map((span) => `\u0000${span.literal.text}`).join('') : undefined;
  if (text === undefined) return;
  const cookieName = text.split('=')[0]!.trim();
  const token = firstToken(lowering.evalExpr(current, scope));
  if (!token && !isTokenLikeTsName(cookieName.replace(/[-.]/g, '_'))) return;
  const attributes = text.includes(';') ? text.slice(text.indexOf(';')) : '';
  const missing = [!/;\s*httponly\b/i.test(attributes) && 'httpOnly', !/;\s*secure\b/i.test(attributes) && 'secure'].filter(Boolean).join(' and ');
  if (missing) record(lowering, 'storage', api, current, token ?? namedToken(cookieName || 'token', lowering, current), `set without ${missing}`);
}

/** redux-persist's storage engines that write to the browser's localStorage / sessionStorage. */
const WEB_STORAGE_MODULE = /^redux-persist\/(?:lib|es)\/storage(?:\/session)?(?:\.default)?$/;
/** Reducers, slices and stores that hold the session: the user, the auth state, tokens. */
const AUTH_STATE_NAME = /user|auth|session|token|login|account|credential|identity|jwt/i;

/**
 * Auth state persisted to web storage by a state library: redux-persist's `persistReducer`
 * / `persistCombineReducers` with the localStorage or sessionStorage engine, and zustand's
 * `persist`, which uses localStorage unless told otherwise. What is persisted is named by
 * the whitelist (or, without one, by the key or the reducer; for zustand by the store's
 * name or its token fields); reported when that is the user or auth state.
 */
function recordPersistedState(call: TsCall, lowering: TsLowering): void {
  const api = call.callee;
  if (api === 'redux-persist.persistReducer' || api === 'redux-persist.persistCombineReducers') {
    const configNode = objectLiteralOf(call.argNodes[0], lowering);
    const config = call.args[0];
    if (!configNode || config?.kind !== 'dict') return;
    const engine = webStorageEngine(config.entries.find((entry) => entry.key === 'storage')?.value);
    if (!engine) return;
    const where = `${engine} (redux-persist)`;
    const whitelist = propertyInitializer(configNode, 'whitelist');
    if (whitelist && ts.isArrayLiteralExpression(whitelist)) {
      for (const element of whitelist.elements) if (ts.isStringLiteralLike(element) && AUTH_STATE_NAME.test(element.text)) record(lowering, 'storage', where, element, namedToken(element.text, lowering, element));
      return;
    }
    const blacklist = propertyInitializer(configNode, 'blacklist');
    if (blacklist && ts.isArrayLiteralExpression(blacklist) && blacklist.elements.some((element) => ts.isStringLiteralLike(element) && AUTH_STATE_NAME.test(element.text))) return;
    const key = config.entries.find((entry) => entry.key === 'key')?.value;
    const reducer = call.argNodes[1] ? dottedName(call.argNodes[1]) : undefined;
    const named = [key?.kind === 'string' ? key.value : undefined, reducer].find((name) => name !== undefined && AUTH_STATE_NAME.test(name));
    if (named) record(lowering, 'storage', where, call.node, namedToken(named, lowering, call.node));
    return;
  }
  if (api === 'zustand/middleware.persist' && call.argNodes.length >= 2) {
    const optionsNode = objectLiteralOf(call.argNodes[1], lowering);
    if (!optionsNode) return;
    const storage = propertyInitializer(optionsNode, 'storage')?.getText(lowering.sourceFile);
    const engine = storage === undefined || /\blocalStorage\b/.test(storage) ? 'localStorage' : /\bsessionStorage\b/.test(storage) ? 'sessionStorage' : undefined;
    if (!engine) return;
    const nameNode = propertyInitializer(optionsNode, 'name');
    const name = nameNode && ts.isStringLiteralLike(nameNode) ? nameNode.text : undefined;
    const holdsToken = /\b(?:access_?[tT]oken|refresh_?[tT]oken|token|jwt|idToken|authToken)\s*[:?]/.test(call.argNodes[0]!.getText(lowering.sourceFile));
    if (holdsToken || (name !== undefined && AUTH_STATE_NAME.test(name))) record(lowering, 'storage', `${engine} (zustand persist)`, call.node, namedToken(name ?? 'store', lowering, call.node));
  }
}

function webStorageEngine(storage: Value | undefined): string | undefined {
  if (storage?.kind !== 'unknown' || !storage.name) return undefined;
  if (WEB_STORAGE_MODULE.test(storage.name)) return storage.name.includes('/session') ? 'sessionStorage' : 'localStorage';
  const direct = /^(?:window\.)?(localStorage|sessionStorage)$/.exec(storage.name);
  return direct ? direct[1] : undefined;
}

function unwrapExpression(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isNonNullExpression(current) || ts.isAwaitExpression(current) || ts.isSatisfiesExpression(current)) current = current.expression;
  return current;
}

/** An object literal written here, or the one a module-level constant of that name is initialised with. */
function objectLiteralOf(node: ts.Expression | undefined, lowering: TsLowering): ts.ObjectLiteralExpression | undefined {
  if (!node) return undefined;
  const current = unwrapExpression(node);
  if (ts.isObjectLiteralExpression(current)) return current;
  if (!ts.isIdentifier(current)) return undefined;
  for (const statement of lowering.sourceFile.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== current.text || !declaration.initializer) continue;
      const init = unwrapExpression(declaration.initializer);
      return ts.isObjectLiteralExpression(init) ? init : undefined;
    }
  }
  return undefined;
}

function propertyInitializer(object: ts.ObjectLiteralExpression, key: string): ts.Expression | undefined {
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && propertyKeyText(property.name) === key) return unwrapExpression(property.initializer);
  }
  return undefined;
}

function propertyKeyText(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteralLike(name) ? name.text : undefined;
}

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

