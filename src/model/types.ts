/**
 * The language-neutral token model. Front ends (lang/python, lang/typescript) lower
 * syntax into these facts; rules read only these facts, never syntax or text.
 * Every location is 1-based.
 */
import type { Language } from '../engine/finding.js';

export interface Loc {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Where a token value enters the program. */
export type TokenSourceKind =
  | 'auth-header' // Authorization header, request.authorization, HTTP_AUTHORIZATION
  | 'query' // query string parameter with a token-like name
  | 'cookie' // cookie with a token-like name
  | 'form' // form / body field with a token-like name
  | 'dependency' // framework-provided bearer token (OAuth2PasswordBearer, HTTPBearer, @Headers('authorization'))
  | 'named' // a parameter or variable named like a token: the weaker signal
  | 'issued'; // a token this code has just created (jwt.encode, create_access_token): handing it out is the point, logging or keying by it is not

export interface TokenSource {
  kind: TokenSourceKind;
  /** The header, parameter or variable name it came from (never its value). */
  name: string;
  loc: Loc;
  /** 'weak' for name-only evidence. */
  strength: 'strong' | 'weak';
  /** issued: what the token is for, when the code says so ('other': a password-reset or verification link). */
  purpose?: 'access' | 'refresh' | 'other';
}

/** An abstract value: what the front end knows about an expression. */
/** Where an imported constant is defined (another file): reported at its use with this as the related location. */
export interface DefinedIn {
  file: string;
  line: number;
  column: number;
  /** The constant's name there. */
  name: string;
}

export type Value =
  | { kind: 'string'; value: string; /** name of the constant it came through, if any */ via?: string; from?: DefinedIn }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'none' }
  | { kind: 'list'; items: Value[] }
  | { kind: 'dict'; entries: { key: string | null; value: Value }[] }
  /** Derived from a token; `transforms` lists what was applied (split, slice, f-string…). */
  | { kind: 'token'; source: TokenSource; transforms: string[]; /** variable that held it last */ name?: string }
  /** Read from the environment, with the literal fallback if one was given. */
  | { kind: 'env'; name: string; fallback?: Value; from?: DefinedIn }
  /** A time span, in seconds (timedelta(...), '1h', 3600 in an expiry position). */
  | { kind: 'duration'; seconds: number }
  /** The claims returned by a decode; `verified` false for unverified decodes. */
  | { kind: 'claims'; verified: boolean; opId: number; /** members read on the way, e.g. ['header', 'kid'] (JS/TS front end) */ path?: string[] }
  | { kind: 'unknown'; /** dotted name when the expression is a name or attribute path */ name?: string };

export type JwtOpKind =
  | 'decode' // verifying decode (jwt.decode, jwt.verify, jwtVerify)
  | 'unverified-decode' // returns claims without verifying (get_unverified_claims, jwt.decode in jsonwebtoken, decodeJwt)
  | 'header-peek' // reads the unverified header only (get_unverified_header)
  | 'encode'; // issues a token

/** One call into a JWT library (or a framework's JWT settings treated as such). */
export interface JwtOperation {
  id: number;
  kind: JwtOpKind;
  /** Catalog name of the API, e.g. 'jwt.decode' (PyJWT), 'jose.jwt.decode', 'jsonwebtoken.verify'. */
  api: string;
  library: string;
  loc: Loc;
  /** The token argument (decode) or payload (encode). */
  subject?: Value;
  key?: Value;
  keyLoc?: Loc;
  /** 'missing' when the call passes no algorithms; the value otherwise. */
  algorithms: Value | 'missing' | 'not-applicable';
  /** True when the accepted algorithms come from the token's own (unverified) header. */
  algorithmsFromToken: boolean;
  /** Option flags as written (undefined: not mentioned; the library default applies). */
  options: {
    verifySignature?: boolean;
    verifyExp?: boolean;
    verifyAud?: boolean;
    verifyIss?: boolean;
  };
  /** encode: the payload's claim names when known (null when the payload is opaque). */
  payloadClaims?: string[] | null;
  /** encode: expiry from `exp`/`expiresIn`, in seconds from now, when it can be computed. */
  expiresInSeconds?: number;
  /** encode: where that expiry is written when apart from the call (`exp.setDate(today.getDate() + 60)`). */
  expiresLoc?: Loc;
  /**
   * encode: what the token is for, when the code says so (payload `type`, the API, the
   * function or variable name): 'other' for single-purpose links (password reset, email
   * verification, invitations). Undefined: not said (treated as an access token).
   */
  tokenType?: 'access' | 'refresh' | 'other';
  /**
   * How the result is used: 'key-selection' when only kid/alg/jku is read to pick a key
   * before a verified decode; 'decision' when claims reach a condition, return or
   * authorization; 'other' otherwise.
   */
  resultUse: 'key-selection' | 'decision' | 'other' | 'unused';
  /** Enclosing function id, if any. */
  functionId?: number;
  /**
   * The only decision on the claims is that the enclosing function returns them: its
   * callers decide. Link judges the claims at the callers in other files instead, when there are any.
   */
  decidedByReturn?: boolean;
  /** The call reaches the library through a helper defined in another file (`security.decode` wrapping `jws.decode`). */
  wrapper?: DefinedIn;
}

