/**
 * Python recognizer: PyJWT, python-jose, authlib.jose, itsdangerous and flask-jwt-extended
 * token operations. Records one JwtOperation per decode / encode / header peek with its
 * options, algorithms, key and payload, and follows the claims a decode returns to say how
 * they are used (key selection, a decision, something else). Whether an operation is a
 * finding is decided by the rules.
 */
import type { Node } from '../syntax-node.js';
import type { JwtOperation, Value } from '../../../model/types.js';
import type { PyCall, PyLowering, Recognizer, Scope } from '../lowering-api.js';
import { dottedName, stringContent } from '../syntax.js';
import { argumentFor, importedFunction, writtenCallee } from '../imported-calls.js';
import { definedIn } from '../../summaries.js';

type OptionStyle = 'pyjwt' | 'jose' | 'itsdangerous' | 'none';

interface ApiEntry {
  library: string;
  kind: JwtOperation['kind'];
  /** The token (decode) or payload (encode): positional index and keyword. */
  subjectArg: [index: number, keyword: string];
  keyArg?: [index: number, keyword: string];
  /** 'list': algorithms=[…]; 'single': algorithm="…"; 'header': authlib's header dict; 'none': not applicable. */
  algorithms: 'list' | 'single' | 'header' | 'none';
  algorithmsArg?: [index: number, keyword: string];
  options: OptionStyle;
  /** authlib: claims are not checked (exp, nbf) until claims.validate() is called. */
  needsValidate?: boolean;
  tokenType?: JwtOperation['tokenType'];
}

const PYJWT_DECODE: ApiEntry = { library: 'PyJWT', kind: 'decode', subjectArg: [0, 'jwt'], keyArg: [1, 'key'], algorithms: 'list', algorithmsArg: [2, 'algorithms'], options: 'pyjwt' };
const PYJWT_ENCODE: ApiEntry = { library: 'PyJWT', kind: 'encode', subjectArg: [0, 'payload'], keyArg: [1, 'key'], algorithms: 'single', algorithmsArg: [2, 'algorithm'], options: 'none' };
const PYJWT_PEEK: ApiEntry = { library: 'PyJWT', kind: 'header-peek', subjectArg: [0, 'jwt'], algorithms: 'none', options: 'none' };
const JOSE_DECODE: ApiEntry = { library: 'python-jose', kind: 'decode', subjectArg: [0, 'token'], keyArg: [1, 'key'], algorithms: 'list', algorithmsArg: [2, 'algorithms'], options: 'jose' };
const JOSE_ENCODE: ApiEntry = { library: 'python-jose', kind: 'encode', subjectArg: [0, 'claims'], keyArg: [1, 'key'], algorithms: 'single', algorithmsArg: [2, 'algorithm'], options: 'none' };
const JOSE_PEEK: ApiEntry = { library: 'python-jose', kind: 'header-peek', subjectArg: [0, 'token'], algorithms: 'none', options: 'none' };
const JOSE_UNVERIFIED: ApiEntry = { library: 'python-jose', kind: 'unverified-decode', subjectArg: [0, 'token'], algorithms: 'none', options: 'none' };
const AUTHLIB_DECODE: ApiEntry = { library: 'authlib', kind: 'decode', subjectArg: [0, 's'], keyArg: [1, 'key'], algorithms: 'list', options: 'none', needsValidate: true };
const AUTHLIB_ENCODE: ApiEntry = { library: 'authlib', kind: 'encode', subjectArg: [1, 'payload'], keyArg: [2, 'key'], algorithms: 'header', algorithmsArg: [0, 'header'], options: 'none' };

/** Module-level APIs by qualified name (import aliases already resolved). */
const MODULE_APIS: Record<string, ApiEntry> = {
  'jwt.decode': PYJWT_DECODE,
  'jwt.decode_complete': PYJWT_DECODE,
  'jwt.api_jwt.decode': PYJWT_DECODE,
  'jwt.api_jwt.decode_complete': PYJWT_DECODE,
  'jwt.encode': PYJWT_ENCODE,
  'jwt.api_jwt.encode': PYJWT_ENCODE,
  'jwt.get_unverified_header': PYJWT_PEEK,
  'jwt.api_jws.get_unverified_header': PYJWT_PEEK,
  'jose.jwt.decode': JOSE_DECODE,
  'jose.jwt.encode': JOSE_ENCODE,
  'jose.jwt.get_unverified_header': JOSE_PEEK,
  'jose.jwt.get_unverified_headers': JOSE_PEEK,
  'jose.jwt.get_unverified_claims': JOSE_UNVERIFIED,
  'jose.jws.verify': { ...JOSE_DECODE, options: 'pyjwt' },
  'jose.jws.sign': { ...JOSE_ENCODE, algorithmsArg: [3, 'algorithm'] },
  'jose.jws.get_unverified_header': JOSE_PEEK,
  'jose.jws.get_unverified_headers': JOSE_PEEK,
  'jose.jws.get_unverified_claims': JOSE_UNVERIFIED,
  'authlib.jose.jwt.decode': AUTHLIB_DECODE,
  'authlib.jose.jwt.encode': AUTHLIB_ENCODE,
  'flask_jwt_extended.create_access_token': { library: 'flask-jwt-extended', kind: 'encode', subjectArg: [0, 'identity'], algorithms: 'none', options: 'none', tokenType: 'access' },
  'flask_jwt_extended.create_refresh_token': { library: 'flask-jwt-extended', kind: 'encode', subjectArg: [0, 'identity'], algorithms: 'none', options: 'none', tokenType: 'refresh' },
  'flask_jwt_extended.decode_token': { library: 'flask-jwt-extended', kind: 'decode', subjectArg: [0, 'encoded_token'], algorithms: 'none', options: 'none' },
};

