/**
 * What each Python function does that counts as authentication: it reads a token from the
 * request (a strong token source), denies with 401/403, calls a verify-like function on a
 * token, or decodes a JWT. The routes recognizer feeds these facts from its walker hooks
 * and asks, at the end of the module, whether a handler checks inline or whether a hook,
 * dependency or custom decorator guards what it wraps.
 */
import type { Node } from '../syntax-node.js';
import type { FunctionModel, Value } from '../../../model/types.js';
import type { PyCall, PyLowering, Scope } from '../lowering-api.js';
import { importedVerifies } from '../imported-calls.js';

export interface FunctionFacts {
  fn: FunctionModel;
  /** The enclosing function (decorator factories and their wrappers). */
  parentId: number | undefined;
  readsToken: boolean;
  /** Ends the request with 401 (`abort(401)`, `raise HTTPException(status_code=401)`, `return …, 401`). */
  denies401: boolean;
  /** Ends the request with 403 or redirects to the login page. */
  denies403: boolean;
  /** A verify-like call on a token (`verify_token(token)`), or flask-jwt-extended's `verify_jwt_in_request()`. */
  verifyCall: string | undefined;
  /** Module functions of this file it calls (`user = current_user()`), for checks one call away. */
  calls: Set<string>;
  /** A condition tests the session's identity (`request.user.is_authenticated`, flask-login's `current_user.is_authenticated`). */
  checksIdentity?: boolean;
  /** Redirects somewhere (`redirect(url_for("index"))`): with an identity test, the handler decides itself what anonymous callers get. */
  redirects?: boolean;
}

const STATE_KEY = 'py-function-auth';

export function factsTable(lowering: PyLowering): Map<number, FunctionFacts> {
  let table = lowering.state.get(STATE_KEY) as Map<number, FunctionFacts> | undefined;
  if (!table) {
    table = new Map();
    lowering.state.set(STATE_KEY, table);
  }
  return table;
}

export function factsOf(lowering: PyLowering, fn: FunctionModel): FunctionFacts {
  const table = factsTable(lowering);
  let facts = table.get(fn.id);
  if (!facts) {
    facts = { fn, parentId: undefined, readsToken: false, denies401: false, denies403: false, verifyCall: undefined, calls: new Set() };
    table.set(fn.id, facts);
  }
  return facts;
}

/** A token the request presented (an issued one is the login's output, not a check). */
function isStrongToken(value: Value | undefined): boolean {
  return value?.kind === 'token' && value.source.strength === 'strong' && value.source.kind !== 'issued';
}

/** Marks the function when a value read from the request's token sources passes through. */
export function noteValue(value: Value | undefined, lowering: PyLowering, scope: Scope): void {
  if (scope.fn && !lowering.isSilent && isStrongToken(value)) factsOf(lowering, scope.fn).readsToken = true;
}

/** 401 / 403 from a status value: a number or a named constant (`status.HTTP_401_UNAUTHORIZED`, `HTTPStatus.FORBIDDEN`). */
export function statusOf(value: Value | undefined): 401 | 403 | undefined {
  if (value?.kind === 'number') return value.value === 401 ? 401 : value.value === 403 ? 403 : undefined;
  if (value?.kind === 'unknown' && value.name) {
    if (/401|UNAUTHORI[SZ]ED/i.test(value.name)) return 401;
    if (/403|FORBIDDEN/i.test(value.name)) return 403;
  }
  return undefined;
}

/** Exceptions and responses that mean "not authenticated" / "not allowed" by their name alone. */
const DENY_401_CLASS = /^(?:Unauthori[sz]ed|unauthorized|NotAuthenticated|AuthenticationFailed|HTTPUnauthorized|NoAuthorizationError|InvalidTokenError|AuthError|AuthenticationError|redirect_to_login)$/;
const DENY_403_CLASS = /^(?:Forbidden|PermissionDenied|HTTPForbidden)$/;
const STATUS_KEYWORDS = ['status', 'status_code', 'code'];
/** Calls that verify a token by name, also without a token argument (they read the request themselves). */
const COMPARE_DIGEST = new Set(['hmac.compare_digest', 'secrets.compare_digest']);
const SELF_READING_VERIFY = new Set(['verify_jwt_in_request', 'verify_jwt_refresh_token_in_request']);
/** Helpers that authenticate the current request by name (`user = current_user()`), when their body is in another file. */
const SELF_READING_AUTH = /^(?:get_)?(?:current|authenticated|logged_in)_user(?:_id)?$|^require_(?:auth|authentication|user|login|token)$|^authenticate(?:_request)?$|^verify_request$/;
/** Webhook signature checks: Stripe's construct_event, hand-written verify_signature helpers. */
const SIGNATURE_VERIFY = /^(?:construct_event|verify_signature|verify_webhook(?:_signature)?|validate_signature|validate_webhook(?:_signature)?|check_signature|verify_hmac|verify_header)$/;
const VERIFY_NAME = /(?:^|_)(?:verify|authenticate|validate|check)(?:_|$)|(?:token|jwt|auth)_(?:verify|decode|validate|check)|^decode_(?:\w+_)?(?:token|jwt)$|^(?:get_)?current_user$/i;
const NOT_TOKEN_VERIFY = /password|passwd|email|otp|captcha|checksum|ssl|cert|signature|webhook/i;

