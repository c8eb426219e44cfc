/**
 * JS/TS recognizer: what each function does that counts as authenticating a request. It
 * records VerificationSite facts for scattered-validation: a function that takes the
 * token from the request itself (a strong source) and verifies it, with a verifying JWT
 * decode or a comparison with a named secret (a shared helper that receives the token as
 * a parameter is not a site, as in the Python front end), and keeps per-function facts the routes recognizer
 * asks at the end of the module: does a handler or middleware check a token inline?
 */
import { ts } from 'ts-morph';
import type { JwtOperation, Value } from '../../../model/types.js';
import type { TsLowering, TsRecognizer, TsScope } from '../lowering-api.js';
import { firstToken } from '../../../model/values.js';
import { keyLabel } from '../../python/frameworks/verification-sites.js';
import { importedVerifies } from '../imported-calls.js';

export interface FunctionAuthFacts {
  /** A token read from the request (a strong source) passes through the function. */
  readsToken: boolean;
  /** Ends the request with 401/403 (`res.status(401)`, `reply.code(401)`, `new UnauthorizedException()`, `{ status: 401 }`). */
  denies: boolean;
  /** A verify-like call on a token or on the request (`verifyToken(token)`, `request.jwtVerify()`), as written. */
  verifyCall: string | undefined;
  /** Names of same-file functions it calls (`requireUser(req)`), for one level of indirection. */
  calls: Set<string>;
  /** Verifies the sender's signature over the request (`stripe.webhooks.constructEvent`, an HMAC compared in constant time): a webhook. */
  verifiesSignature: boolean;
}

interface VerificationState {
  facts: Map<number, FunctionAuthFacts>;
  /** function id → `bearer-compare:<name>` kinds from hand-written comparisons. */
  compares: Map<number, { kind: string; loc: ts.Node }[]>;
}