/** What an instance of a class is, and its methods' APIs. */
interface InstanceClass {
  api: string;
  methods: Record<string, ApiEntry>;
}

const ITSDANGEROUS_TIMED: InstanceClass = {
  api: 'itsdangerous',
  methods: {
    loads: { library: 'itsdangerous', kind: 'decode', subjectArg: [0, 's'], algorithms: 'none', options: 'itsdangerous' },
    unsign: { library: 'itsdangerous', kind: 'decode', subjectArg: [0, 'signed_value'], algorithms: 'none', options: 'itsdangerous' },
    dumps: { library: 'itsdangerous', kind: 'encode', subjectArg: [0, 'obj'], algorithms: 'none', options: 'none' },
  },
};
const PYJWT_INSTANCE: InstanceClass = { api: 'jwt.PyJWT', methods: { decode: PYJWT_DECODE, decode_complete: PYJWT_DECODE, encode: PYJWT_ENCODE } };
const PYJWS_INSTANCE: InstanceClass = { api: 'jwt.PyJWS', methods: { decode: PYJWT_DECODE, decode_complete: PYJWT_DECODE, encode: PYJWT_ENCODE, get_unverified_header: PYJWT_PEEK } };
const AUTHLIB_INSTANCE: InstanceClass = { api: 'authlib.jose.JsonWebToken', methods: { decode: AUTHLIB_DECODE, encode: AUTHLIB_ENCODE } };

/** Constructors by qualified name. */
const INSTANCE_CLASSES: Record<string, InstanceClass> = {
  'jwt.PyJWT': PYJWT_INSTANCE,
  'jwt.api_jwt.PyJWT': PYJWT_INSTANCE,
  'jwt.PyJWS': PYJWS_INSTANCE,
  'jwt.api_jws.PyJWS': PYJWS_INSTANCE,
  'authlib.jose.JsonWebToken': AUTHLIB_INSTANCE,
  'authlib.jose.rfc7519.JsonWebToken': AUTHLIB_INSTANCE,
  'itsdangerous.URLSafeTimedSerializer': ITSDANGEROUS_TIMED,
  'itsdangerous.TimedSerializer': ITSDANGEROUS_TIMED,
  'itsdangerous.url_safe.URLSafeTimedSerializer': ITSDANGEROUS_TIMED,
  'itsdangerous.timed.TimedSerializer': ITSDANGEROUS_TIMED,
  'itsdangerous.TimestampSigner': ITSDANGEROUS_TIMED,
  'itsdangerous.timed.TimestampSigner': ITSDANGEROUS_TIMED,
};

/** What the constructor call said: authlib's algorithm list, PyJWT's default options. */
interface Instance {
  cls: InstanceClass;
  algorithms?: Value;
  options?: Value;
}

/** Calls that mean "now": evaluated as a zero duration so that now + timedelta(...) is the lifetime. */
const NOW_CALLS = new Set([
  'datetime.datetime.utcnow',
  'datetime.datetime.now',
  'datetime.utcnow',
  'datetime.now',
  'datetime.datetime.today',
  'time.time',
  'django.utils.timezone.now',
  'timezone.now',
  'arrow.utcnow',
  'arrow.now',
  'pendulum.now',
  'pendulum.today',
]);

/** Claims and header fields read to choose a key or issuer before a verified decode. */
const SELECTION_FIELDS = new Set(['kid', 'alg', 'jku', 'x5u', 'x5t', 'x5t#S256', 'x5c', 'iss', 'tid', 'typ', 'cty']);
/** Time claims: reading them (e.g. to refresh one's own token) decides nothing about who the caller is. */
const TIME_FIELDS = new Set(['exp', 'iat', 'nbf']);
const LOG_METHODS = new Set(['debug', 'info', 'warning', 'warn', 'error', 'exception', 'critical', 'log', 'fatal']);
/** Calls that only look at a value (claims reaching them decide nothing). */
const INSPECTING_CALLS = new Set(['print', 'str', 'repr', 'len', 'type', 'isinstance', 'bool', 'json.dumps', 'pprint.pprint', 'pprint', 'hasattr']);
const ALGORITHM_NAME = /^(?:[HRPE]S(?:256|384|512)|ES256K|EdDSA|none)$/i;

const REFRESH_HINT = /refresh/i;
const OTHER_PURPOSE_HINT = /reset|verif|confirm|invit|activat|e?mail|unsubscribe|magic|download|share|signup|register|onboard|password/i;
const ACCESS_HINT = /access|auth|session|login|bearer|id_token/i;

