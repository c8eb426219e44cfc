/**
 * JS/TS recognizer: JWT libraries. Records a JwtOperation for every sign/verify/decode
 * call of jsonwebtoken, jose (v3+), jws, jwt-simple, jwt-decode, passport-jwt, express-jwt,
 * koa-jwt, @nestjs/jwt and @fastify/jwt, with the facts the rules read: key, algorithms,
 * option flags, expiry, claims, and how the decoded claims are used (resultUse).
 *
 * Library notes that decide facts (and so findings):
 * - jose binds the algorithm to the key type (a Uint8Array secret only verifies HS*, an
 *   RSA/EC key or a JWKS only its own family, and never "none"), so a jose jwtVerify
 *   without `algorithms` is 'not-applicable', not 'missing'. An explicit list is kept
 *   (for alg-none / alg-confusion). fast-jwt (@fastify/jwt) does the same.
 * - @nestjs/jwt delegates to jsonwebtoken 9, which restricts unpinned verification to
 *   the key's family; JwtService calls and JwtModule settings record algorithms only when
 *   written. Their expiry comes from JwtModule's signOptions, usually in another file: a
 *   JwtService.sign without expiresIn has opaque claims (payloadClaims null); JwtModule
 *   without signOptions.expiresIn is the encode op that says tokens never expire.
 */
import { ts } from 'ts-morph';
import type { JwtOperation, Value } from '../../../model/types.js';
import type { TsCall, TsLowering, TsRecognizer, TsScope } from '../lowering-api.js';
import type { TokenValue } from '../../../model/values.js';
import { dottedName, propertyKey } from '../syntax.js';
import { durationSeconds, expiryFromNow, type Expiry } from './lifetimes.js';
import { importedFunction, writtenCallee } from '../imported-calls.js';
import { definedIn } from '../../summaries.js';

type Claims = Extract<Value, { kind: 'claims' }>;
type Dict = Extract<Value, { kind: 'dict' }>;

/**
 * What the claims of one operation were used for; the strongest wins. 'lookup': handed to a
 * call (a user or tenant lookup): a decision, unless a verified decode of the same token
 * follows in the function, when it is the lookup of the key that verifies it. 'returned':
 * the function returns them whole (its callers decide).
 */
type Use = 'decision' | 'lookup' | 'returned' | 'key-selection' | 'other';

interface BuilderState {
  library: 'jose';
  unsecured: boolean;
  payload: Value | undefined;
  payloadNode: ts.Expression | undefined;
  claims: Set<string>;
  algorithm: Value | undefined;
  expiresInSeconds: number | undefined;
  expiresAt: ts.Node | undefined;
}

interface JwtState {
  /** Op id → node of its key argument (for the secrets recognizer). */
  keyNodes: Map<number, ts.Expression>;
  uses: Map<number, Set<Use>>;
  builders: Map<string, BuilderState>;
  /** Class property names holding an injected JwtService (`this.jwtService`). */
  jwtServiceProps: Set<string>;
  /** Subjects that are request-borne tokens, per op id. */
  requestSubjects: Set<number>;
}

const STATE_KEY = 'ts-jwt';

export function jwtState(lowering: TsLowering): JwtState {
  let state = lowering.state.get(STATE_KEY) as JwtState | undefined;
  if (!state) {
    state = { keyNodes: new Map(), uses: new Map(), builders: new Map(), jwtServiceProps: new Set(), requestSubjects: new Set() };
    lowering.state.set(STATE_KEY, state);
  }
  return state;
}

/** `jose/jwt/verify.jwtVerify` → 'jose.jwtVerify'; `x.default.y` → 'x.y'. */
function normalise(callee: string | undefined): string | undefined {
  if (!callee) return undefined;
  let name = callee.replace(/\.default(?=\.|$)/g, '');
  if (name.startsWith('jose/')) name = `jose.${name.slice(name.lastIndexOf('.') + 1)}`;
  if (name.startsWith('fastify-jwt') || name.startsWith('@fastify/jwt')) name = name.replace(/^(?:fastify-jwt|@fastify\/jwt)/, '@fastify/jwt');
  return name;
}

// ---- small value helpers ----

function entry(value: Value | undefined, key: string): Value | undefined {
  return value?.kind === 'dict' ? value.entries.find((item) => item.key === key)?.value : undefined;
}

function asDict(value: Value | undefined): Dict | undefined {
  return value?.kind === 'dict' ? value : undefined;
}

function unwrapNode(node: ts.Expression | undefined): ts.Expression | undefined {
  let current = node;
  while (current && (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current) || ts.isNonNullExpression(current) || ts.isAwaitExpression(current))) current = current.expression;
  return current;
}

/** The initializer of `key` in an object literal node (`{ secret: … }`), when written there. */
export function propertyNode(node: ts.Expression | undefined, key: string): ts.Expression | undefined {
  const object = unwrapNode(node);
  if (!object || !ts.isObjectLiteralExpression(object)) return undefined;
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && propertyKey(property.name) === key) return property.initializer;
    if (ts.isShorthandPropertyAssignment(property) && property.name.text === key) return property.name;
  }
  return undefined;
}

function isTrue(value: Value | undefined): boolean {
  return value?.kind === 'bool' && value.value;
}

/** `null`, `undefined`, `false`, `''` as a key: nothing to verify with. */
function isNoKey(value: Value | undefined): boolean {
  return value !== undefined && (value.kind === 'none' || (value.kind === 'bool' && !value.value) || (value.kind === 'string' && value.value === ''));
}

function claimNames(payload: Value | undefined): string[] | null {
  if (payload?.kind === 'dict') return payload.entries.flatMap((item) => (item.key === null ? [] : [item.key]));
  if (payload?.kind === 'string') return [];
  return null;
}

/** 'refresh', 'other' (reset/verification links) or 'access' from the payload's type claim or the names around the call. */
function tokenTypeOf(payload: Value | undefined, call: TsCall, scope: TsScope): JwtOperation['tokenType'] {
  const typeClaim = entry(payload, 'type') ?? entry(payload, 'typ') ?? entry(payload, 'token_type') ?? entry(payload, 'tokenType') ?? entry(payload, 'purpose');
  const words = [typeClaim?.kind === 'string' ? typeClaim.value : '', assignedName(call.node) ?? '', scope.fn?.name ?? ''].join(' ');
  if (/refresh/i.test(words)) return 'refresh';
  if (/reset|verif|invit|confirm|magic|activat|unsubscribe|password/i.test(words)) return 'other';
  if (/access/i.test(words)) return 'access';
  return undefined;
}