const STATE_KEY = 'ts-verification';
/** Calls that verify the token they are given: verifyToken, jwtVerify, authenticate, validateApiKey, checkToken, introspect. */
const VERIFY_CALL = /verif|authenticat|validat\w*(?:token|key|jwt|auth|session|user)|check\w*(?:token|key|jwt|auth|session)|introspect/i;
/** Calls that authenticate the request they are given (`verifyRequestToken(req)`, `authenticate(req)`), not `verifyCaptcha(req)`. */
const VERIFY_REQUEST_CALL = /authenticat|jwtVerify|(?:verif|validat|check)\w*(?:token|jwt|auth|session|bearer|user|signature|api_?key|credential)/i;
/** Session libraries whose lookups authenticate the request: NextAuth/Auth.js, Clerk, Auth0, Supabase, Kinde, Lucia, better-auth, and a project's own `@/auth` or `./auth` module. */
const SESSION_PROVIDER = /^(?:next-auth|@auth\/[\w-]+|@clerk\/[\w-]+|@auth0\/[\w-]+|@supabase\/[\w-]+|@kinde-oss\/[\w-]+|lucia|better-auth|@\/(?:lib\/)?auth|\.\.?\/(?:[\w.-]+\/)*auth)(?:\/[\w-]+)*\.|\.auth\.getUser$/;
const SESSION_CALL = /^(?:getServerSession|getSession|auth|getAuth|getToken|currentUser|getUser|validateRequest|getKindeServerSession|requireSession|requireUser)$/;
/** Webhook signature checks: Stripe's constructEvent, Svix/standard-webhooks `verify`, Octokit's `verify`, hand-written `verifySignature`. */
const SIGNATURE_CALL = /^(?:constructEvent|constructEventAsync|verifySignature|verifyWebhook\w*|validateWebhook\w*|verifyHmac|validateSignature|checkSignature|verifyRequestSignature|isValidSignature|validateRequest)$/;
/** An argument that is the request's signature (`req.headers['stripe-signature']`, `signature`, `sig`). */
const SIGNATURE_ARGUMENT = /signature|\bsig\b|x-hub-signature|svix-|webhook-id/i;
/** A project's own session check imported from its code (`import { verifySession } from '@/app/lib/dal'`): Next.js' data access layer. */
const PROJECT_SESSION_HELPER = /^(?:verifySession|requireSession|validateSession|getSession|getServerSession|getCurrentUser|currentUser|requireUser|requireAuth|ensureAuth\w*|assertAuth\w*|checkAuth|getAuthUser|getSessionUser|getUserOrThrow|requireLogin|protect)$/;
const PROJECT_MODULE = /^(?:\.\.?\/|@\/|~\/|#)/;
const DENY_STATUS = /^(?:401|403)$/;
const DENY_NAMES = /UNAUTHORI[SZ]ED|FORBIDDEN/i;
const DENY_EXCEPTIONS = /^(?:UnauthorizedException|ForbiddenException|UnauthorizedError|AuthenticationError|AuthError|HttpUnauthorized)$/;
/** `res.status(401)`, `res.sendStatus(401)`, `reply.code(401)`, `ctx.throw(401)`, `createError(401)`, `res.writeHead(401)`. */
const STATUS_METHODS = new Set(['status', 'sendStatus', 'code', 'throw', 'writeHead', 'createError', 'httpError', 'error']);

function stateOf(lowering: TsLowering): VerificationState {
  let state = lowering.state.get(STATE_KEY) as VerificationState | undefined;
  if (!state) {
    state = { facts: new Map(), compares: new Map() };
    lowering.state.set(STATE_KEY, state);
  }
  return state;
}

function factsFor(lowering: TsLowering, fnId: number): FunctionAuthFacts {
  const table = stateOf(lowering).facts;
  let facts = table.get(fnId);
  if (!facts) table.set(fnId, (facts = { readsToken: false, denies: false, verifyCall: undefined, calls: new Set(), verifiesSignature: false }));
  return facts;
}

/** A token the request presented (a strong source); one the code has just issued is not. */
function isStrongToken(value: Value | undefined): boolean {
  const token = value && firstToken(value);
  return token !== undefined && token.source.strength === 'strong' && token.source.kind !== 'issued';
}

function deniesWith(value: Value | undefined): boolean {
  if (!value) return false;
  if (value.kind === 'number') return DENY_STATUS.test(String(value.value));
  if (value.kind === 'unknown') return value.name !== undefined && DENY_NAMES.test(value.name);
  if (value.kind === 'dict') return value.entries.some((entry) => (entry.key === 'status' || entry.key === 'statusCode') && deniesWith(entry.value));
  return false;
}

/** The request object by its usual names: a verify call taking it checks the request's token. */
function isRequestArgument(node: ts.Expression | undefined): boolean {
  return node !== undefined && ts.isIdentifier(node) && /^(?:req|request|ctx|context)$/.test(node.text);
}

/** Scheme words a presented header is compared with: parsing, not verification. */
const SCHEME_WORD = /^(?:bearer|basic|token|jwt|digest)$/i;

/** What a comparison checks a presented token against, when it is a named secret: `process.env.API_TOKEN`, `API_KEY`, `config.apiKey`. */
function secretName(value: Value): string | undefined {
  if (value.kind === 'env') return keyLabel(value);
  if (value.kind === 'string') return value.via && value.value !== '' && !SCHEME_WORD.test(value.value.trim()) ? keyLabel(value) : undefined;
  if (value.kind === 'unknown' && value.name && /secret|token|key|password|credential/i.test(value.name) && !value.name.endsWith('()')) return keyLabel(value);
  return undefined;
}

/** The kind of JWT a verifying decode accepts, named by its key as the Python front end names it, so copies that differ in options still group. */
function jwtKind(op: JwtOperation): string {
  return `jwt:${keyLabel(op.key)}`;
}

function conditionLeaves(node: ts.Expression, out: ts.Expression[] = []): ts.Expression[] {
  if (ts.isParenthesizedExpression(node)) return conditionLeaves(node.expression, out);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) return conditionLeaves(node.operand, out);
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken || node.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    conditionLeaves(node.left, out);
    return conditionLeaves(node.right, out);
  }
  out.push(node);
  return out;
}

