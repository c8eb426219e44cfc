/**
 * Shared by the token-flow rules (token-logged, token-in-url, token-reflected,
 * token-cache-key, unstable-key): which recorded flows count, and how a flow's token is
 * named in a message (by its header, parameter or variable: never by its value).
 *
 * The policy for weak sources (a parameter or variable only *named* like a token): such a
 * flow counts only in a file that imports a web framework or a JWT library, and never in a
 * test file. Code like the standard library's tokenize module prints and logs variables
 * named `token` that are lexer tokens, not credentials.
 */
import type { FileModel, FunctionModel, Loc, TokenFlow, Value } from '../model/types.js';

type TokenValue = Extract<Value, { kind: 'token' }>;

/** Imports that make a file a web service or token handler (Python modules, JS/TS packages). */
export const WEB_CONTEXT = new Set([
  // Python
  'flask',
  'fastapi',
  'starlette',
  'django',
  'rest_framework',
  'jwt',
  'jose',
  'authlib',
  'itsdangerous',
  'flask_jwt_extended',
  'rest_framework_simplejwt',
  'aiohttp',
  'sanic',
  'falcon',
  'tornado',
  'quart',
  'litestar',
  'ninja',
  'werkzeug',
  // JS/TS
  'express',
  'koa',
  'fastify',
  'hapi',
  '@hapi/hapi',
  'next',
  '@nestjs/common',
  '@nestjs/core',
  '@nestjs/jwt',
  '@fastify/jwt',
  'jsonwebtoken',
  'jwt-simple',
  'passport-jwt',
  'express-jwt',
]);

/** HTTP clients: a token-named variable sent in a URL by a client leaks just the same. */
export const HTTP_CLIENT_CONTEXT = new Set(['requests', 'httpx', 'urllib3', 'axios', 'node-fetch', 'got', 'undici']);

/** Whether the file imports a web framework or a JWT library (or one of `extraContext`). */
export function isWebContext(model: FileModel, extraContext?: Set<string>): boolean {
  return model.frameworks.some((module) => WEB_CONTEXT.has(module) || (extraContext?.has(module) ?? false));
}

/** Whether a flow's token evidence is enough in this file (see the module comment). */
export function sourceCounts(value: TokenValue, model: FileModel, extraContext?: Set<string>): boolean {
  if (value.source.strength === 'strong') return true;
  if (model.isTest) return false;
  return isWebContext(model, extraContext);
}

/** A literal slice of at most 8 characters (`token[:6] + "…"`): a redacted prefix or suffix, not the token. */
export function isRedacted(value: TokenValue): boolean {
  return value.transforms.includes('redacted-slice');
}

/** Parts of a presented credential that are not secret: the scheme word, Basic auth's username, the auth type. */
const NOT_SECRET_PARTS = new Set(['first-part', '.username', '.type', '.scheme', '.realm']);

/** Whether the value still carries the secret part of the token (not only its scheme or username). */
export function carriesSecret(value: TokenValue): boolean {
  return !value.transforms.some((transform) => NOT_SECRET_PARTS.has(transform));
}

/** The flows of one sink kind that count: weak-source policy applied; hashed, redacted and non-secret parts left out. */
export function countedFlows(model: FileModel, sink: TokenFlow['sink'], extraContext?: Set<string>): TokenFlow[] {
  return model.flows.filter((flow) => flow.sink === sink && !flow.hashed && !isRedacted(flow.value) && carriesSecret(flow.value) && sourceCounts(flow.value, model, extraContext) && !handedOut(flow));
}

/**
 * A token the code has just issued, sent where issuing sends it: the response of the login
 * or refresh endpoint, or the URL of a single-purpose link (password reset, verification).
 */
function handedOut(flow: TokenFlow): boolean {
  if (flow.value.source.kind !== 'issued') return false;
  return flow.sink === 'response' || (flow.sink === 'url' && flow.value.source.purpose === 'other');
}

/** "the Authorization header (in `header`)", "query parameter `token`", "`access_token`". */
export function describeToken(value: TokenValue): string {
  const { source } = value;
  let origin: string;
  switch (source.kind) {
    case 'auth-header':
      origin = `the ${source.name} header`;
      break;
    case 'query':
      origin = `query parameter \`${source.name}\``;
      break;
    case 'cookie':
      origin = `cookie \`${source.name}\``;
      break;
    case 'form':
      origin = `form field \`${source.name}\``;
      break;
    case 'dependency':
      origin = `the bearer token \`${source.name}\``;
      break;
    case 'issued':
      return value.name ? `the token issued by ${source.name} (in \`${value.name}\`)` : `the token issued by ${source.name}`;
    default:
      return `token \`${value.name ?? source.name}\``;
  }
  return value.name && value.name !== source.name ? `${origin} (in \`${value.name}\`)` : origin;
}

/** The innermost function whose span holds `loc`. */
export function enclosingFunction(model: FileModel, loc: Loc): FunctionModel | undefined {
  let found: FunctionModel | undefined;
  for (const fn of model.functions) {
    const starts = fn.loc.line < loc.line || (fn.loc.line === loc.line && fn.loc.column <= loc.column);
    const ends = fn.loc.endLine > loc.endLine || (fn.loc.endLine === loc.endLine && fn.loc.endColumn >= loc.endColumn);
    if (starts && ends && (!found || fn.loc.line >= found.loc.line)) found = fn;
  }
  return found;
}

export function at(loc: Loc): { line: number; column: number } {
  return { line: loc.line, column: loc.column };
}