type Use = 'decision' | 'selection' | 'other';

interface OpUses {
  decision: boolean;
  selection: boolean;
  other: boolean;
  /** authlib: claims.validate() was called. */
  validated: boolean;
  /** The whole claims object left the function (returned, passed on, stored). */
  escaped: boolean;
  /** The function returns them (or a claim): its callers decide. */
  returned: boolean;
  /** header["alg"] was checked with `in`/`not in` against an allow-list. */
  algChecked: boolean;
}

interface JwtState {
  ops: Map<number, JwtOperation>;
  uses: Map<number, OpUses>;
  instances: WeakMap<object, Instance>;
  /** `${functionId}:${name}` of variables holding a kid/alg/iss read from unverified claims. */
  selectionVars: Set<string>;
}

const STATE_KEY = 'jwt';

function stateOf(lowering: PyLowering): JwtState {
  let state = lowering.state.get(STATE_KEY) as JwtState | undefined;
  if (!state) {
    state = { ops: new Map(), uses: new Map(), instances: new WeakMap(), selectionVars: new Set() };
    lowering.state.set(STATE_KEY, state);
  }
  return state;
}

function usesOf(state: JwtState, opId: number): OpUses | undefined {
  if (!state.ops.has(opId)) return undefined; // claims from a silently evaluated helper
  let uses = state.uses.get(opId);
  if (!uses) {
    uses = { decision: false, selection: false, other: false, validated: false, escaped: false, returned: false, algChecked: false };
    state.uses.set(opId, uses);
  }
  return uses;
}

/** Keyword arguments with the string-keyed entries of `**dict` splats merged in. */
function effectiveKwargs(call: PyCall): Map<string, Value> {
  if (call.splats.length === 0) return call.kwargs;
  const merged = new Map(call.kwargs);
  for (const splat of call.splats) {
    if (splat.kind !== 'dict') continue;
    for (const entry of splat.entries) if (entry.key !== null && !merged.has(entry.key)) merged.set(entry.key, entry.value);
  }
  return merged;
}

function argument(call: PyCall, kwargs: Map<string, Value>, spec: [number, string] | undefined): Value | undefined {
  if (!spec) return undefined;
  return kwargs.get(spec[1]) ?? call.args[spec[0]];
}

function argumentNode(call: PyCall, spec: [number, string] | undefined): Node | undefined {
  if (!spec) return undefined;
  return call.kwargNodes.get(spec[1]) ?? call.argNodes[spec[0]];
}

function dictEntry(value: Value | undefined, key: string): Value | undefined {
  if (value?.kind !== 'dict') return undefined;
  for (let index = value.entries.length - 1; index >= 0; index--) if (value.entries[index]!.key === key) return value.entries[index]!.value;
  return undefined;
}

function boolOf(value: Value | undefined): boolean | undefined {
  if (value?.kind === 'bool') return value.value;
  if (value?.kind === 'number') return value.value !== 0;
  return undefined;
}

/** `ALGORITHMS.RS256` (python-jose constants) and `"RS256"` alike, as string values. */
function normalizeAlgorithm(value: Value): Value {
  if (value.kind === 'unknown' && value.name) {
    const last = value.name.split('.').pop() ?? '';
    if (ALGORITHM_NAME.test(last)) return { kind: 'string', value: last, via: value.name };
  }
  return value;
}

function normalizeAlgorithms(value: Value): Value {
  if (value.kind === 'list') return { kind: 'list', items: value.items.map(normalizeAlgorithm) };
  return normalizeAlgorithm(value);
}

/** True when a value holds claims (or a header) from an unverified read of the token. */
function containsUnverified(value: Value): boolean {
  if (value.kind === 'claims') return !value.verified;
  if (value.kind === 'list') return value.items.some(containsUnverified);
  return false;
}

function claimsIn(value: Value, out: number[] = []): number[] {
  if (value.kind === 'claims') out.push(value.opId);
  else if (value.kind === 'list') for (const item of value.items) claimsIn(item, out);
  else if (value.kind === 'dict') for (const entry of value.entries) claimsIn(entry.value, out);
  return out;
}

/** The field an expression reads from claims: `claims["sub"]`, `claims.get("sub")`, or a variable holding a selection field. */
function fieldRead(node: Node, lowering: PyLowering, scope: Scope): string | undefined {
  if (node.type === 'parenthesized_expression' && node.namedChildren.length === 1) return fieldRead(node.namedChildren[0]!, lowering, scope);
  if (node.type === 'subscript') {
    const index = node.childForFieldName('subscript');
    return index?.type === 'string' ? stringContent(index) : undefined;
  }
  if (node.type === 'call') {
    const fn = node.childForFieldName('function');
    if (fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'get') {
      const first = node.childForFieldName('arguments')?.namedChildren[0];
      return first?.type === 'string' ? stringContent(first) : undefined;
    }
    return undefined;
  }
  if (node.type === 'identifier' && stateOf(lowering).selectionVars.has(`${scope.fn?.id ?? 0}:${node.text}`)) return 'kid';
  return undefined;
}