function assignedName(node: ts.Node): string | undefined {
  let current = node.parent;
  while (current && (ts.isAwaitExpression(current) || ts.isParenthesizedExpression(current) || ts.isAsExpression(current))) current = current.parent;
  if (current && ts.isVariableDeclaration(current) && ts.isIdentifier(current.name)) return current.name.text;
  if (current && ts.isPropertyAssignment(current)) return propertyKey(current.name) ?? undefined;
  if (current && ts.isBinaryExpression(current) && current.operatorToken.kind === ts.SyntaxKind.EqualsToken) return dottedName(current.left);
  return undefined;
}

/** The expiry of an `exp` claim computed from now (`Math.floor(Date.now() / 1000) + N`, Date arithmetic), in the payload or the object its variable holds. */
function expFromPayload(payloadNode: ts.Expression | undefined, lowering: TsLowering, scope: TsScope): Expiry | undefined {
  const expNode = propertyNode(payloadNode, 'exp') ?? propertyNode(localObject(payloadNode), 'exp');
  return expNode ? expiryFromNow(expNode, lowering, scope) : undefined;
}

/** `const payload = { …, exp }` declared in the function for a payload passed by name. */
function localObject(node: ts.Expression | undefined): ts.Expression | undefined {
  const name = unwrapNode(node);
  if (!name || !ts.isIdentifier(name)) return undefined;
  let body: ts.Node = name;
  while (body.parent && !ts.isFunctionLike(body) && !ts.isSourceFile(body)) body = body.parent;
  let found: ts.Expression | undefined;
  const visit = (current: ts.Node): void => {
    if (found || (current !== body && ts.isFunctionLike(current))) return;
    if (ts.isVariableDeclaration(current) && ts.isIdentifier(current.name) && current.name.text === name.text && current.initializer && current.pos < name.pos) found = current.initializer;
    else ts.forEachChild(current, visit);
  };
  visit(body);
  return found;
}

// ---- recording ----

interface OpInit {
  kind: JwtOperation['kind'];
  api: string;
  library: string;
  call: TsCall;
  scope: TsScope;
  subject?: Value;
  keyNode?: ts.Expression;
  key?: Value;
  algorithms: JwtOperation['algorithms'];
  options?: JwtOperation['options'];
  payloadClaims?: string[] | null;
  expiresInSeconds?: number;
  /** Where a computed expiry is written, when apart from the call (`exp.setDate(exp.getDate() + 60)`). */
  expiresAt?: ts.Node;
  tokenType?: JwtOperation['tokenType'];
  node?: ts.Node;
  wrapper?: JwtOperation['wrapper'];
  /** The library takes the algorithm from the token's header whatever the arguments say (jws's two-argument verify). */
  algorithmsFromToken?: boolean;
}

/** The token an encode returns: issued here, with its purpose when the code says it (a reset link's token is 'other'). */
function issuedToken(init: OpInit, lowering: TsLowering): TokenValue {
  const purpose = init.tokenType;
  return { kind: 'token', source: { kind: 'issued', name: `${init.api}()`, loc: lowering.loc(init.node ?? init.call.node), strength: 'strong', ...(purpose ? { purpose } : {}) }, transforms: [] };
}

function record(lowering: TsLowering, init: OpInit): Claims | TokenValue {
  const id = lowering.newOpId();
  // a verify that cannot check the signature (no key, jwt-simple's noVerify) is an unverified decode, as in the Python front end
  if (init.kind === 'decode' && init.options?.verifySignature === false) init = { ...init, kind: 'unverified-decode' };
  const result: Claims | TokenValue = init.kind === 'encode' ? issuedToken(init, lowering) : { kind: 'claims', verified: init.kind === 'decode' && init.options?.verifySignature !== false, opId: id };
  if (lowering.isSilent) return result;
  const state = jwtState(lowering);
  const op: JwtOperation = {
    id,
    kind: init.kind,
    api: init.api,
    library: init.library,
    loc: lowering.loc(init.node ?? init.call.node),
    subject: init.subject,
    key: init.key,
    keyLoc: init.keyNode ? lowering.loc(init.keyNode) : undefined,
    algorithms: init.algorithms,
    algorithmsFromToken: init.algorithmsFromToken ?? (init.algorithms !== 'missing' && init.algorithms !== 'not-applicable' && fromTokenHeader(init.algorithms)),
    options: init.options ?? {},
    resultUse: 'unused',
    functionId: init.scope.fn?.id,
    ...(init.wrapper ? { wrapper: init.wrapper } : {}),
  };
  if (init.kind === 'encode') {
    op.payloadClaims = init.payloadClaims;
    if (init.expiresInSeconds !== undefined) op.expiresInSeconds = init.expiresInSeconds;
    if (init.expiresAt) op.expiresLoc = lowering.loc(init.expiresAt);
    if (init.tokenType) op.tokenType = init.tokenType;
  }
  lowering.model.jwtOps.push(op);
  if (init.keyNode) state.keyNodes.set(id, init.keyNode);
  if (init.subject?.kind === 'token' && init.subject.source.strength === 'strong' && init.subject.source.kind !== 'issued') state.requestSubjects.add(id);
  lowering.markTokenTouched(init.scope);
  if (init.scope.fn) init.scope.fn.touchesToken = true;
  return result;
}

/** Algorithms read from claims (the token's own unverified header). */
function fromTokenHeader(algorithms: Value): boolean {
  if (algorithms.kind === 'claims') return !algorithms.verified;
  if (algorithms.kind === 'list') return algorithms.items.some((item) => item.kind === 'claims' && !item.verified);
  return false;
}

/** algorithms: ['RS256'] from an options dict; `algorithm: 'HS256'` for signing. */
function algorithmsOf(options: Value | undefined, key: 'algorithms' | 'algorithm'): Value | undefined {
  return entry(options, key);
}

function optionFlags(options: Value | undefined): JwtOperation['options'] {
  const flags: JwtOperation['options'] = {};
  if (isTrue(entry(options, 'ignoreExpiration'))) flags.verifyExp = false;
  return flags;
}

