/**
 * Where token values enter a Python program: request headers, query strings, cookies,
 * forms, framework bearer dependencies, and names that say "token" (the weak signal).
 */
import type { Node } from './syntax-node.js';
import type { Loc, TokenSource, TokenSourceKind } from '../../model/types.js';
import type { PyCall, PyLowering, Scope } from './lowering-api.js';
import { dottedName, stringContent } from './syntax.js';

/** Names that hold a bearer token: token, access_token, jwt, bearer, id_token, auth_token… */
const TOKEN_NAME = /^(?:[a-z0-9]+_)*(?:token|jwt|bearer|bearer_token|jwt_token)$/i;
/** Names that look like tokens but are not bearer tokens. */
const NOT_TOKEN_NAME = /(?:^|_)(?:csrf|xsrf|max|num|n|next|page|pagination|continuation|cancel|cancellation|lexer|parser|tokenize|sentence|word)_token$|^(?:tokens?_(?:type|url|endpoint|uri|count|len|length|limit|expiry|expires|ttl|lifetime|name|kind))$/i;

export function isTokenLikeName(name: string): boolean {
  return TOKEN_NAME.test(name) && !NOT_TOKEN_NAME.test(name);
}

/** Header names that carry a bearer token or API credential. */
const TOKEN_HEADERS = new Set(['authorization', 'x-auth-token', 'x-access-token', 'x-api-key', 'x-token', 'api-key', 'x-jwt', 'token', 'proxy-authorization']);
const META_TOKEN_KEYS = new Set(['HTTP_AUTHORIZATION', 'HTTP_X_AUTH_TOKEN', 'HTTP_X_ACCESS_TOKEN', 'HTTP_X_API_KEY']);
/** Request parameter names that carry a token in a query string, cookie or form. */
const TOKEN_PARAM = /^(?:[a-z0-9]+[_-])*(?:token|jwt|bearer|api[_-]?key|apikey|auth)$/i;

const REQUEST_NAMES = new Set(['request', 'req', 'self.request', 'flask.request', 'r']);

function isRequest(name: string | undefined): boolean {
  return name !== undefined && REQUEST_NAMES.has(name);
}

/** request.<collection> → the source kind its token-named entries have. */
const COLLECTION_KIND: Record<string, TokenSourceKind> = {
  args: 'query',
  query_params: 'query',
  GET: 'query',
  values: 'query',
  cookies: 'cookie',
  COOKIES: 'cookie',
  form: 'form',
  POST: 'form',
  data: 'form',
  json: 'form',
};

function keyLiteral(node: Node | undefined | null): string | undefined {
  if (!node || node.type !== 'string') return undefined;
  if (node.namedChildren.some((child) => child.type === 'interpolation')) return undefined;
  return stringContent(node);
}

function sourceFor(collection: string, key: string, loc: Loc): TokenSource | undefined {
  if (collection === 'headers') {
    return TOKEN_HEADERS.has(key.toLowerCase()) ? { kind: 'auth-header', name: key, loc, strength: 'strong' } : undefined;
  }
  if (collection === 'META') {
    return META_TOKEN_KEYS.has(key) ? { kind: 'auth-header', name: key, loc, strength: 'strong' } : undefined;
  }
  const kind = COLLECTION_KIND[collection];
  if (kind && TOKEN_PARAM.test(key) && !/csrf|xsrf/i.test(key)) return { kind, name: key, loc, strength: 'strong' };
  return undefined;
}

/** `request.headers.get("Authorization")`, `request.args.get("token")`, `request.META.get(...)`. */
export function tokenSourceOfCall(call: PyCall, lowering: PyLowering, _scope: Scope): TokenSource | undefined {
  if (call.method !== 'get' && call.method !== 'getlist' && call.method !== 'pop') return undefined;
  const receiver = call.receiverNode;
  if (receiver?.type !== 'attribute') return undefined;
  const collection = receiver.childForFieldName('attribute')?.text;
  const owner = receiver.childForFieldName('object');
  if (!collection || !owner || !isRequest(dottedName(owner))) return undefined;
  const key = keyLiteral(call.argNodes[0]);
  if (key === undefined) return undefined;
  return sourceFor(collection, key, lowering.loc(call.node));
}