function useOfField(field: string | undefined): Use {
  if (field !== undefined && SELECTION_FIELDS.has(field)) return 'selection';
  if (field !== undefined && TIME_FIELDS.has(field)) return 'other';
  return 'decision';
}

/** Records how the claims in `value`, written as `node`, are used in a context that acts on them. */
function recordUse(node: Node, value: Value, lowering: PyLowering, scope: Scope, forced?: Use, returned = false): void {
  const opIds = claimsIn(value);
  if (opIds.length === 0) return;
  const state = stateOf(lowering);
  const field = fieldRead(node, lowering, scope);
  const use = forced ?? useOfField(field);
  const whole = field === undefined && (node.type === 'identifier' || node.type === 'attribute');
  for (const opId of opIds) {
    const uses = usesOf(state, opId);
    if (!uses) continue;
    // returning the claims whole decides for the callers: a decision, told apart so that callers elsewhere can be judged
    // instead (a claim returned, `….get("identity")`, is this function's own decision)
    if (returned && use === 'decision' && field === undefined) uses.returned = true;
    else uses[use] = true;
    if (whole && use === 'decision') uses.escaped = true;
  }
}

/**
 * A call to a function of another module that link summarised (second lowering): an
 * unverified decode wrapper is an unverified decode here, judged by how this code uses
 * its claims; an issuer whose lifetime or payload this call gives is an encode here.
 */
function importedOperation(call: PyCall, lowering: PyLowering, scope: Scope, state: JwtState): Value | undefined {
  const fact = importedFunction(call, lowering);
  if (!fact) return undefined;
  const { returns, issues } = fact.summary;
  const base = { api: writtenCallee(call), loc: lowering.loc(call.node), algorithmsFromToken: false, options: {}, resultUse: 'unused' as const, functionId: scope.fn?.id, wrapper: definedIn(fact) };
  if (returns?.kind === 'claims' && !returns.verified) {
    const id = lowering.newOpId();
    const result: Value = { kind: 'claims', verified: false, opId: id };
    if (lowering.isSilent) return result;
    const subject = returns.tokenParam !== undefined ? call.args[returns.tokenParam] : call.args[0];
    const op: JwtOperation = { ...base, id, kind: 'unverified-decode', api: `${base.api} (wraps ${returns.api})`, library: returns.library, subject, algorithms: 'not-applicable' };
    state.ops.set(id, op);
    lowering.model.jwtOps.push(op);
    lowering.markTokenTouched(scope);
    return result;
  }
  if (!issues || lowering.isSilent) return undefined;
  const lifetime = issues.lifetimeParam ? argumentFor(call, issues.lifetimeParam) : undefined;
  const payload = issues.payloadParam ? argumentFor(call, issues.payloadParam) : undefined;
  const expiresInSeconds = lifetime?.kind === 'duration' ? lifetime.seconds : undefined;
  const claims = payload ? payloadClaims(payload) : null;
  // the helper's own encode is judged where it is written; here only what this call adds
  if (expiresInSeconds === undefined && claims === null) return undefined;
  const op: JwtOperation = {
    ...base,
    id: lowering.newOpId(),
    kind: 'encode',
    api: `${base.api} (wraps ${issues.api})`,
    library: issues.library,
    subject: payload,
    algorithms: 'not-applicable',
    payloadClaims: claims ?? issues.payloadClaims,
    expiresInSeconds: expiresInSeconds ?? issues.expiresInSeconds,
    tokenType: issues.tokenType ?? tokenTypeOf(PYJWT_ENCODE, payload, call, scope),
  };
  if (claims !== null && expiresInSeconds !== undefined && !claims.includes('exp')) op.payloadClaims = [...claims, 'exp'];
  lowering.model.jwtOps.push(op);
  return undefined;
}

function isLoggingCall(call: PyCall): boolean {
  if (call.callee && (INSPECTING_CALLS.has(call.callee) || call.callee.startsWith('logging.'))) return true;
  if (call.method && LOG_METHODS.has(call.method)) {
    const receiver = call.receiverNode ? dottedName(call.receiverNode) ?? '' : '';
    return /log/i.test(receiver) || receiver === 'app.logger' || receiver === 'current_app.logger';
  }
  return false;
}

function instanceOf(value: Value | undefined, state: JwtState): Instance | undefined {
  if (value?.kind !== 'unknown' || !value.name?.endsWith('()')) return undefined;
  const known = state.instances.get(value);
  if (known) return known;
  const cls = INSTANCE_CLASSES[value.name.slice(0, -2)];
  return cls ? { cls } : undefined;
}

/** The API a call reaches: a module function, or a method of a recognized instance. */
function resolveApi(call: PyCall, state: JwtState): { api: string; entry: ApiEntry; instance?: Instance } | undefined {
  const instance = instanceOf(call.receiver, state);
  if (instance) {
    const entry = call.method ? instance.cls.methods[call.method] : undefined;
    return entry ? { api: `${instance.cls.api}.${call.method}`, entry, instance } : undefined;
  }
  if (call.receiver && call.receiver.kind !== 'unknown') return undefined; // a local value, not a module
  const entry = call.callee ? MODULE_APIS[call.callee] : undefined;
  return entry && call.callee ? { api: call.callee, entry } : undefined;
}