// ---- libraries ----

function jsonwebtoken(call: TsCall, api: string, lowering: TsLowering, scope: TsScope): Value | undefined {
  const method = api.slice('jsonwebtoken.'.length);
  const [first, second, third] = call.args;
  if (method === 'sign') {
    const options = asDict(third);
    const expiresIn = entry(options, 'expiresIn');
    const expiry = expiresIn ? undefined : expFromPayload(call.argNodes[0], lowering, scope);
    const expiresInSeconds = expiresIn ? durationSeconds(expiresIn, 'seconds') : expiry?.seconds;
    const claims = claimNames(first);
    return record(lowering, {
      kind: 'encode',
      api,
      library: 'jsonwebtoken',
      call,
      scope,
      subject: first,
      key: second,
      keyNode: call.argNodes[1],
      algorithms: algorithmsOf(options, 'algorithm') ?? 'missing',
      payloadClaims: claims && expiresIn ? [...claims, 'exp'] : claims,
      ...(expiresInSeconds !== undefined ? { expiresInSeconds } : {}),
      ...(expiry?.at ? { expiresAt: expiry.at } : {}),
      tokenType: tokenTypeOf(first, call, scope),
    });
  }
  if (method === 'verify') {
    const options = asDict(third);
    const flags = optionFlags(options);
    if (isNoKey(second) || call.argNodes.length < 2) flags.verifySignature = false;
    return record(lowering, { kind: 'decode', api, library: 'jsonwebtoken', call, scope, subject: first, key: second, keyNode: call.argNodes[1], algorithms: algorithmsOf(options, 'algorithms') ?? 'missing', options: flags });
  }
  if (method === 'decode') {
    return record(lowering, { kind: 'unverified-decode', api, library: 'jsonwebtoken', call, scope, subject: first, algorithms: 'not-applicable', options: { verifySignature: false } });
  }
  return undefined;
}

function jose(call: TsCall, api: string, lowering: TsLowering, scope: TsScope): Value | undefined {
  const method = api.slice('jose.'.length);
  const [first, second, third] = call.args;
  switch (method) {
    case 'jwtVerify': {
      const options = asDict(third);
      const algorithms = algorithmsOf(options, 'algorithms') ?? 'not-applicable';
      const flags: JwtOperation['options'] = {};
      if (isNoKey(second)) flags.verifySignature = false;
      return record(lowering, { kind: 'decode', api, library: 'jose', call, scope, subject: first, key: second, keyNode: call.argNodes[1], algorithms, options: flags });
    }
    case 'decodeJwt':
    case 'UnsecuredJWT.decode':
      return record(lowering, { kind: 'unverified-decode', api, library: 'jose', call, scope, subject: first, algorithms: 'not-applicable', options: { verifySignature: false } });
    case 'decodeProtectedHeader':
      return record(lowering, { kind: 'header-peek', api, library: 'jose', call, scope, subject: first, algorithms: 'not-applicable' });
    case 'SignJWT':
    case 'UnsecuredJWT': {
      if (!call.isNew) return undefined;
      const state = jwtState(lowering);
      const name = `jose.${method}#${state.builders.size + 1}`;
      state.builders.set(name, { library: 'jose', unsecured: method === 'UnsecuredJWT', payload: first, payloadNode: call.argNodes[0], claims: new Set(claimNames(first) ?? []), algorithm: method === 'UnsecuredJWT' ? { kind: 'string', value: 'none' } : undefined, ...builderExpiry(expFromPayload(call.argNodes[0], lowering, scope)) });
      return { kind: 'unknown', name };
    }
    default:
      return undefined;
  }
}

function builderExpiry(expiry: Expiry | undefined): { expiresInSeconds: number | undefined; expiresAt: ts.Node | undefined } {
  return { expiresInSeconds: expiry?.seconds, expiresAt: expiry?.at };
}

const BUILDER_CLAIM_SETTERS: Record<string, string> = { setIssuedAt: 'iat', setSubject: 'sub', setAudience: 'aud', setIssuer: 'iss', setJti: 'jti', setNotBefore: 'nbf', setExpirationTime: 'exp' };