/** A presented token compared with a named secret: a hand-written verification in the enclosing function. */
function noteCompare(node: ts.Node, left: Value, right: Value, lowering: TsLowering, scope: TsScope): void {
  if (!scope.fn || lowering.isSilent) return;
  const presented = firstToken(left) ?? firstToken(right);
  if (!presented || presented.source.strength !== 'strong' || presented.source.kind === 'issued') return;
  factsFor(lowering, scope.fn.id).readsToken = true;
  const name = secretName(firstToken(left) ? right : left);
  if (!name) return;
  const list = stateOf(lowering).compares.get(scope.fn.id) ?? [];
  list.push({ kind: `bearer-compare:${name}`, loc: node });
  stateOf(lowering).compares.set(scope.fn.id, list);
}

/** Whether a function (or a same-file helper it calls) verifies the sender's signature: a webhook, public by design. */
export function verifiesSignatureOf(lowering: TsLowering, fnId: number): boolean {
  const facts = stateOf(lowering).facts.get(fnId);
  if (!facts) return false;
  if (facts.verifiesSignature) return true;
  return [...facts.calls].some((name) => {
    const def = lowering.functionDefs.get(name);
    const callee = def && lowering.functionOf.get(def);
    return callee !== undefined && callee.id !== fnId && stateOf(lowering).facts.get(callee.id)?.verifiesSignature === true;
  });
}

/** Whether a function authenticates the request itself; the evidence name when it does. Asked at module end. */
export function inlineAuthOf(lowering: TsLowering, fnId: number, depth = 0): string | undefined {
  const model = lowering.model;
  const fn = model.functions.find((candidate) => candidate.id === fnId);
  if (!fn) return undefined;
  const decode = model.jwtOps.find((op) => op.functionId === fnId && op.kind === 'decode');
  // an inline function, and `await request.jwtVerify()` that reads the request itself, are named by the API, as a verify call is
  if (decode) return fn.name === '<anonymous>' || (decode.subject === undefined && decode.api.startsWith('request.')) ? decode.api : fn.name;
  if (model.verificationSites.some((site) => site.functionId === fnId)) return fn.name;
  const facts = stateOf(lowering).facts.get(fnId);
  if (!facts) return undefined;
  if (facts.verifyCall) return facts.verifyCall;
  if (facts.readsToken && facts.denies) return fn.name;
  if (depth === 0) {
    for (const name of facts.calls) {
      const def = lowering.functionDefs.get(name);
      const callee = def && lowering.functionOf.get(def);
      if (callee && callee.id !== fnId && inlineAuthOf(lowering, callee.id, 1)) return name;
    }
  }
  return undefined;
}