function readOptions(entry: ApiEntry, call: PyCall, kwargs: Map<string, Value>, instance: Instance | undefined): JwtOperation['options'] {
  const options: JwtOperation['options'] = {};
  switch (entry.options) {
    case 'pyjwt':
    case 'jose': {
      for (const source of [instance?.options, kwargs.get('options') ?? (entry.options === 'pyjwt' && entry.library === 'PyJWT' ? call.args[3] : undefined)]) {
        if (source?.kind !== 'dict') continue;
        const signature = boolOf(dictEntry(source, 'verify_signature'));
        const exp = boolOf(dictEntry(source, 'verify_exp'));
        const aud = boolOf(dictEntry(source, 'verify_aud'));
        const iss = boolOf(dictEntry(source, 'verify_iss'));
        if (signature !== undefined) options.verifySignature = signature;
        if (exp !== undefined) options.verifyExp = exp;
        if (aud !== undefined) options.verifyAud = aud;
        if (iss !== undefined) options.verifyIss = iss;
      }
      // PyJWT 1.x and jws.verify: verify=False; PyJWT 1.x positional verify
      const verify = boolOf(kwargs.get('verify')) ?? (entry.library === 'PyJWT' && call.args[2]?.kind === 'bool' ? call.args[2].value : undefined);
      if (verify === false) options.verifySignature = false;
      const verifyExpiration = boolOf(kwargs.get('verify_expiration'));
      if (verifyExpiration === false) options.verifyExp = false;
      break;
    }
    case 'itsdangerous': {
      const maxAge = kwargs.get('max_age') ?? call.args[1];
      if (!maxAge || maxAge.kind === 'none') options.verifyExp = false;
      break;
    }
    case 'none':
      break;
  }
  return options;
}

function readAlgorithms(entry: ApiEntry, call: PyCall, kwargs: Map<string, Value>, instance: Instance | undefined): JwtOperation['algorithms'] {
  switch (entry.algorithms) {
    case 'none':
      return 'not-applicable';
    case 'header': {
      const alg = dictEntry(argument(call, kwargs, entry.algorithmsArg), 'alg');
      return alg ? normalizeAlgorithm(alg) : 'missing';
    }
    case 'single': {
      const alg = argument(call, kwargs, entry.algorithmsArg);
      return alg ? normalizeAlgorithm(alg) : 'missing';
    }
    case 'list': {
      if (instance?.algorithms) return normalizeAlgorithms(instance.algorithms);
      let algorithms = argument(call, kwargs, entry.algorithmsArg);
      if (algorithms?.kind === 'bool') algorithms = undefined; // PyJWT 1.x positional verify flag
      return algorithms && algorithms.kind !== 'none' ? normalizeAlgorithms(algorithms) : 'missing';
    }
  }
}

/** The payload's claim names, or null when any part of it is not known. */
function payloadClaims(payload: Value | undefined): string[] | null {
  if (payload?.kind !== 'dict') return null;
  const names: string[] = [];
  for (const entry of payload.entries) {
    if (entry.key === null) return null;
    if (!names.includes(entry.key)) names.push(entry.key);
  }
  return names;
}

/** Words near the call that say what the token is for: `refresh_token = …`, `{"access_token": …}`, `reset_token=…`. */
function nameNear(node: Node): string | undefined {
  let current: Node | null = node.parent;
  for (let depth = 0; current && depth < 4; depth++, current = current.parent) {
    if (current.type === 'assignment') return current.childForFieldName('left')?.text;
    if (current.type === 'keyword_argument') return current.childForFieldName('name')?.text;
    if (current.type === 'pair') return current.childForFieldName('key')?.text;
    if (current.type === 'return_statement' || current.type === 'expression_statement') return undefined;
  }
  return undefined;
}

function purposeOf(text: string | undefined): JwtOperation['tokenType'] {
  if (!text) return undefined;
  if (REFRESH_HINT.test(text)) return 'refresh';
  if (OTHER_PURPOSE_HINT.test(text)) return 'other';
  if (ACCESS_HINT.test(text)) return 'access';
  return undefined;
}

function tokenTypeOf(entry: ApiEntry, payload: Value | undefined, call: PyCall, scope: Scope): JwtOperation['tokenType'] {
  if (entry.tokenType) return entry.tokenType;
  for (const claim of ['type', 'token_type', 'typ', 'purpose', 'use', 'scope']) {
    const value = dictEntry(payload, claim);
    const fromClaim = value?.kind === 'string' ? purposeOf(value.value) : undefined;
    if (fromClaim) return fromClaim;
  }
  return purposeOf(nameNear(call.node)) ?? purposeOf(scope.fn?.name);
}