/** `new SignJWT(payload).setProtectedHeader({ alg }).setExpirationTime('2h').sign(key)`, chained or step by step. */
function joseBuilder(call: TsCall, lowering: TsLowering, scope: TsScope): Value | undefined {
  const receiver = call.receiver;
  if (receiver?.kind !== 'unknown' || !receiver.name || !/^jose\.(?:SignJWT|UnsecuredJWT)#\d+$/.test(receiver.name)) return undefined;
  const builder = jwtState(lowering).builders.get(receiver.name);
  if (!builder || !call.method) return undefined;
  const method = call.method;
  if (method === 'setProtectedHeader') {
    builder.algorithm = entry(call.args[0], 'alg') ?? builder.algorithm;
    return receiver;
  }
  if (method in BUILDER_CLAIM_SETTERS) {
    builder.claims.add(BUILDER_CLAIM_SETTERS[method]!);
    if (method === 'setExpirationTime' && call.args[0]) {
      const argument = call.args[0];
      Object.assign(builder, argument.kind === 'string' ? { expiresInSeconds: durationSeconds(argument, 'seconds'), expiresAt: undefined } : builderExpiry(expiryFromNow(call.argNodes[0]!, lowering, scope)));
    }
    return receiver;
  }
  if ((method === 'sign' && !builder.unsecured) || (method === 'encode' && builder.unsecured)) {
    const { expiresInSeconds, expiresAt } = builder;
    return record(lowering, {
      kind: 'encode',
      api: builder.unsecured ? 'jose.UnsecuredJWT' : 'jose.SignJWT',
      library: 'jose',
      call,
      scope,
      subject: builder.payload,
      key: builder.unsecured ? undefined : call.args[0],
      keyNode: builder.unsecured ? undefined : call.argNodes[0],
      algorithms: builder.algorithm ?? 'missing',
      payloadClaims: builder.payload === undefined || builder.payload.kind === 'dict' ? [...builder.claims] : null,
      ...(expiresInSeconds !== undefined ? { expiresInSeconds } : {}),
      ...(expiresAt ? { expiresAt } : {}),
      tokenType: tokenTypeOf(builder.payload, call, scope),
    });
  }
  return receiver.name.startsWith('jose.') ? receiver : undefined;
}

/** jwt-simple: `decode(token, key, noVerify, algorithm)`, `encode(payload, key, algorithm)`. */
function jwtSimple(call: TsCall, api: string, lowering: TsLowering, scope: TsScope): Value | undefined {
  const [first, second, third, fourth] = call.args;
  if (api === 'jwt-simple.decode') {
    const flags: JwtOperation['options'] = {};
    if (isTrue(third) || isNoKey(second)) flags.verifySignature = false;
    const algorithms: JwtOperation['algorithms'] = fourth ? (fourth.kind === 'string' ? { kind: 'list', items: [fourth] } : fourth) : 'missing';
    return record(lowering, { kind: 'decode', api, library: 'jwt-simple', call, scope, subject: first, key: second, keyNode: call.argNodes[1], algorithms, options: flags });
  }
  if (api === 'jwt-simple.encode') {
    const expiry = expFromPayload(call.argNodes[0], lowering, scope);
    return record(lowering, { kind: 'encode', api, library: 'jwt-simple', call, scope, subject: first, key: second, keyNode: call.argNodes[1], algorithms: third ?? 'missing', payloadClaims: claimNames(first), expiresInSeconds: expiry?.seconds, expiresAt: expiry?.at, tokenType: tokenTypeOf(first, call, scope) });
  }
  return undefined;
}

/**
 * jws (the JWS layer under jsonwebtoken): `verify(token, algorithm, key)` since v3, where
 * the old two-argument `verify(token, key)` takes the algorithm from the token's own
 * header; `decode` reads without verifying; `sign({ header: { alg }, payload, secret })`.
 * A JWS library checks the signature only, never `exp`.
 */
function jws(call: TsCall, api: string, lowering: TsLowering, scope: TsScope): Value | undefined {
  const method = api.slice('jws.'.length);
  const [first, second, third] = call.args;
  if (method === 'verify') {
    const legacy = call.args.length < 3;
    const key = legacy ? second : third;
    const flags: JwtOperation['options'] = { verifyExp: false };
    if (isNoKey(key) || key === undefined) flags.verifySignature = false;
    const algorithms: JwtOperation['algorithms'] = legacy || !second ? 'missing' : second.kind === 'string' ? { kind: 'list', items: [second] } : second;
    return record(lowering, { kind: 'decode', api, library: 'jws', call, scope, subject: first, key, keyNode: call.argNodes[legacy ? 1 : 2], algorithms, options: flags, algorithmsFromToken: legacy });
  }
  if (method === 'decode') {
    return record(lowering, { kind: 'unverified-decode', api, library: 'jws', call, scope, subject: first, algorithms: 'not-applicable', options: { verifySignature: false } });
  }
  if (method === 'sign') {
    const payload = entry(first, 'payload');
    const payloadNode = propertyNode(call.argNodes[0], 'payload');
    const keyName = entry(first, 'secret') !== undefined ? 'secret' : entry(first, 'privateKey') !== undefined ? 'privateKey' : 'key';
    const expiry = expFromPayload(payloadNode, lowering, scope);
    const expiresInSeconds = expiry?.seconds;
    return record(lowering, {
      kind: 'encode',
      api,
      library: 'jws',
      call,
      scope,
      subject: payload,
      key: entry(first, keyName),
      keyNode: propertyNode(call.argNodes[0], keyName),
      algorithms: entry(entry(first, 'header'), 'alg') ?? 'missing',
      payloadClaims: claimNames(payload),
      ...(expiresInSeconds !== undefined ? { expiresInSeconds } : {}),
      ...(expiry?.at ? { expiresAt: expiry.at } : {}),
      tokenType: tokenTypeOf(payload, call, scope),
    });
  }
  return undefined;
}

/** jwt-decode: v3 default export `jwtDecode(t)`, v4 named `{ jwtDecode }`; `{ header: true }` reads the header. */
function jwtDecode(call: TsCall, lowering: TsLowering, scope: TsScope): Value | undefined {
  const header = isTrue(entry(call.args[1], 'header'));
  return record(lowering, { kind: header ? 'header-peek' : 'unverified-decode', api: 'jwtDecode', library: 'jwt-decode', call, scope, subject: call.args[0], algorithms: 'not-applicable', options: header ? {} : { verifySignature: false } });
}

/** passport-jwt `new JwtStrategy({ jwtFromRequest, secretOrKey, algorithms, ignoreExpiration }, verify)`. */
function passportJwt(call: TsCall, lowering: TsLowering, scope: TsScope): Value | undefined {
  const options = call.args[0];
  const keyNode = propertyNode(call.argNodes[0], 'secretOrKey');
  const key = entry(options, 'secretOrKey') ?? entry(options, 'secretOrKeyProvider');
  record(lowering, { kind: 'decode', api: 'passport-jwt.Strategy', library: 'passport-jwt', call, scope, subject: entry(options, 'jwtFromRequest'), key, keyNode, algorithms: algorithmsOf(options, 'algorithms') ?? 'missing', options: optionFlags(options) });
  return undefined;
}

/** The class around a `super(…)` call extends passport-jwt's Strategy, directly or through @nestjs/passport's `PassportStrategy(Strategy)`. */
function extendsPassportJwt(node: ts.Node, lowering: TsLowering): boolean {
  let current: ts.Node | undefined = node.parent;
  while (current && !ts.isClassLike(current)) current = current.parent;
  const heritage = current?.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  if (!heritage) return false;
  const isJwtStrategy = (expression: ts.Expression): boolean => /^passport-jwt\.(?:Strategy|JwtStrategy)$/.test(lowering.qualifiedName(expression) ?? '');
  if (ts.isCallExpression(heritage)) return /^@nestjs\/passport\.PassportStrategy$/.test(lowering.qualifiedName(heritage.expression) ?? '') && heritage.arguments[0] !== undefined && isJwtStrategy(heritage.arguments[0]);
  return isJwtStrategy(heritage);
}

/** Files where `x.jwt.sign(…)` is the @fastify/jwt decorator. */
function usesFastifyJwt(lowering: TsLowering): boolean {
  return ['fastify', 'fastify-plugin', '@fastify/jwt', 'fastify-jwt'].some((name) => lowering.importedModules.has(name));
}

/**
 * @fastify/jwt at request time: `reply.jwtSign(payload, { expiresIn })`, `request.jwtVerify({ … })`,
 * `request.jwtDecode()`, and the instance decorator `fastify.jwt.sign/verify/decode`. Without
 * expiresIn at the call, the plugin's `sign` options (usually registered elsewhere) decide:
 * the claims are then opaque, as for JwtService. fast-jwt binds the algorithm to the key.
 */
function fastifyJwtCall(call: TsCall, lowering: TsLowering, scope: TsScope): { value: Value | undefined } | undefined {
  const method = call.method;
  if (!method || !call.receiverNode || !usesFastifyJwt(lowering)) return undefined;
  const receiver = dottedName(call.receiverNode) ?? '';
  // `fastify.jwt`, `app.jwt`, `this.server.jwt`: a member named jwt, never a module imported as `jwt`
  const decorator = /\.jwt$/.test(receiver);
  const library = '@fastify/jwt';
  const sign = (method === 'jwtSign' && !decorator) || (method === 'sign' && decorator);
  if (sign) {
    const options = call.args[1];
    const payload = call.args[0];
    const expiresIn = entry(options, 'expiresIn');
    const expiry = expiresIn ? undefined : expFromPayload(call.argNodes[0], lowering, scope);
    const expiresInSeconds = expiresIn ? durationSeconds(expiresIn, 'seconds') : expiry?.seconds;
    const claims = claimNames(payload);
    const value = record(lowering, {
      kind: 'encode',
      api: method === 'jwtSign' ? 'reply.jwtSign' : 'fastify.jwt.sign',
      library,
      call,
      scope,
      subject: payload,
      key: entry(options, 'key'),
      keyNode: propertyNode(call.argNodes[1], 'key'),
      algorithms: entry(options, 'algorithm') ?? 'missing',
      payloadClaims: expiresIn ? [...(claims ?? []), 'exp'] : claims?.includes('exp') ? claims : null,
      ...(expiresInSeconds !== undefined ? { expiresInSeconds } : {}),
      ...(expiry?.at ? { expiresAt: expiry.at } : {}),
      tokenType: tokenTypeOf(payload, call, scope),
    });
    return { value };
  }
  const verify = (method === 'jwtVerify' && !decorator && !call.callee?.startsWith('jose')) || (method === 'verify' && decorator);
  if (verify) {
    const options = method === 'jwtVerify' ? call.args[0] : call.args[1];
    const value = record(lowering, { kind: 'decode', api: method === 'jwtVerify' ? 'request.jwtVerify' : 'fastify.jwt.verify', library, call, scope, subject: method === 'verify' ? call.args[0] : undefined, algorithms: entry(options, 'algorithms') ?? 'not-applicable', options: optionFlags(options) });
    return { value };
  }
  if ((method === 'jwtDecode' && !decorator) || (method === 'decode' && decorator)) {
    const value = record(lowering, { kind: 'unverified-decode', api: method === 'jwtDecode' ? 'request.jwtDecode' : 'fastify.jwt.decode', library, call, scope, subject: method === 'decode' ? call.args[0] : undefined, algorithms: 'not-applicable', options: { verifySignature: false } });
    return { value };
  }
  return undefined;
}

/** express-jwt `expressjwt({ secret, algorithms })` (v7+), `jwt({ secret })` (older); koa-jwt `koaJwt({ secret })`. */
function middlewareJwt(call: TsCall, library: string, api: string, lowering: TsLowering, scope: TsScope): Value | undefined {
  const options = call.args[0];
  if (options?.kind !== 'dict') return undefined;
  const flags = optionFlags(options);
  const secret = entry(options, 'secret');
  if (isNoKey(secret)) flags.verifySignature = false;
  record(lowering, { kind: 'decode', api, library, call, scope, key: secret, keyNode: propertyNode(call.argNodes[0], 'secret'), algorithms: algorithmsOf(options, 'algorithms') ?? 'missing', options: flags });
  return undefined;
}

/** JwtModule.register(options) / registerAsync({ useFactory: () => options }) and fastify.register(fastifyJwt, options). */
function moduleSettings(call: TsCall, options: Value | undefined, optionsNode: ts.Expression | undefined, framework: 'nestjs' | 'fastify', lowering: TsLowering, scope: TsScope): void {
  if (options?.kind !== 'dict') return;
  const nest = framework === 'nestjs';
  const api = nest ? 'JwtModule.register' : 'fastify.register(@fastify/jwt)';
  const library = nest ? '@nestjs/jwt' : '@fastify/jwt';
  const signOptions = entry(options, nest ? 'signOptions' : 'sign');
  const verifyOptions = entry(options, nest ? 'verifyOptions' : 'verify');
  const secret = entry(options, 'secret');
  // @fastify/jwt takes `secret: { private, public }` for key pairs
  const signingKey = nest ? (entry(options, 'privateKey') ?? secret) : (entry(secret, 'private') ?? secret);
  const keyNode = propertyNode(optionsNode, nest && !entry(options, 'privateKey') ? 'secret' : nest ? 'privateKey' : 'secret');
  const expiresIn = entry(signOptions, 'expiresIn');
  const expiresInSeconds = expiresIn ? durationSeconds(expiresIn, 'seconds') : undefined;
  // `JwtModule.register({})`: no key and no sign options, so every sign call passes its own (secret, expiresIn) and decides the expiry
  const configuredPerCall = nest && signingKey === undefined && entry(options, 'secretOrKeyProvider') === undefined && signOptions === undefined;
  if (!configuredPerCall) record(lowering, {
    kind: 'encode',
    api,
    library,
    call,
    scope,
    key: signingKey,
    keyNode: secret?.kind === 'dict' ? undefined : keyNode,
    algorithms: entry(signOptions, 'algorithm') ?? 'missing',
    payloadClaims: expiresIn ? ['exp'] : [],
    ...(expiresInSeconds !== undefined ? { expiresInSeconds } : {}),
    tokenType: 'access',
  });
  if (verifyOptions?.kind === 'dict') {
    const algorithms = entry(verifyOptions, 'algorithms') ?? 'not-applicable';
    const flags = optionFlags(verifyOptions);
    record(lowering, { kind: 'decode', api, library, call, scope, key: entry(options, 'publicKey') ?? entry(secret, 'public') ?? secret, algorithms, options: flags, node: propertyNode(optionsNode, nest ? 'verifyOptions' : 'verify') });
  }
}

/** The object a `useFactory` returns: `useFactory: (config) => ({ secret: …, signOptions: … })`. */
function factoryResult(options: ts.Expression | undefined, lowering: TsLowering, scope: TsScope): [Value | undefined, ts.Expression | undefined] {
  const factory = unwrapNode(propertyNode(options, 'useFactory'));
  if (!factory || !(ts.isArrowFunction(factory) || ts.isFunctionExpression(factory))) return [undefined, undefined];
  let returned: ts.Expression | undefined;
  if (ts.isBlock(factory.body)) {
    for (const statement of factory.body.statements) if (ts.isReturnStatement(statement) && statement.expression) returned = statement.expression;
  } else {
    returned = factory.body;
  }
  if (!returned) return [undefined, undefined];
  return [lowering.evalExpr(returned, scope), returned];
}

/** `this.jwtService.sign(payload, { expiresIn, secret })`, `.verify(token, { secret, algorithms })`, `.decode(token)`. */
function jwtService(call: TsCall, lowering: TsLowering, scope: TsScope): Value | undefined {
  const method = call.method ?? '';
  const api = `JwtService.${method}`;
  const [first, second] = call.args;
  if (method === 'sign' || method === 'signAsync') {
    const expiresIn = entry(second, 'expiresIn');
    const claims = claimNames(first);
    const expiry = expiresIn ? undefined : expFromPayload(call.argNodes[0], lowering, scope);
    const expiresInSeconds = expiresIn ? durationSeconds(expiresIn, 'seconds') : expiry?.seconds;
    return record(lowering, {
      kind: 'encode',
      api,
      library: '@nestjs/jwt',
      call,
      scope,
      subject: first,
      key: entry(second, 'secret') ?? entry(second, 'privateKey'),
      keyNode: propertyNode(call.argNodes[1], 'secret') ?? propertyNode(call.argNodes[1], 'privateKey'),
      algorithms: entry(second, 'algorithm') ?? 'missing',
      // without expiresIn here the module's signOptions decide (usually another file): opaque
      payloadClaims: expiresIn ? [...(claims ?? []), 'exp'] : claims?.includes('exp') ? claims : null,
      ...(expiresInSeconds !== undefined ? { expiresInSeconds } : {}),
      ...(expiry?.at ? { expiresAt: expiry.at } : {}),
      tokenType: tokenTypeOf(first, call, scope),
    });
  }
  if (method === 'verify' || method === 'verifyAsync') {
    const flags = optionFlags(second);
    return record(lowering, { kind: 'decode', api, library: '@nestjs/jwt', call, scope, subject: first, key: entry(second, 'secret') ?? entry(second, 'publicKey'), keyNode: propertyNode(call.argNodes[1], 'secret'), algorithms: entry(second, 'algorithms') ?? 'not-applicable', options: flags });
  }
  if (method === 'decode') {
    return record(lowering, { kind: 'unverified-decode', api, library: '@nestjs/jwt', call, scope, subject: first, algorithms: 'not-applicable', options: { verifySignature: false } });
  }
  return undefined;
}

function isJwtServiceReceiver(call: TsCall, lowering: TsLowering): boolean {
  const receiver = call.receiverNode ? dottedName(call.receiverNode) : undefined;
  if (!receiver) return false;
  const state = jwtState(lowering);
  const member = receiver.startsWith('this.') ? receiver.slice(5) : undefined;
  return member !== undefined && state.jwtServiceProps.has(member);
}

/** `fastify.register(fastifyJwt, options)` where the plugin is @fastify/jwt (imported or required inline). */
function isFastifyJwtPlugin(node: ts.Expression | undefined, value: Value | undefined, lowering: TsLowering): boolean {
  const plugin = unwrapNode(node);
  if (!plugin) return false;
  if (value?.kind === 'unknown' && value.name && /^(?:@fastify\/jwt|fastify-jwt)(?:\.default)?$/.test(value.name)) return true;
  if (ts.isIdentifier(plugin)) return /^(?:@fastify\/jwt|fastify-jwt)(?:\.default|\.fastifyJwt)?$/.test(lowering.imports.get(plugin.text) ?? '');
  if (ts.isCallExpression(plugin) && ts.isIdentifier(plugin.expression) && plugin.expression.text === 'require') {
    const argument = plugin.arguments[0];
    return argument !== undefined && ts.isStringLiteral(argument) && /^(?:@fastify\/jwt|fastify-jwt)$/.test(argument.text);
  }
  return false;
}

// ---- how claims are used ----

const TIME_CLAIMS = new Set(['exp', 'iat', 'nbf']);
const KEY_MEMBERS = new Set(['header', 'protectedHeader', 'kid', 'alg', 'jku', 'x5u', 'x5c', 'typ', 'kty']);

type Reading = 'whole' | 'claim' | 'time' | 'key';

function readingOf(claims: Claims, lowering: TsLowering): Reading {
  const op = lowering.model.jwtOps.find((candidate) => candidate.id === claims.opId);
  if (op?.kind === 'header-peek') return 'key';
  const path = claims.path?.[0] === 'payload' ? claims.path.slice(1) : (claims.path ?? []);
  const first = path[0];
  if (first === undefined) return claims.path?.[0] === 'payload' ? 'claim' : 'whole';
  if (KEY_MEMBERS.has(first)) return 'key';
  if (TIME_CLAIMS.has(first)) return 'time';
  return 'claim';
}

function noteUse(lowering: TsLowering, claims: Claims, use: Use): void {
  const uses = jwtState(lowering).uses;
  let set = uses.get(claims.opId);
  if (!set) uses.set(claims.opId, (set = new Set()));
  set.add(use);
}

/** The claims inside a value (directly, or inside an object/array literal built from them). */
function claimsIn(value: Value | undefined, out: Claims[] = []): Claims[] {
  if (!value) return out;
  if (value.kind === 'claims') out.push(value);
  else if (value.kind === 'list') for (const item of value.items) claimsIn(item, out);
  else if (value.kind === 'dict') for (const item of value.entries) claimsIn(item.value, out);
  return out;
}

/** A use that acts on the claims (return, identity assignment, argument): whole claims count. */
function actOn(value: Value | undefined, lowering: TsLowering, acting: 'decision' | 'lookup' | 'returned' = 'decision'): void {
  for (const claims of claimsIn(value)) {
    const reading = readingOf(claims, lowering);
    // returning the claims whole (or their payload) decides for the callers; a claim returned is this function's own decision
    const whole = reading === 'whole' || (claims.path?.length === 1 && claims.path[0] === 'payload');
    noteUse(lowering, claims, reading === 'key' ? 'key-selection' : reading === 'time' ? 'other' : acting === 'returned' ? (whole ? 'returned' : 'decision') : acting);
  }
}

/**
 * A call to a function of another module that link summarised (second lowering): an
 * unverified decode wrapper is an unverified decode here, judged by how this code uses
 * its claims; an issuer whose lifetime or payload this call gives is an encode here.
 */
function importedOperation(call: TsCall, lowering: TsLowering, scope: TsScope): Value | undefined {
  const fact = importedFunction(call, lowering);
  if (!fact) return undefined;
  const { returns, issues } = fact.summary;
  const api = writtenCallee(call);
  const wrapper = definedIn(fact);
  if (returns?.kind === 'claims' && !returns.verified) {
    const subject = call.args[returns.tokenParam ?? 0];
    return record(lowering, { kind: 'unverified-decode', api: `${api} (wraps ${returns.api})`, library: returns.library, call, scope, subject, algorithms: 'not-applicable', wrapper });
  }
  if (!issues) return undefined;
  const lifetime = issues.lifetimeParam ? call.args[issues.lifetimeParam.index] : undefined;
  const payload = issues.payloadParam ? call.args[issues.payloadParam.index] : undefined;
  const expiresInSeconds = lifetime ? durationSeconds(lifetime, 'seconds') : undefined;
  const claims = payload ? claimNames(payload) : null;
  // the helper's own sign is judged where it is written; here only what this call adds
  if (expiresInSeconds === undefined && claims === null) return undefined;
  record(lowering, {
    kind: 'encode',
    api: `${api} (wraps ${issues.api})`,
    library: issues.library,
    call,
    scope,
    subject: payload,
    algorithms: 'not-applicable',
    payloadClaims: claims !== null && expiresInSeconds !== undefined ? [...claims, 'exp'] : (claims ?? issues.payloadClaims),
    ...((expiresInSeconds ?? issues.expiresInSeconds) !== undefined ? { expiresInSeconds: expiresInSeconds ?? issues.expiresInSeconds } : {}),
    tokenType: issues.tokenType ?? tokenTypeOf(payload, call, scope),
    wrapper,
  });
  return undefined;
}

/** The same token: one source, or one variable whose origin is not known (`const token = utils.jwtFrom(req)`). */
function sameSubject(a: Value | undefined, b: Value | undefined): boolean {
  if (a?.kind === 'token' && b?.kind === 'token') return a.source === b.source;
  return a?.kind === 'unknown' && b?.kind === 'unknown' && a.name !== undefined && a.name === b.name;
}

/** A verifying decode of the same token later in the same function: what the peek looked up selects its key. */
function verifiedAfter(peek: JwtOperation, ops: JwtOperation[]): boolean {
  if (peek.functionId === undefined) return false;
  return ops.some((op) => op.kind === 'decode' && op.functionId === peek.functionId && sameSubject(op.subject, peek.subject) && (op.loc.line > peek.loc.line || (op.loc.line === peek.loc.line && op.loc.column > peek.loc.column)));
}

/** A test on the claims (condition, comparison): a bare null check of the whole claims is no decision. */
function testOn(value: Value | undefined, lowering: TsLowering): void {
  for (const claims of claimsIn(value)) {
    const reading = readingOf(claims, lowering);
    if (reading === 'whole') continue;
    noteUse(lowering, claims, reading === 'key' ? 'key-selection' : reading === 'time' ? 'other' : 'decision');
  }
}

/** Leaves of a condition joined by !, &&, ||, ?? and parentheses: names, member chains, method calls on them. */
function conditionLeaves(node: ts.Expression, out: ts.Expression[] = []): ts.Expression[] {
  const current = unwrapNode(node) ?? node;
  if (ts.isPrefixUnaryExpression(current)) return conditionLeaves(current.operand, out);
  if (ts.isBinaryExpression(current)) {
    const operator = current.operatorToken.kind;
    if (operator === ts.SyntaxKind.AmpersandAmpersandToken || operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken) {
      conditionLeaves(current.left, out);
      conditionLeaves(current.right, out);
    }
    return out;
  }
  if (ts.isCallExpression(current) && ts.isPropertyAccessExpression(current.expression)) {
    out.push(current.expression.expression);
    return out;
  }
  if (ts.isIdentifier(current) || ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current)) out.push(current);
  return out;
}