/** A secret or signing key bound to a name or setting. */
export interface SecretBinding {
  /** e.g. 'SECRET_KEY', 'app.config["JWT_SECRET_KEY"]', 'app.secret_key', a constant used as key. */
  name: string;
  value: Value;
  loc: Loc;
  /** 'credential': a static credential sent or checked by the code (`"Bearer eyJ…"`, an API key in client config, a password compared with). */
  context: 'setting' | 'constant-used-as-key' | 'key-argument' | 'env-fallback' | 'credential';
  /** True when the binding sits inside a list of known placeholders kept to reject them. */
  rejectList?: boolean;
  /** An imported constant: the binding is where it is used, the literal is written there (reported once, at the first use). */
  definedIn?: DefinedIn;
  /** env-fallback: the fallback is generated at startup by a non-cryptographic generator (`random.choices(digits, k=6)`). */
  generated?: { api: string; length?: number };
}

/** A token lifetime set by configuration (flask-jwt-extended, simplejwt, JwtModule…). */
export interface LifetimeSetting {
  name: string;
  /** Seconds, or false when expiry is disabled. */
  value: number | false;
  loc: Loc;
  tokenType: 'access' | 'refresh' | 'unknown';
}

export type SinkKind =
  | 'log' // logging, print, console.*
  | 'url' // written into a URL or query params
  | 'response' // response body, HTTPException detail, abort message
  | 'cache-key' // cache/redis/session/rate-limiter key
  | 'hash-key' // built-in hash() deriving a key
  | 'storage'; // localStorage / sessionStorage / non-httpOnly cookie

/** A token-derived value reaching a sink. */
export interface TokenFlow {
  sink: SinkKind;
  /** The sink API as named in code, e.g. 'logger.info', 'redis.set'. */
  api: string;
  loc: Loc;
  value: Extract<Value, { kind: 'token' }>;
  /** True when the token is hashed (sha256, hmac) before reaching the sink. */
  hashed: boolean;
  /** Extra detail for the message (e.g. cookie flags missing). */
  detail?: string;
}

/** A token read from the query string (token-in-url at the source). */
export interface TokenQueryRead {
  name: string;
  loc: Loc;
  api: string;
}

export interface SplitUse {
  loc: Loc;
  /** The token-bearing value that is split and indexed. */
  value: Extract<Value, { kind: 'token' }>;
  /** True when something proves two parts: startswith, length check, partition, IndexError handler. */
  guarded: boolean;
  /** JS/TS: the header is known present (tested, defaulted, in a try) but nothing proves its two parts. */
  presenceChecked?: boolean;
}

export interface CompareUse {
  loc: Loc;
  operator: string;
  presented: Extract<Value, { kind: 'token' }>;
  /** What it is compared against: a secret, a stored token, an env value. */
  against: Value;
  againstName?: string;
}

/** An exception handler around token verification. */
export interface VerifyHandler {
  loc: Loc;
  /** Exceptions caught, as written. */
  catches: string[];
  /** True when the handler neither returns, raises nor aborts (and does not deny). */
  swallows: boolean;
  /** True when protected code runs after the try when the handler swallowed. */
  continuesToProtectedCode: boolean;
  verifyOpIds: number[];
  /** Verify-like calls in the try body that are not catalog JWT operations (`verify_token`, `serializer.loads`). */
  verifyCalls?: string[];
}

/** Authentication evidence on a route. */
export type AuthEvidence =
  | { kind: 'decorator'; name: string }
  | { kind: 'dependency'; name: string }
  | { kind: 'router-dependency'; name: string }
  | { kind: 'hook'; name: string } // before_request, middleware, guard
  | { kind: 'inline'; name: string }
  /** Security an API document declares and the framework enforces from it (connexion: the operation's `security`). */
  | { kind: 'spec'; name: string };