function expirySeconds(entry: ApiEntry, payload: Value | undefined, kwargs: Map<string, Value>): number | undefined {
  if (entry.library === 'flask-jwt-extended') {
    const delta = kwargs.get('expires_delta');
    if (delta?.kind === 'duration') return delta.seconds;
    if (delta?.kind === 'number') return delta.value;
    return undefined;
  }
  const exp = dictEntry(payload, 'exp');
  return exp?.kind === 'duration' ? exp.seconds : undefined;
}

/** Key values bound to a name-less unknown (`open("public.pem").read()`) keep the name they are passed by. */
function keyValue(value: Value | undefined, node: Node | undefined): Value | undefined {
  if (value?.kind === 'unknown' && !value.name && node) {
    const name = dottedName(node);
    if (name) return { kind: 'unknown', name };
  }
  return value;
}

/** Calls that are not token operations but matter to them: constructors, now(), claims methods. */
function auxiliaryCall(call: PyCall, state: JwtState, scope: Scope): Value | undefined {
  const callee = call.callee;
  if (callee && INSTANCE_CLASSES[callee]) {
    const value: Value = { kind: 'unknown', name: `${callee}()` };
    const cls = INSTANCE_CLASSES[callee];
    state.instances.set(value, { cls, algorithms: cls === AUTHLIB_INSTANCE ? (call.args[0] ?? call.kwargs.get('algorithms')) : undefined, options: call.kwargs.get('options') });
    return value;
  }
  if (callee && NOW_CALLS.has(callee) && call.args.length === 0 && (call.kwargs.size === 0 || call.kwargs.has('tz'))) return { kind: 'duration', seconds: 0 };
  if (callee && NOW_CALLS.has(callee) && call.args.length === 1 && call.kwargs.size === 0 && /now|today/.test(callee)) return { kind: 'duration', seconds: 0 }; // now(timezone.utc)
  if ((callee === 'int' || callee === 'round' || callee === 'math.floor' || callee === 'math.ceil') && call.args[0]?.kind === 'duration') return call.args[0];
  const receiver = call.receiver;
  if (receiver?.kind === 'duration' && (call.method === 'timestamp' || call.method === 'total_seconds' || call.method === 'replace' || call.method === 'astimezone')) {
    return call.method === 'total_seconds' ? { kind: 'number', value: receiver.seconds } : receiver;
  }
  if (receiver?.kind === 'claims') {
    const uses = usesOf(state, receiver.opId);
    if (call.method === 'get') return receiver;
    if (call.method === 'validate' || call.method === 'validate_exp') {
      if (uses) uses.validated = true;
      return { kind: 'none' };
    }
  }
  if (receiver?.kind === 'dict' && call.method === 'update' && call.receiverNode?.type === 'identifier') {
    // payload.update({"exp": …}) / payload.update(exp=…): the bound dict gains the entries
    const first = call.args[0];
    const added = first?.kind === 'dict' ? [...first.entries] : first ? [{ key: null, value: first }] : [];
    for (const [key, value] of call.kwargs) added.push({ key, value });
    extendBoundDict(call.receiverNode.text, added, scope);
    return { kind: 'none' };
  }
  return undefined;
}