/** Records what a call says about its function: a denial, a verify-like call, a token passed on. */
export function noteCall(call: PyCall, lowering: PyLowering, scope: Scope): void {
  if (!scope.fn || lowering.isSilent) return;
  const facts = factsOf(lowering, scope.fn);
  let tokenArgument = false;
  for (const value of call.args) if (isStrongToken(value)) tokenArgument = true;
  for (const value of call.kwargs.values()) if (isStrongToken(value)) tokenArgument = true;
  if (tokenArgument || isStrongToken(call.receiver)) facts.readsToken = true;

  const name = call.method ?? '';
  let status: 401 | 403 | undefined;
  if (DENY_401_CLASS.test(name)) status = 401;
  else if (DENY_403_CLASS.test(name)) status = 403;
  else {
    for (const value of call.args) status ??= call.args.length <= 3 && value.kind === 'number' ? statusOf(value) : undefined;
    for (const keyword of STATUS_KEYWORDS) status ??= statusOf(call.kwargs.get(keyword));
    // redirect(url_for("login")): session authentication sending strangers to sign in
    if (name === 'redirect' && /log_?in|sign_?in/i.test(call.argNodes[0]?.text ?? '')) status = 403;
  }
  if (name === 'redirect') facts.redirects = true;
  if (status === 401) facts.denies401 = true;
  if (status === 403) facts.denies403 = true;

  const local = call.callee !== undefined && !call.callee.includes('.') && lowering.functionDefs.has(call.callee);
  if (local) facts.calls.add(call.callee!);
  if (SELF_READING_VERIFY.has(name) && call.callee !== undefined) facts.verifyCall ??= call.callee;
  else if (!local && importedVerifies(call.callee, lowering)) facts.verifyCall ??= call.callee; // a function of another module that authenticates
  else if (SIGNATURE_VERIFY.test(name)) facts.verifyCall ??= call.callee ?? name; // a webhook checking its sender's signature
  else if (COMPARE_DIGEST.has(call.callee ?? '')) facts.verifyCall ??= call.callee; // a credential checked in constant time
  else if (!local && call.receiver === undefined && SELF_READING_AUTH.test(name)) facts.verifyCall ??= name;
  else if ((tokenArgument || isStrongToken(call.receiver)) && VERIFY_NAME.test(name) && !NOT_TOKEN_VERIFY.test(name)) facts.verifyCall ??= call.callee ?? name;
}

/** Session authentication tests: Django's `request.user.is_authenticated`, flask-login's `current_user.is_authenticated` (not role checks on an already authenticated user). */
const IDENTITY_TEST = /\b(?:(?:self\.)?request\.user|current_user|g\.user)\.(?:is_authenticated|is_anonymous)\b/;

/** A condition of the function that tests the signed-in identity: with a denial it is an inline check. */
export function noteCondition(condition: Node, lowering: PyLowering, scope: Scope): void {
  if (scope.fn && !lowering.isSilent && IDENTITY_TEST.test(condition.text)) factsOf(lowering, scope.fn).checksIdentity = true;
}

/** `return jsonify(error=…), 401` */
export function noteReturn(value: Value, lowering: PyLowering, scope: Scope): void {
  noteValue(value, lowering, scope);
  if (!scope.fn || lowering.isSilent || value.kind !== 'list') return;
  const status = value.items.length >= 2 ? statusOf(value.items[value.items.length - 1]) : undefined;
  if (status === 401) factsOf(lowering, scope.fn).denies401 = true;
  if (status === 403) factsOf(lowering, scope.fn).denies403 = true;
}

/** Function ids that hold a JWT decode (verifying or not: a decode is an attempt to authenticate). */
export function decodingFunctions(lowering: PyLowering): Set<number> {
  const ids = new Set<number>();
  for (const op of lowering.model.jwtOps) if ((op.kind === 'decode' || op.kind === 'unverified-decode') && op.functionId !== undefined) ids.add(op.functionId);
  return ids;
}

/**
 * A handler checks inline when it decodes a token, calls a verify-like function on one,
 * or reads one and denies with 401/403 itself (an API key compared, then `abort(403)`).
 */
export function checksInline(facts: FunctionFacts | undefined, decoding: Set<number>, localFacts?: (name: string) => FunctionFacts | undefined): boolean {
  if (!facts) return false;
  if (decoding.has(facts.fn.id) || facts.verifyCall !== undefined || ((facts.readsToken || facts.checksIdentity === true) && (facts.denies401 || facts.denies403))) return true;
  // `if current_user.is_anonymous: return redirect(url_for("index"))`: it handles anonymous callers itself
  if (facts.checksIdentity === true && facts.redirects === true) return true;
  // one call away: `user = current_user()` where current_user is defined in this file and verifies
  if (!localFacts) return false;
  for (const name of facts.calls) if (checksInline(localFacts(name), decoding)) return true;
  return false;
}

/**
 * A hook, dependency or decorator guards what it wraps when it (or a function nested in
 * it: a decorator's wrapper) reads the token, verifies it, or denies with 401/403.
 */
export function guards(fnId: number, table: Map<number, FunctionFacts>, decoding: Set<number>, children: Map<number, number[]>, seen = new Set<number>()): boolean {
  if (seen.has(fnId)) return false;
  seen.add(fnId);
  const facts = table.get(fnId);
  if (decoding.has(fnId)) return true;
  if (facts && (facts.readsToken || facts.denies401 || facts.denies403 || facts.verifyCall !== undefined)) return true;
  return (children.get(fnId) ?? []).some((child) => guards(child, table, decoding, children, seen));
}

export function childrenOf(table: Map<number, FunctionFacts>): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const facts of table.values()) {
    if (facts.parentId === undefined) continue;
    const list = children.get(facts.parentId) ?? [];
    list.push(facts.fn.id);
    children.set(facts.parentId, list);
  }
  return children;
}