/** `request.headers["Authorization"]`, `request.args["token"]`, `request.META["HTTP_AUTHORIZATION"]`. */
export function tokenSourceOfSubscript(node: Node, lowering: PyLowering, _scope: Scope): TokenSource | undefined {
  const object = node.childForFieldName('value');
  if (object?.type !== 'attribute') return undefined;
  const collection = object.childForFieldName('attribute')?.text;
  const owner = object.childForFieldName('object');
  if (!collection || !owner || !isRequest(dottedName(owner))) return undefined;
  const key = keyLiteral(node.childForFieldName('subscript'));
  if (key === undefined) return undefined;
  return sourceFor(collection, key, lowering.loc(node));
}

/** `request.authorization` (werkzeug), `request.auth` (DRF, the authenticated token), `body.reset_code` of a FastAPI body model. */
export function tokenSourceOfAttribute(node: Node, lowering: PyLowering, _scope: Scope): TokenSource | undefined {
  const attribute = node.childForFieldName('attribute')?.text;
  if (!attribute || (attribute !== 'authorization' && !BODY_CREDENTIAL_FIELD.test(attribute))) return undefined;
  const object = node.childForFieldName('object');
  if (!object) return undefined;
  if (attribute === 'authorization' && isRequest(dottedName(object))) return { kind: 'auth-header', name: 'Authorization', loc: lowering.loc(node), strength: 'strong' };
  if (object.type === 'identifier' && BODY_CREDENTIAL_FIELD.test(attribute) && isBodyModelParameter(object.text, node)) return { kind: 'form', name: attribute, loc: lowering.loc(node), strength: 'strong' };
  return undefined;
}

/** Fields of a request body that carry a credential: tokens and API keys, one-time reset, verification and login codes. */
const BODY_CREDENTIAL_FIELD = /^(?:[a-z0-9]+_)*(?:token|jwt|api_?key|apikey)$|^(?:[a-z0-9]+_)*(?:reset|verification|verify|confirm|confirmation|activation|otp|mfa|totp|one_time|magic|login)_(?:password_)?(?:code|pin|otp)$|^(?:otp|totp|otp_code|mfa_code|pin_code)$/i;
/** Annotations that are not a body model: request objects, sessions, plain scalars. */
const NOT_BODY_MODEL = /^(?:Request|WebSocket|Response|Session|AsyncSession|BackgroundTasks|HTTPConnection|str|int|float|bool|bytes|dict|list|Any|Optional|Union)$/;

/**
 * `name` is a parameter, annotated with a model class, of the FastAPI route handler that
 * holds `node`: FastAPI fills it from the request body.
 */
