/**
 * Where token values enter a JS/TS program: request headers (Express, Fastify, Koa,
 * fetch/Next.js), query strings, cookies, bodies, NestJS `@Headers('authorization')`,
 * and names that say "token" (the weak signal).
 */
import { ts } from 'ts-morph';
import type { Loc, TokenSource, TokenSourceKind } from '../../model/types.js';
import type { TsCall, TsLowering } from './lowering-api.js';
import { isTokenLikeName } from '../python/sources.js';

const TOKEN_HEADERS = new Set(['authorization', 'x-auth-token', 'x-access-token', 'x-api-key', 'x-token', 'api-key', 'x-jwt', 'token', 'proxy-authorization']);
const TOKEN_PARAM = /^(?:[a-z0-9]+[_-])*(?:token|jwt|bearer|api[_-]?key|apikey|auth)$|^(?:[a-z]+)?(?:Token|Jwt|ApiKey)$/i;
const REQUEST_NAMES = new Set(['req', 'request', 'ctx.request', 'ctx', 'context.req', 'c.req', 'this.request']);

const COLLECTION_KIND: Record<string, TokenSourceKind> = {
  query: 'query',
  searchParams: 'query',
  cookies: 'cookie',
  signedCookies: 'cookie',
  body: 'form',
  params: 'query',
};

/** Custom credential headers: `x-admin-token`, `x-service-api-key`, `x-webhook-secret` (not CSRF tokens). */
const CUSTOM_TOKEN_HEADER = /^x-[a-z0-9-]*(?:token|api-?key|secret)$/;

/** `locOf` is called only for a token source: a position costs a search. */
function headerSource(key: string, locOf: () => Loc): TokenSource | undefined {
  const lower = key.toLowerCase();
  const credential = TOKEN_HEADERS.has(lower) || (CUSTOM_TOKEN_HEADER.test(lower) && !/csrf|xsrf/.test(lower));
  return credential ? { kind: 'auth-header', name: key, loc: locOf(), strength: 'strong' } : undefined;
}

function splitRequestPath(dotted: string): { owner: string; rest: string[] } | undefined {
  for (const owner of REQUEST_NAMES) {
    if (dotted.charCodeAt(owner.length) === 46 && dotted.startsWith(owner)) return { owner, rest: dotted.slice(owner.length + 1).split('.') };
  }
  return undefined;
}

/** `req.headers.authorization`, `req.headers['x-api-key']`, `req.query.token`, `req.cookies.jwt`; `locOf` as for headerSource. */
export function tokenSourceOfProperty(dotted: string, locOf: () => Loc): TokenSource | undefined {
  const parts = splitRequestPath(dotted);
  if (!parts || parts.rest.length !== 2) {
    // ctx.headers.authorization (Koa) has the same shape with owner 'ctx'
    return undefined;
  }
  const [collection, key] = parts.rest as [string, string];
  if (collection === 'headers' || collection === 'header') return headerSource(key, locOf);
  const kind = COLLECTION_KIND[collection];
  if (kind && TOKEN_PARAM.test(key) && !/csrf|xsrf/i.test(key)) return { kind, name: key, loc: locOf(), strength: 'strong' };
  return undefined;
}

/** `req.get('authorization')`, `req.header('Authorization')`, `request.headers.get('authorization')`, `cookies().get('token')`, `searchParams.get('token')`. */
export function tokenSourceOfCall(call: TsCall, lowering: TsLowering): TokenSource | undefined {
  const first = call.argNodes[0];
  if (!first || !ts.isStringLiteralLike(first) || !call.receiverNode) return undefined;
  const key = first.text;
  const receiver = lowering.qualifiedName(call.receiverNode);
  if (!receiver) return undefined;
  const loc = (): Loc => lowering.loc(call.node);
  if ((call.method === 'get' || call.method === 'header') && (REQUEST_NAMES.has(receiver) || receiver === 'c.req')) return headerSource(key, loc);
  if (call.method === 'get' && (/(^|\.)headers$/.test(receiver) || receiver === 'next/headers.headers()')) return headerSource(key, loc);
  if (call.method === 'get' && (/(^|\.)searchParams$/.test(receiver) || /(^|\.)query$/.test(receiver)) && TOKEN_PARAM.test(key)) return { kind: 'query', name: key, loc: loc(), strength: 'strong' };
  if (call.method === 'get' && (receiver === 'next/headers.cookies()' || /(^|\.)cookies$/.test(receiver)) && TOKEN_PARAM.test(key)) return { kind: 'cookie', name: key, loc: loc(), strength: 'strong' };
  return undefined;
}

/** NestJS `@Headers('authorization') auth: string`, `@Query('token')`, `@Req()`; names like token (weak). */
export function tokenSourceOfParameter(parameter: ts.ParameterDeclaration, lowering: TsLowering): TokenSource | undefined {
  const name = ts.isIdentifier(parameter.name) ? parameter.name.text : undefined;
  const loc = lowering.loc(parameter);
  for (const decorator of ts.getDecorators(parameter) ?? []) {
    const expression = decorator.expression;
    if (!ts.isCallExpression(expression) || !ts.isIdentifier(expression.expression)) continue;
    const decoratorName = expression.expression.text;
    const argument = expression.arguments[0];
    const key = argument && ts.isStringLiteralLike(argument) ? argument.text : undefined;
    if (decoratorName === 'Headers' && key) return headerSource(key, () => loc);
    if (decoratorName === 'Query' && key && TOKEN_PARAM.test(key)) return { kind: 'query', name: key, loc, strength: 'strong' };
    if (decoratorName === 'Cookies' && key && TOKEN_PARAM.test(key)) return { kind: 'cookie', name: key, loc, strength: 'strong' };
  }
  // `getUserIdFromToken(authorization)`: a parameter named for the header holds the header (by name only)
  if (name && HEADER_PARAMETER.test(name)) return { kind: 'auth-header', name, loc, strength: 'weak' };
  if (name && isTokenLikeTsName(name)) return { kind: 'named', name, loc, strength: 'weak' };
  return undefined;
}

/** authorization, authHeader, authorizationHeader, bearerHeader, auth_header. */
const HEADER_PARAMETER = /^(?:authorization|(?:auth|authorization|bearer)_?(?:header|headers))$/i;

/** token, accessToken, access_token, jwt, bearerToken, idToken… (not csrfToken, nextToken, tokenType). */
export function isTokenLikeTsName(name: string): boolean {
  let tokenLike = TOKEN_LIKE_NAMES.get(name);
  if (tokenLike === undefined) {
    if (TOKEN_LIKE_NAMES.size >= MAX_REMEMBERED_NAMES) TOKEN_LIKE_NAMES.clear();
    tokenLike = isTokenLikeName(name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase());
    TOKEN_LIKE_NAMES.set(name, tokenLike);
  }
  return tokenLike;
}

/** Names answered so far: the same names come back in every file (the answer depends on the name alone). */
const TOKEN_LIKE_NAMES = new Map<string, boolean>();
const MAX_REMEMBERED_NAMES = 50_000;