export const jwtRecognizer: Recognizer = {
  onCall(call: PyCall, lowering: PyLowering, scope: Scope): Value | undefined {
    const state = stateOf(lowering);
    const found = resolveApi(call, state);
    if (!found) {
      const imported = importedOperation(call, lowering, scope, state);
      if (imported) return imported;
      const value = auxiliaryCall(call, state, scope);
      if (!lowering.isSilent) noteArgumentUses(call, lowering, scope);
      return value;
    }
    const { api, entry, instance } = found;
    const id = lowering.newOpId();
    const kwargs = effectiveKwargs(call);
    const options = readOptions(entry, call, kwargs, instance);
    const unverified = entry.kind === 'unverified-decode' || (entry.kind === 'decode' && options.verifySignature === false);
    const kind: JwtOperation['kind'] = entry.kind === 'decode' && unverified ? 'unverified-decode' : entry.kind;
    const result: Value = kind === 'encode' ? issuedToken(api, entry, call, kwargs, scope, lowering) : { kind: 'claims', verified: !unverified && kind !== 'header-peek', opId: id };
    if (lowering.isSilent) return result;

    const subject = argument(call, kwargs, entry.subjectArg);
    const keyNode = argumentNode(call, entry.keyArg);
    const algorithms = kind === 'encode' || kind === 'decode' ? readAlgorithms(entry, call, kwargs, instance) : 'not-applicable';
    const op: JwtOperation = {
      id,
      kind,
      api,
      library: entry.library,
      loc: lowering.loc(call.node),
      subject,
      key: keyValue(argument(call, kwargs, entry.keyArg), keyNode),
      keyLoc: keyNode ? lowering.loc(keyNode) : undefined,
      algorithms,
      algorithmsFromToken: algorithms !== 'missing' && algorithms !== 'not-applicable' && containsUnverified(algorithms) && !algorithmsChecked(algorithms, state),
      options,
      resultUse: 'unused',
      functionId: scope.fn?.id,
    };
    if (kind === 'encode') {
      op.payloadClaims = entry.library === 'flask-jwt-extended' ? flaskJwtExtendedClaims(kwargs) : entry.library === 'itsdangerous' ? null : payloadClaims(subject);
      op.expiresInSeconds = expirySeconds(entry, subject, kwargs);
      op.tokenType = tokenTypeOf(entry, subject, call, scope);
    }
    state.ops.set(id, op);
    if (entry.needsValidate) usesOf(state, id);
    lowering.model.jwtOps.push(op);
    if (scope.fn) scope.fn.touchesToken = true;
    // claims handed to a verification call choose its key or issuer; re-signing them is a decision
    for (const [index, value] of call.args.entries()) recordUse(call.argNodes[index]!, value, lowering, scope, kind === 'encode' && index === entry.subjectArg[0] ? 'decision' : 'selection');
    for (const [name, value] of call.kwargs) recordUse(call.kwargNodes.get(name)!, value, lowering, scope, kind === 'encode' && name === entry.subjectArg[1] ? 'decision' : 'selection');
    return result;
  },

  onSubscript(node: Node, object: Value, index: Value, lowering: PyLowering, scope: Scope): void {
    // keys[header["kid"]] chooses a key; USERS[claims["sub"]] looks the caller up
    if (index.kind === 'claims' && object.kind !== 'claims') {
      const indexNode = node.childForFieldName('subscript');
      if (indexNode) recordUse(indexNode, index, lowering, scope);
    }
  },

  onCondition(condition: Node, _value: Value, lowering: PyLowering, scope: Scope): void {
    conditionLeaves(condition, lowering, scope);
  },

  onCompare(node: Node, operator: string, _left: Value, _right: Value, lowering: PyLowering, scope: Scope): void {
    const operands = node.namedChildren;
    const values = operands.map((operand) => lowering.evalExpr(operand, scope));
    operands.forEach((operand, index) => {
      const value = values[index]!;
      if (value.kind !== 'claims') return;
      recordUse(operand, value, lowering, scope);
      const other = values[index === 0 ? 1 : index - 1];
      // header["alg"] in ALLOWED / not in ("RS256",): an allow-list check before using the header's alg
      if (index === 0 && (operator === 'in' || operator === 'not in') && fieldRead(operand, lowering, scope) === 'alg' && other?.kind !== 'string') {
        const uses = usesOf(stateOf(lowering), value.opId);
        if (uses) uses.algChecked = true;
      }
    });
  },

  onReturn(node: Node, value: Value, lowering: PyLowering, scope: Scope): void {
    const expression = node.namedChildren[0];
    if (expression) recordUse(expression, value, lowering, scope, undefined, true);
  },

  onAssign(target: Node, value: Value, valueNode: Node, lowering: PyLowering, scope: Scope): void {
    const state = stateOf(lowering);
    if (target.type === 'subscript' && value.kind === 'bool' && !value.value) optInByCaller(target, lowering, scope);
    if (value.kind === 'claims' && target.type === 'identifier') {
      const key = `${scope.fn?.id ?? 0}:${target.text}`;
      if (SELECTION_FIELDS.has(fieldRead(valueNode, lowering, scope) ?? '')) state.selectionVars.add(key);
      else state.selectionVars.delete(key);
      return;
    }
    // g.user = claims, request.user_id = claims["sub"], session["user"] = …
    if ((target.type === 'attribute' || target.type === 'subscript') && claimsIn(value).length > 0) recordUse(valueNode, value, lowering, scope);
  },

  onModuleEnd(lowering: PyLowering): void {
    const state = lowering.state.get(STATE_KEY) as JwtState | undefined;
    if (!state) return;
    const verifiedInFile = [...state.ops.values()].some((op) => op.kind === 'decode');
    for (const op of state.ops.values()) {
      const uses = state.uses.get(op.id);
      if (!uses) continue;
      if (uses.decision) op.resultUse = 'decision';
      else if (uses.returned) {
        op.resultUse = 'decision';
        op.decidedByReturn = true;
      } else if (uses.selection) op.resultUse = op.kind === 'header-peek' || verifiedInFile ? 'key-selection' : 'other';
      else if (uses.other) op.resultUse = 'other';
      // authlib checks exp only in claims.validate(); when the claims leave the function, the caller may validate
      if (op.library === 'authlib' && op.kind === 'decode' && !uses.validated && !uses.escaped) op.options.verifyExp = false;
    }
  },
};

const CHECK_OPTIONS = new Set(['verify_signature', 'verify_exp', 'verify_aud', 'verify_iss']);

/**
 * `if allow_expired: options["verify_exp"] = False`, where allow_expired is a parameter: the
 * caller opts in (a library's own allow_expired switch), so the option is not off as written.
 * The entry is rebound as unknown, named after the parameter.
 */