export interface RouteModel {
  id: number;
  framework: string;
  /** The group siblings are compared within: blueprint, router, app, controller (its name in this file). */
  group: string;
  method: string;
  /** The path as this file shows it (with its router's prefix when the router is defined here). */
  path: string;
  handler: string;
  loc: Loc;
  auth: AuthEvidence[];
  /** True for clearly public endpoints: login, token, register, health, docs, static. */
  public: boolean;
  /** Set by link: how the route is mounted across files. */
  mounted?: MountedRoute;
  /**
   * The identity parameter the handler takes with an empty default (`def get(self, request, user=None)`),
   * which an auth decorator fills in: without the decorator the handler runs for anyone.
   */
  identityParameter?: string;
}

/** What link learns of a route from the files that mount its router (routes across files). */
export interface MountedRoute {
  /** The path prefix added where the router is included, registered or used (and by its own prefix when defined elsewhere); '' when none. */
  prefix: string;
  /** The full path the route answers on; absent when the router is mounted in several places with different prefixes. */
  path?: string;
  /** Authentication applied where it is mounted, or by its router's dependencies or hooks written in another file. */
  auth: AuthEvidence[];
  /** The group its siblings are compared within (`file#name`): its router, or the router that includes it with other one-route routers (a route per file). */
  group: string;
  /** That group's name, for messages. */
  groupName: string;
}

/** A router, blueprint or application defined in this file (Python), for routes that use it from other files. */
export interface RouterGroup {
  framework: string;
  name: string;
  /** `APIRouter(prefix=…)`, `Blueprint(url_prefix=…)`. */
  prefix: string;
  /** Authentication it applies to every route on it: router dependencies, blueprint hooks, decorators. */
  auth: AuthEvidence[];
  loc: Loc;
}

/** Authentication applied to every route of an app from elsewhere: NestJS global guards, Next.js middleware. */
export interface GlobalAuth {
  framework: string;
  name: string;
  loc: Loc;
  /**
   * When set, the authentication covers only this NestJS controller (`consumer.apply(M).forRoutes(UsersController)`):
   * its class name, and the module it is imported from as written (`./users.controller`; this file's own when declared here).
   * Routers mounted behind auth in other files are link's: RouteModel.mounted.
   */
  group?: string;
  module?: string;
  /**
   * When set, only the routes matching one of these are covered (NestJS `forRoutes({ path,
   * method })`, Next.js middleware `matcher`), minus those matching `except`: `pattern` is a
   * regular expression over the route's path with its parameters written as `:param`.
   */
  paths?: RoutePattern[];
  except?: RoutePattern[];
}

export interface RoutePattern {
  pattern: string;
  /** Upper-case HTTP method; undefined: every method. */
  method?: string;
}

/**
 * A router, blueprint or plugin mounted on a group of this file (`app.include_router(…)`,
 * `app.register_blueprint(…)`, `router.use('/orders', ordersRouter)`, `fastify.register(plugin, { prefix })`)
 * whose prefix the front end did not apply to any route path: link joins the mounts of all
 * files into routes across files.
 */
export interface RouterMount {
  framework: string;
  /** The group (router, blueprint or app variable) of this file it is mounted on. */
  parent: string;
  /** The mounted router as the walker resolves its name: a group of this file, or an imported name (`routers.items.router`, `./orders`). */
  child: string;
  /** The path prefix the mount adds; '' when none. */
  prefix: string;
  /** Authentication the mount itself applies (middleware before the router, `dependencies=[…]`). */
  auth: AuthEvidence[];
  loc: Loc;
}

/**
 * An app whose routes are declared by an API document rather than in code: connexion's
 * `app.add_api('openapi.yml')` routes each operation's `operationId` to a function and
 * enforces the operation's `security` before the function runs.
 */
export interface SpecMount {
  framework: 'connexion';
  /** The document as written in the call (`openapi.yml`). */
  document: string;
  /** The app's `specification_dir`, as written ('' when not given or not a literal). */
  specificationDir: string;
  /** `add_api(..., base_path='/v1')`, when given: replaces the document's own base path. */
  basePath?: string;
  loc: Loc;
}

/** A piece of hand-written token verification (for scattered-validation). */
export interface VerificationSite {
  loc: Loc;
  function: string;
  /** The FunctionModel id of that function, when known. */
  functionId?: number;
  /** What kind of token it verifies, e.g. 'jwt:HS256:SECRET_KEY' or 'bearer-compare'. */
  tokenKind: string;
}