const IDENTITY_TARGET = /^(?:req|request|ctx|context|res\.locals|ctx\.state|socket|client|this)\.|(?:^|\.)(?:user|currentUser|auth|claims|principal|identity|session)$/;
const NOT_DECISION_CALL = /^(?:console|logger|log|this\.logger|JSON)\.|(?:^|\.)(?:log|info|debug|warn|error|trace|json|send|write|end)$/;

export const tsJwtRecognizer: TsRecognizer = {
  onCall(call, lowering, scope) {
    const builderResult = joseBuilder(call, lowering, scope);
    if (builderResult) return builderResult;
    const api = normalise(call.callee);
    // claims passed on to other code (a user lookup, done(null, claims)) decide who the caller is
    if (!lowering.isSilent && api && !NOT_DECISION_CALL.test(api)) {
      // header members given to a verify (its key, its algorithms) select the key; claims given to anything else act
      const verifying = /^(?:jsonwebtoken\.(?:verify|decode)|jose\.(?:jwtVerify|decodeJwt|decodeProtectedHeader)|jws\.(?:verify|decode))$/.test(api);
      for (const argument of call.args) {
        if (verifying) for (const claims of claimsIn(argument)) noteUse(lowering, claims, 'key-selection');
        else actOn(argument, lowering, 'lookup');
      }
    }
    // class JwtStrategy extends PassportStrategy(Strategy) { constructor() { super({ secretOrKey, … }) } }
    if (call.node.expression.kind === ts.SyntaxKind.SuperKeyword && extendsPassportJwt(call.node, lowering)) return passportJwt(call, lowering, scope);
    const fastifyOp = fastifyJwtCall(call, lowering, scope);
    if (fastifyOp) return fastifyOp.value;
    if (!api) return undefined;
    if (api.startsWith('jsonwebtoken.')) return jsonwebtoken(call, api, lowering, scope);
    if (api.startsWith('jose.')) return jose(call, api, lowering, scope);
    if (api.startsWith('jwt-simple.')) return jwtSimple(call, api, lowering, scope);
    if (api.startsWith('jws.')) return jws(call, api, lowering, scope);
    if (api === 'jwt-decode' || api === 'jwt-decode.jwtDecode') return jwtDecode(call, lowering, scope);
    if (call.isNew && /^passport-jwt\.(?:Strategy|JwtStrategy)$/.test(api)) return passportJwt(call, lowering, scope);
    if (api === 'express-jwt' || api === 'express-jwt.expressjwt' || api === 'express-jwt.jwt') return middlewareJwt(call, 'express-jwt', 'expressjwt', lowering, scope);
    if (api === 'koa-jwt') return middlewareJwt(call, 'koa-jwt', 'koa-jwt', lowering, scope);
    if (api === '@nestjs/jwt.JwtModule.register') {
      moduleSettings(call, call.args[0], call.argNodes[0], 'nestjs', lowering, scope);
      return undefined;
    }
    if (api === '@nestjs/jwt.JwtModule.registerAsync') {
      const [options, optionsNode] = factoryResult(call.argNodes[0], lowering, scope);
      moduleSettings(call, options, optionsNode, 'nestjs', lowering, scope);
      return undefined;
    }
    if (call.method === 'register' && isFastifyJwtPlugin(call.argNodes[0], call.args[0], lowering)) {
      moduleSettings(call, call.args[1], call.argNodes[1], 'fastify', lowering, scope);
      return undefined;
    }
    if (call.method && /^(?:sign|signAsync|verify|verifyAsync|decode)$/.test(call.method) && isJwtServiceReceiver(call, lowering)) return jwtService(call, lowering, scope);
    return importedOperation(call, lowering, scope);
  },

  onClass(node, lowering) {
    // constructor(private readonly jwtService: JwtService) and `jwtService: JwtService` properties
    const state = jwtState(lowering);
    for (const member of node.members) {
      const parameters = ts.isConstructorDeclaration(member) ? member.parameters : [];
      for (const parameter of parameters) {
        if (ts.isIdentifier(parameter.name) && isJwtServiceType(parameter.type, lowering)) state.jwtServiceProps.add(parameter.name.text);
      }
      if (ts.isPropertyDeclaration(member) && ts.isIdentifier(member.name) && isJwtServiceType(member.type, lowering)) state.jwtServiceProps.add(member.name.text);
    }
  },

  onCondition(condition, _value, lowering, scope) {
    for (const leaf of conditionLeaves(condition)) testOn(lowering.evalExpr(leaf, scope), lowering);
  },

  onCompare(_node, _operator, left, right, lowering) {
    testOn(left, lowering);
    testOn(right, lowering);
  },

  onReturn(_node, value, lowering) {
    actOn(value, lowering, 'returned');
  },

  onAssign(target, value, _valueNode, lowering) {
    if (ts.isIdentifier(target) || ts.isBindingName(target)) return;
    const name = dottedName(target);
    if (name && IDENTITY_TARGET.test(name)) actOn(value, lowering);
  },

  onModuleEnd(lowering) {
    const state = jwtState(lowering);
    const browser = isBrowserContext(lowering);
    const server = isServerContext(lowering);
    for (const op of lowering.model.jwtOps) {
      const uses = state.uses.get(op.id);
      if (!uses) continue;
      // `const { iss } = jwt.decode(token); const key = await keyFor(iss); jwt.verify(token, key)`: the peek picks the key
      const lookupDecides = uses.has('lookup') && !(op.kind === 'unverified-decode' && verifiedAfter(op, lowering.model.jwtOps));
      let use: JwtOperation['resultUse'] = uses.has('decision') || uses.has('returned') || lookupDecides ? 'decision' : uses.has('key-selection') || uses.has('lookup') ? 'key-selection' : 'other';
      if (!uses.has('decision') && !lookupDecides && uses.has('returned')) op.decidedByReturn = true;
      // reading claims in a browser (jwt-decode, jose's decodeJwt) decides what the UI shows, not who is authorised
      if (use === 'decision' && op.kind === 'unverified-decode' && (browser || ((op.library === 'jwt-decode' || op.library === 'jose') && !server && !state.requestSubjects.has(op.id)))) use = 'other';
      op.resultUse = use;
    }
  },
};