export const tsVerificationRecognizer: TsRecognizer = {
  onCall(call, lowering, scope) {
    const fn = scope.fn;
    if (!fn || lowering.isSilent) return undefined;
    const facts = factsFor(lowering, fn.id);
    if (isStrongToken(call.receiver) || call.args.some(isStrongToken)) facts.readsToken = true;
    const method = call.method ?? '';
    if (!facts.verifyCall && call.callee && SESSION_PROVIDER.test(call.callee) && SESSION_CALL.test(method)) facts.verifyCall = call.callee;
    if (!facts.verifyCall && call.callee && PROJECT_MODULE.test(call.callee) && PROJECT_SESSION_HELPER.test(method)) facts.verifyCall = method;
    // passport: `if (!req.isAuthenticated()) return res.redirect('/login')`
    if (!facts.verifyCall && method === 'isAuthenticated' && isRequestArgument(call.receiverNode)) facts.verifyCall = call.callee ?? method;
    // a function of another module that authenticates (its summary verifies a token)
    if (!facts.verifyCall && importedVerifies(call.callee, lowering)) facts.verifyCall = call.callee;
    if (!facts.verifyCall) {
      const tokenArgument = call.args.some((argument) => firstToken(argument) !== undefined && firstToken(argument)!.source.kind !== 'issued');
      if ((tokenArgument && VERIFY_CALL.test(method)) || (VERIFY_REQUEST_CALL.test(method) && (call.argNodes.some(isRequestArgument) || method === 'jwtVerify'))) facts.verifyCall = call.callee ?? method;
    }
    if (!facts.denies) {
      if (call.isNew && DENY_EXCEPTIONS.test(method)) facts.denies = true;
      else if (STATUS_METHODS.has(method) && deniesWith(call.args[0])) facts.denies = true;
      else if ((method === 'json' || method === 'Response' || method === 'text') && deniesWith(call.args[1])) facts.denies = true;
      else if (method === 'HttpException' && deniesWith(call.args[1])) facts.denies = true;
    }
    if (call.callee && !call.callee.includes('.') && lowering.functionDefs.has(call.callee)) facts.calls.add(call.callee);
    // webhooks authenticate their sender by signature: constructEvent(body, sig, secret), wh.verify(payload, headers), timingSafeEqual(expected, signature)
    const signatureArgument = call.argNodes.some((argument) => SIGNATURE_ARGUMENT.test(argument.getText(lowering.sourceFile)));
    if ((SIGNATURE_CALL.test(method) && (method !== 'validateRequest' || signatureArgument)) || ((method === 'verify' || method === 'timingSafeEqual') && signatureArgument)) facts.verifiesSignature = true;
    // crypto.timingSafeEqual(Buffer.from(token), Buffer.from(process.env.API_TOKEN)) compares like `===`
    if (method === 'timingSafeEqual' && call.args.length === 2) noteCompare(call.node, call.args[0]!, call.args[1]!, lowering, scope);
    return undefined;
  },

  onAssign(target, value, _valueNode, lowering, scope) {
    if (!scope.fn || lowering.isSilent) return;
    const facts = factsFor(lowering, scope.fn.id);
    if (isStrongToken(value)) facts.readsToken = true;
    // ctx.status = 401 / res.statusCode = 403
    if (!ts.isIdentifier(target) && ts.isPropertyAccessExpression(target) && /^(?:status|statusCode)$/.test(target.name.text) && deniesWith(value)) facts.denies = true;
  },

  onCondition(condition, value, lowering, scope) {
    if (!scope.fn || lowering.isSilent) return;
    // `if (!req.headers.authorization)`, `if (!auth || !auth.startsWith('Bearer '))`: the leaves carry the token
    if (isStrongToken(value) || conditionLeaves(condition).some((leaf) => isStrongToken(lowering.evalExpr(leaf, scope)))) factsFor(lowering, scope.fn.id).readsToken = true;
  },

  onCompare(node, _operator, left, right, lowering, scope) {
    noteCompare(node, left, right, lowering, scope);
  },

  onModuleEnd(lowering) {
    const model = lowering.model;
    const names = new Map(model.functions.map((fn) => [fn.id, fn.name]));
    const seen = new Set<string>();
    // a verifying decode of a token value: the function checks the token itself
    for (const op of model.jwtOps) {
      // a shared helper that receives the token as a parameter is not a site: its callers read the request and share it
      if (op.kind !== 'decode' || op.functionId === undefined || !op.subject || !isStrongToken(op.subject)) continue;
      const tokenKind = jwtKind(op);
      const key = `${op.functionId} ${tokenKind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      model.verificationSites.push({ loc: op.loc, function: names.get(op.functionId) ?? '<anonymous>', functionId: op.functionId, tokenKind });
    }
    // crypto.timingSafeEqual(Buffer.from(token), Buffer.from(process.env.API_TOKEN)) and `token === process.env.API_TOKEN`
    for (const [fnId, compares] of stateOf(lowering).compares) {
      for (const compare of compares) {
        const key = `${fnId} ${compare.kind}`;
        if (seen.has(key)) continue;
        seen.add(key);
        model.verificationSites.push({ loc: lowering.loc(compare.loc), function: names.get(fnId) ?? '<anonymous>', functionId: fnId, tokenKind: compare.kind });
      }
    }
  },
};