/** Acquire / release of a token-keyed resource, for the exactly-once rules. */
export interface ResourceEvent {
  kind: 'acquire' | 'release';
  api: string;
  /** A stable description of the key (e.g. 'token', 'f"session:{token}"', 'claims.jti'). */
  key: string;
  loc: Loc;
  idempotent: boolean;
  /** Where the call sits in the file (front-end offset), to place it in its function's CFG. */
  offset?: number;
  /** acquire: the variable its result is assigned to (`ok = redis.set(k, v, nx=True)`). */
  boundTo?: string;
}

/** A control-flow graph node; edges are in `succ` (normal) and `exc` (exception). */
export interface CfgNode {
  id: number;
  kind: 'entry' | 'exit' | 'raise-exit' | 'stmt' | 'finally' | 'handler';
  loc?: Loc;
  events: ResourceEvent[];
  succ: number[];
  exc: number[];
  /** For descriptions: 'raised at line N', 'in finally'. */
  label?: string;
  /**
   * A condition that tests whether an acquire succeeded (`if not redis.set(k, v, nx=True):`,
   * `if (!acquired)`): along the edge to `target` the acquire did not happen. `variable`
   * names the tested result; without it, the acquire is in this node's own condition.
   */
  acquireFailed?: { target: number; variable?: string };
  /** An if-header: its condition's text (without a leading not/!) and where each outcome goes. */
  branch?: { condition: string; negated: boolean; then: number; otherwise: number };
}

export interface Cfg {
  nodes: CfgNode[];
  entry: number;
  exit: number;
  raiseExit: number;
}

export interface FunctionModel {
  id: number;
  name: string;
  loc: Loc;
  /** Framework role, when known: route handler, dependency with yield, teardown hook, error handler, middleware. */
  role?: 'route' | 'dependency' | 'teardown' | 'error-handler' | 'middleware' | 'finish-listener';
  touchesToken: boolean;
  /** Built by the front end for functions with resource events (plain data: models cross threads). */
  cfg?: Cfg;
  /** Acquire/release calls of token-keyed resources in this function (not in nested functions). */
  events?: ResourceEvent[];
  /** finish-listener: the function that registered it (`res.on('finish', …)` inside a middleware). */
  registeredBy?: number;
  /**
   * What authenticates inside the function, when it checks a token itself (reads and verifies
   * it, or denies with 401/403): for handlers routed from outside the code (connexion's
   * operationIds), whose route is only known once the API document is read.
   */
  inlineAuth?: string;
}

/** A part of a file that was not analysed, and why. */
export interface SkippedRegion {
  loc: Loc;
  reason: string;
}

export interface FileModel {
  /** Relative to the scan root, with `/`. */
  file: string;
  language: Language;
  lines: number;
  /** True when the parser recovered from syntax errors; facts cover what the tree allows. */
  hasSyntaxErrors: boolean;
  /** Whether this file is a test file (test_*.py, *_test.py, tests/, *.spec.ts…). */
  isTest: boolean;
  /** Top-level modules the file imports (flask, jwt, express, jsonwebtoken…): the web/JWT context. */
  frameworks: string[];
  jwtOps: JwtOperation[];
  secrets: SecretBinding[];
  lifetimes: LifetimeSetting[];
  flows: TokenFlow[];
  queryReads: TokenQueryRead[];
  splits: SplitUse[];
  compares: CompareUse[];
  verifyHandlers: VerifyHandler[];
  routes: RouteModel[];
  globalAuth: GlobalAuth[];
  /** Routers mounted on this file's groups whose prefix link applies; absent when none. */
  routerMounts?: RouterMount[];
  /** Routers and blueprints defined here (Python), for routes on them in other files; absent when none. */
  routerGroups?: RouterGroup[];
  /** API documents an app serves its routes from (connexion's `add_api('openapi.yml')`); absent when none. */
  specMounts?: SpecMount[];
  verificationSites: VerificationSite[];
  functions: FunctionModel[];
  /** Suppression comments: `tokengate: ignore[TG101] reason`. */
  suppressions: SuppressionComment[];
  /** The file as a module: imports, exports with summaries, names used through imports (for link). */
  module?: ModuleFacts;
  /** Parts of the file left out of the analysis (nested past the depth budget); absent when none. */
  notAnalysed?: SkippedRegion[];
}

export interface SuppressionComment {
  line: number;
  column: number;
  ruleIds: string[];
  reason: string;
  /** The comment stands alone on its line, so it applies to the next code line. */
  standalone: boolean;
  /** Meant as a suppression but not written as one (as written, shortened): it suppresses nothing. */
  malformed?: string;
}