function isBodyModelParameter(name: string, node: Node): boolean {
  let def: Node | null = node.parent;
  while (def && def.type !== 'function_definition') def = def.parent;
  const decorated = def?.parent?.type === 'decorated_definition' ? def.parent : undefined;
  if (!def || !decorated?.namedChildren.some((child) => child.type === 'decorator' && /^@\s*\w+\.(?:get|post|put|patch|delete|api_route)\(/.test(child.text))) return false;
  for (const parameter of def.childForFieldName('parameters')?.namedChildren ?? []) {
    if (parameter.type !== 'typed_parameter' && parameter.type !== 'typed_default_parameter') continue;
    const parameterName = parameter.type === 'typed_parameter' ? parameter.namedChildren.find((child) => child.type === 'identifier')?.text : parameter.childForFieldName('name')?.text;
    if (parameterName !== name) continue;
    const annotation = parameter.childForFieldName('type')?.text ?? '';
    const head = annotation.split(/[.[]/).pop() ?? annotation;
    return /^[A-Z]\w*$/.test(head) && !NOT_BODY_MODEL.test(head) && parameter.childForFieldName('value') === null;
  }
  return false;
}

/** The `Depends(...)`/`Security(...)` call inside an `Annotated[...]` annotation. */
function annotatedDependency(typeNode: Node, depth = 0): Node | undefined {
  if (depth > 4) return undefined;
  for (const child of typeNode.namedChildren) {
    if (child.type === 'call') {
      const callee = child.childForFieldName('function')?.text.split('.').pop();
      if (callee === 'Depends' || callee === 'Security') return child;
    }
    const inner = annotatedDependency(child, depth + 1);
    if (inner) return inner;
  }
  return undefined;
}

/** Callables that make FastAPI give a handler the presented bearer token. */
const FASTAPI_BEARER_SCHEMES = new Set([
  'OAuth2PasswordBearer',
  'OAuth2AuthorizationCodeBearer',
  'OAuth2',
  'HTTPBearer',
  'APIKeyHeader',
  'APIKeyCookie',
  'APIKeyQuery',
  'HTTPBasic',
]);

function lastName(dotted: string | undefined): string | undefined {
  return dotted?.split('.').pop();
}

/** Names bound to `OAuth2PasswordBearer(...)` and the like, across the module. */
function isBearerScheme(expression: Node, lowering: PyLowering, scope: Scope): string | undefined {
  if (expression.type === 'call') {
    const callee = lastName(lowering.qualifiedName(expression.childForFieldName('function')!));
    return callee && FASTAPI_BEARER_SCHEMES.has(callee) ? callee : undefined;
  }
  if (expression.type === 'identifier') {
    // `oauth2_scheme = OAuth2PasswordBearer(...)` evaluates to unknown named after the call
    const bound = lowering.lookup(expression.text, scope);
    const callee = bound?.kind === 'unknown' && bound.name?.endsWith('()') ? lastName(bound.name.slice(0, -2)) : undefined;
    if (callee && FASTAPI_BEARER_SCHEMES.has(callee)) return callee;
  }
  return undefined;
}

/**
 * A parameter is a token when FastAPI injects one (`Depends(oauth2_scheme)`,
 * `Security(HTTPBearer())`, `Header()` named authorization, `Query()` named token), or,
 * weakly, when its name says token.
 */
/** A one-time code by name, in a function whose name says it delivers one (`send_code_to_phone_number(phone, code)`). */
const ONE_TIME_CODE = /^(?:code|otp|pin|otp_code|sms_code|mfa_code|verification_code|reset_code|reset_password_code|one_time_code|login_code)$/;
const DELIVERS_CODE = /(?:send|deliver|text|sms|mail|notify|dispatch)_?\w*?(?:code|otp|pin)|(?:code|otp|pin)s?_(?:to|via|by)_/i;

export function tokenSourceOfParameter(name: string, defaultNode: Node | null, typeNode: Node | null, lowering: PyLowering, outer: Scope, loc: Loc, functionName?: string): TokenSource | undefined {
  // credentials: Annotated[HTTPBasicCredentials, Depends(security)]: the marker sits in the annotation
  const annotated = defaultNode === null && typeNode ? annotatedDependency(typeNode) : undefined;
  if (annotated) defaultNode = annotated;
  if (defaultNode?.type === 'call') {
    const callee = lastName(lowering.qualifiedName(defaultNode.childForFieldName('function')!));
    const firstArgument = defaultNode.childForFieldName('arguments')?.namedChildren.find((child) => child.type !== 'keyword_argument' && child.type !== 'comment');
    if ((callee === 'Depends' || callee === 'Security') && firstArgument) {
      const scheme = isBearerScheme(firstArgument, lowering, outer);
      if (scheme) return { kind: scheme === 'APIKeyQuery' ? 'query' : scheme === 'APIKeyCookie' ? 'cookie' : 'dependency', name, loc, strength: 'strong' };
    }
    const alias = defaultNode.childForFieldName('arguments')?.namedChildren.find((child) => child.type === 'keyword_argument' && child.childForFieldName('name')?.text === 'alias');
    const effective = alias ? keyLiteral(alias.childForFieldName('value')) ?? name : name;
    if (callee === 'Header' && TOKEN_HEADERS.has(effective.toLowerCase().replace(/_/g, '-'))) return { kind: 'auth-header', name: effective, loc, strength: 'strong' };
    if (callee === 'Query' && TOKEN_PARAM.test(effective)) return { kind: 'query', name: effective, loc, strength: 'strong' };
    if (callee === 'Cookie' && TOKEN_PARAM.test(effective)) return { kind: 'cookie', name: effective, loc, strength: 'strong' };
  }
  if (isTokenLikeName(name)) return { kind: 'named', name, loc, strength: 'weak' };
  if (functionName && ONE_TIME_CODE.test(name) && DELIVERS_CODE.test(functionName)) return { kind: 'named', name, loc, strength: 'weak' };
  return undefined;
}