function optInByCaller(target: Node, lowering: PyLowering, scope: Scope): void {
  const object = target.childForFieldName('value');
  const key = target.childForFieldName('subscript');
  if (object?.type !== 'identifier' || key?.type !== 'string' || !CHECK_OPTIONS.has(stringContent(key))) return;
  let def: Node | null = target.parent;
  const conditions: Node[] = [];
  for (; def && def.type !== 'function_definition'; def = def.parent) {
    if (def.type === 'if_statement' || def.type === 'elif_clause') {
      const condition = def.childForFieldName('condition');
      if (condition) conditions.push(condition);
    }
  }
  const parameters = new Set((def?.childForFieldName('parameters')?.namedChildren ?? []).map((parameter) => (parameter.type === 'identifier' ? parameter : (parameter.childForFieldName('name') ?? parameter.namedChildren.find((child) => child.type === 'identifier')))?.text));
  const switchedBy = conditions.flatMap((condition) => identifiersIn(condition)).find((name) => parameters.has(name));
  if (!switchedBy) return;
  for (let current: Scope | undefined = scope; current; current = current.parent) {
    const bound = current.vars.get(object.text);
    if (!bound) continue;
    if (bound.kind === 'dict') current.vars.set(object.text, { kind: 'dict', entries: bound.entries.map((entry) => (entry.key === stringContent(key) ? { key: entry.key, value: { kind: 'unknown', name: switchedBy } } : entry)) });
    return;
  }
}

function identifiersIn(node: Node): string[] {
  if (node.type === 'identifier') return [node.text];
  return node.namedChildren.flatMap(identifiersIn);
}

/** The token an encode returns: an issued token (strong), with its purpose when the code says it. */
function issuedToken(api: string, entry: ApiEntry, call: PyCall, kwargs: Map<string, Value>, scope: Scope, lowering: PyLowering): Value {
  const purpose = tokenTypeOf(entry, argument(call, kwargs, entry.subjectArg), call, scope);
  return { kind: 'token', source: { kind: 'issued', name: `${api}()`, loc: lowering.loc(call.node), strength: 'strong', ...(purpose ? { purpose } : {}) }, transforms: [] };
}

function extendBoundDict(name: string, added: { key: string | null; value: Value }[], scope: Scope): void {
  for (let current: Scope | undefined = scope; current; current = current.parent) {
    const bound = current.vars.get(name);
    if (!bound) continue;
    if (bound.kind === 'dict') current.vars.set(name, { kind: 'dict', entries: [...bound.entries, ...added] });
    return;
  }
}

function algorithmsChecked(algorithms: Value, state: JwtState): boolean {
  const opIds = claimsIn(algorithms);
  return opIds.length > 0 && opIds.every((opId) => state.uses.get(opId)?.algChecked === true);
}

function flaskJwtExtendedClaims(kwargs: Map<string, Value>): string[] {
  const claims = ['sub', 'iat', 'nbf', 'jti', 'type', 'fresh'];
  if (boolOf(kwargs.get('expires_delta')) !== false) claims.push('exp');
  return claims;
}

function holdsClaims(value: Value): boolean {
  return value.kind === 'claims' || ((value.kind === 'list' || value.kind === 'dict') && claimsIn(value).length > 0);
}

/** Names that hold the key a verified decode will use. */
const KEY_TARGET = /^(?:\w+_)?(?:key|secret|jwk|jwks|cert|certificate)$/i;
/** Callbacks and helpers that choose a verification key from a token's (unverified) header and claims. */
const KEY_SELECTING_CALL = /(?:key|secret|jwks?|cert)_?(?:callback|loader|resolver|lookup|provider|getter|for|from)(?:_|$)|^_*(?:get|find|resolve|select|load|fetch|lookup|pick|choose)_(?:(?:signing|public|verification|verify|decode|decoding|jwt|token|jws|rsa|hmac|issuer|tenant)_)?(?:key|secret|jwks?|cert|certificate)s?$/i;

/** The claims go to a call that picks the key (`secret = self._decode_key_callback(header, claims)`), not to a decision. */
function selectsKey(call: PyCall): boolean {
  if (call.method && KEY_SELECTING_CALL.test(call.method)) return true;
  const parent = call.node.parent;
  const target = parent?.type === 'assignment' && parent.childForFieldName('right')?.id === call.node.id ? parent.childForFieldName('left') : undefined;
  return target?.type === 'identifier' && KEY_TARGET.test(target.text);
}

/** Claims reaching a call's arguments: a lookup or a check unless the call only logs, inspects or picks the key. */
function noteArgumentUses(call: PyCall, lowering: PyLowering, scope: Scope): void {
  if (!call.args.some(holdsClaims) && ![...call.kwargs.values()].some(holdsClaims)) return;
  const forced: Use | undefined = isLoggingCall(call) ? 'other' : selectsKey(call) ? 'selection' : undefined;
  call.args.forEach((value, index) => recordUse(call.argNodes[index]!, value, lowering, scope, forced));
  for (const [name, value] of call.kwargs) recordUse(call.kwargNodes.get(name)!, value, lowering, scope, forced);
}

function conditionLeaves(node: Node, lowering: PyLowering, scope: Scope): void {
  if (node.type === 'not_operator' || node.type === 'boolean_operator' || node.type === 'parenthesized_expression') {
    for (const child of node.namedChildren) conditionLeaves(child, lowering, scope);
    return;
  }
  if (node.type === 'comparison_operator') return; // onCompare saw it
  recordUse(node, lowering.evalExpr(node, scope), lowering, scope);
}