/** A region covering the whole file: what is not analysed when a file or a rule fails. */
export function wholeFile(lines: number, reason: string): SkippedRegion {
  return { loc: { line: 1, column: 1, endLine: Math.max(1, lines), endColumn: 1 }, reason };
}

export function emptyFileModel(file: string, language: Language, lines: number): FileModel {
  return {
    file,
    language,
    lines,
    hasSyntaxErrors: false,
    isTest: false,
    frameworks: [],
    jwtOps: [],
    secrets: [],
    lifetimes: [],
    flows: [],
    queryReads: [],
    splits: [],
    compares: [],
    verifyHandlers: [],
    routes: [],
    globalAuth: [],
    verificationSites: [],
    functions: [],
    suppressions: [],
  };
}

// ---- the file as a module: what link reads (see model/link.ts) ----

/** One name a file imports, as written. */
export interface ImportBinding {
  /** The local name (`jwt`, `security`, `decode`); '*' for Python's `from x import *`. */
  local: string;
  /** The module as written: `../lib/insecurity`, `@/lib/auth`, `app.core.security`, `.security`, `..`. */
  specifier: string;
  /** What is taken: an exported name, 'default', or '*' (the module itself: `import * as m`, `import m`, `require`). */
  imported: string;
  /** The prefix the walker resolves the local name to in qualified names (`../lib/insecurity`, `security.verify`). */
  qualified: string;
}

/** A name the module offers: Python, every top-level binding worth knowing; JS/TS, its exports. */
export interface ModuleExport {
  /** `decode`, `default`, `settings.SECRET_KEY` (a member of an exported object). */
  name: string;
  loc: Loc;
  /** A function (or method), summarised; `functionId` is its FunctionModel in this file. */
  function?: FunctionSummary;
  functionId?: number;
  /** A constant's value as the front end evaluated it (a literal, an env lookup, a duration, a list). */
  constant?: Value;
  /** A router, blueprint or application object (its framework): routes in other files may use it. */
  group?: string;
  /** Another name of this module (`export { a as b }`, `export default a`, `module.exports = { a }`): possibly an import. */
  local?: string;
  /** `export { x as y } from './m'`, `export * as ns from './m'` (imported '*'). */
  from?: { specifier: string; imported: string };
}

/** Where a function's return value comes from, in terms that survive the file. */
export type ReturnSummary =
  /** The token of the current request (a header, cookie, query parameter, bearer dependency). */
  | { kind: 'token'; source: { kind: TokenSourceKind; name: string; strength: 'strong' | 'weak' } }
  /** The claims of a decode it makes: `verified` false for an unverified decode (a wrapper of jwt.decode, jws.decode…). */
  | { kind: 'claims'; verified: boolean; api: string; library: string; tokenParam?: number }
  /** Derived from one of its parameters (`return header.split()[1]`), with the transforms applied. */
  | { kind: 'param'; index: number; name: string; transforms: string[] }
  /** Whatever an imported function returns (resolved by link): `return security.decode(token)`. */
  | { kind: 'call'; callee: string };

/** A function that issues a token: what the token carries and how long it lives. */
export interface IssuerSummary {
  api: string;
  library: string;
  payloadClaims: string[] | null;
  expiresInSeconds?: number;
  tokenType?: JwtOperation['tokenType'];
  /** The lifetime comes from this parameter (`create_access_token(data, expires_delta)`). */
  lifetimeParam?: { index: number; name: string };
  /** The payload is this parameter as given (`jwt.encode(data, KEY)` in `def issue(data)`). */
  payloadParam?: { index: number; name: string };
}

export interface FunctionSummary {
  params: string[];
  returns?: ReturnSummary;
  /** It authenticates the request: verifies a token (a verifying decode, a verify call) or reads one and denies. */
  verifies?: boolean;
  /** Imported functions it hands the token to: it verifies when one of them does (resolved by link). */
  verifiesVia?: string[];
  issues?: IssuerSummary;
}

export interface ModuleFacts {
  imports: ImportBinding[];
  exports: ModuleExport[];
  /** `export * from './m'` (JS/TS). Python's star imports are ImportBindings with local '*'. */
  starExports: string[];
  /** Qualified names (as the walker resolves them) this file uses through its imports. */
  references: string[];
  /** The imported functions it calls with a token argument (a value derived from a parameter matters only there). */
  tokenCalls?: string[];
}