function isJwtServiceType(type: ts.TypeNode | undefined, lowering: TsLowering): boolean {
  if (!type || !ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return false;
  const resolved = lowering.imports.get(type.typeName.text);
  return resolved === '@nestjs/jwt.JwtService' || (resolved === undefined && type.typeName.text === 'JwtService');
}

const BROWSER_MODULES = /^(?:react|react-dom|react-native|vue|svelte|@angular\/core|next\/router|next\/navigation|solid-js|preact|@react-native-async-storage\/async-storage)$/;
const SERVER_MODULES = /^(?:express|koa|fastify|@nestjs\/.+|hono|@hapi\/hapi|restify|http|https|next|@apollo\/server|apollo-server.*|passport|@fastify\/.+|koa-router|@koa\/router|express-jwt|socket\.io|ws)$/;

/** Code that runs in the browser: JSX files, 'use client' modules and UI frameworks. */
export function isBrowserContext(lowering: TsLowering): boolean {
  if (/\.(?:tsx|jsx)$/.test(lowering.model.file)) return true;
  if (/^\s*['"]use client['"]/.test(lowering.text)) return true;
  return [...lowering.importedModules].some((name) => BROWSER_MODULES.test(name));
}

function isServerContext(lowering: TsLowering): boolean {
  if ([...lowering.importedModules].some((name) => SERVER_MODULES.test(name))) return true;
  return lowering.model.functions.some((fn) => fn.role === 'middleware' || fn.role === 'route');
}
