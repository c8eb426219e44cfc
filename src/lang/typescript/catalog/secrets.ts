/**
 * JS/TS recognizer: signing secrets written in code. Records a SecretBinding for each
 * literal (or `process.env.X || 'literal'` fallback) that ends up as a JWT key: key
 * arguments of the calls the JWT recognizer recorded (directly, through a constant or
 * `this.secret`, through `new TextEncoder().encode(…)`/`Buffer.from(…)`), framework
 * settings (`secretOrKey`, `secret` of expressjwt/JwtModule/@fastify/jwt, also when set
 * step by step as `opts.secretOrKey = …`), config objects and constants named like a JWT
 * secret, and env lookups with a literal fallback bound to such names. Whether a binding
 * is a finding (hardcoded-secret, weak-secret) is for the rules; messages name the binding.
 */
import { ts } from 'ts-morph';
import type { DefinedIn, Loc, SecretBinding, Value } from '../../../model/types.js';
import type { TsCall, TsLowering, TsRecognizer } from '../lowering-api.js';
import { dottedName, propertyKey } from '../syntax.js';
import { isBrowserContext, jwtState } from './jwt.js';

interface LiteralOrigin {
  value: Value;
  loc: Loc;
  /** A constant imported from another module (second lowering): the literal is written there. */
  definedIn?: DefinedIn;
}

interface SecretsState {
  /** Name (`SECRET`, `this.secret`, `config.jwtSecret`) → the literal last bound to it. */
  literals: Map<string, LiteralOrigin>;
  /** `line:column` of recorded bindings: one binding per literal. */
  recorded: Set<string>;
  /** JWT ops whose key was already looked at. */
  seenOps: number;
  /** Whether the file is sample data (mocks, fixtures, stories), once asked. */
  sampleData?: boolean;
}

const STATE_KEY = 'ts-secrets';

/** Names of variables, properties and settings that hold a JWT signing secret (camelCase is split first). */
const SECRET_NAME = /(?:^|_)(?:secret|secret_key|secret_or_key|signing_key|private_key|hmac_key|jwt_key)$|^jwt_(?:secret|key)(?:_|$)/;
/** Names about a secret rather than holding one: its env variable's name, its file, its length. */
const NOT_SECRET_NAME = /(?:^|_)(?:name|env|var|header|path|file|url|uri|id|len|length|type|field|prefix|algorithm|alg|ttl|expiry|lifetime|expires_in)$/;
/** Options keys that hold the key in the JWT middleware and module settings. */
const SETTING_KEYS = new Set(['secretOrKey', 'secret', 'privateKey', 'jwtSecret', 'JWT_SECRET', 'tokenSecret', 'accessTokenSecret', 'refreshTokenSecret', 'signingKey']);
/** Containers whose `secret` member is a JWT secret: `jwtConstants`, `config.jwt`, `authConfig`. */
const SECRET_CONTAINER = /jwt|token|auth/i;

/** Containers of known-bad values kept to refuse them: `PLACEHOLDER_SECRETS`, `knownWeakKeys`, `FORBIDDEN_DEFAULTS`. */
const REJECT_LIST = /(?:^|_)(?:placeholders?|insecure|known|weak|forbidden|rejected|blocked|banned|disallowed|blacklist(?:ed)?|blocklist|denylist|deny_list)(?:_|$)/;

function isRejectList(owner: string): boolean {
  return REJECT_LIST.test(snake(owner.slice(owner.lastIndexOf('.') + 1)));
}

function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function stateOf(lowering: TsLowering): SecretsState {
  let state = lowering.state.get(STATE_KEY) as SecretsState | undefined;
  if (!state) {
    state = { literals: new Map(), recorded: new Set(), seenOps: 0 };
    lowering.state.set(STATE_KEY, state);
  }
  return state;
}

function isPublicMaterial(text: string): boolean {
  return /-----BEGIN (?:RSA )?PUBLIC KEY-----|-----BEGIN CERTIFICATE-----|^ssh-(?:rsa|ed25519) /.test(text);
}

function secretLiteral(value: Value): boolean {
  const literal = value.kind === 'env' ? value.fallback : value;
  return literal?.kind === 'string' && literal.value.trim() !== '' && !isPublicMaterial(literal.value);
}

function unwrap(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isNonNullExpression(current) || ts.isSatisfiesExpression(current)) current = current.expression;
  return current;
}

/** The literal is written right here: a string, an env fallback, or either wrapped in TextEncoder/Buffer/createSecretKey. */
function isDirect(node: ts.Expression): boolean {
  const current = unwrap(node);
  if (ts.isStringLiteralLike(current)) return true;
  if (ts.isBinaryExpression(current)) {
    const operator = current.operatorToken.kind;
    return (operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken) && isDirect(current.right);
  }
  if (ts.isCallExpression(current) && current.arguments.length >= 1) return isDirect(current.arguments[0]!);
  return false;
}

function sameLiteral(a: Value, b: Value): boolean {
  if (a.kind === 'string' && b.kind === 'string') return a.value === b.value;
  if (a.kind === 'env' && b.kind === 'env') return a.name === b.name && a.fallback?.kind === 'string' && b.fallback?.kind === 'string' && a.fallback.value === b.fallback.value;
  return false;
}

/** Where the literal behind `node` is written: the node itself, or the constant it names. */
function originOf(node: ts.Expression, value: Value, state: SecretsState, lowering: TsLowering): [LiteralOrigin, boolean] | undefined {
  if (!secretLiteral(value)) return undefined;
  if (isDirect(node)) return [{ value, loc: lowering.loc(node) }, true];
  const imported = value.kind === 'string' || value.kind === 'env' ? value.from : undefined;
  if (imported) return [{ value, loc: lowering.loc(node), definedIn: imported }, false];
  const name = dottedName(unwrap(node));
  const bound = name ? state.literals.get(name) : undefined;
  return bound && sameLiteral(bound.value, value) ? [bound, false] : undefined;
}

function record(lowering: TsLowering, state: SecretsState, binding: SecretBinding): void {
  if (lowering.isSilent) return;
  const key = `${binding.loc.line}:${binding.loc.column}`;
  if (state.recorded.has(key)) {
    // a constant recorded for its name and then used as a key: say it is the signing key
    const earlier = lowering.model.secrets.find((candidate) => candidate.loc.line === binding.loc.line && candidate.loc.column === binding.loc.column);
    if (earlier?.context === 'setting' && binding.context === 'constant-used-as-key' && !earlier.name.includes('.')) earlier.context = binding.context;
    return;
  }
  state.recorded.add(key);
  lowering.model.secrets.push(binding);
}

function contextFor(value: Value, context: SecretBinding['context']): SecretBinding['context'] {
  return value.kind === 'env' ? 'env-fallback' : context;
}

/** The name a binding target is known by: `SECRET`, `this.secret` (class property), `opts.secretOrKey`. */
function targetName(target: ts.Node): string | undefined {
  if (ts.isIdentifier(target) && target.parent && ts.isPropertyDeclaration(target.parent)) return `this.${target.text}`;
  return dottedName(target);
}

function lastName(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

function isSecretName(name: string): boolean {
  const words = snake(name);
  return (SECRET_NAME.test(words) && !NOT_SECRET_NAME.test(words)) || (SETTING_KEYS.has(name) && name !== 'secret' && name !== 'privateKey');
}

/** `{ secret: 'x' }` in an object bound to `jwtConstants`/`authConfig`, and `{ jwtSecret: 'x' }` anywhere. */
function recordObjectSecrets(object: ts.ObjectLiteralExpression, value: Value, owner: string | undefined, lowering: TsLowering, state: SecretsState): void {
  if (value.kind !== 'dict') return;
  for (const property of object.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const key = propertyKey(property.name);
    if (!key) continue;
    const entryValue = value.entries.find((item) => item.key === key)?.value;
    if (!entryValue) continue;
    const initializer = unwrap(property.initializer);
    if (ts.isObjectLiteralExpression(initializer)) {
      recordObjectSecrets(initializer, entryValue, owner ? `${owner}.${key}` : key, lowering, state);
      continue;
    }
    if (!isDirect(initializer) || !secretLiteral(entryValue)) continue;
    const name = owner ? `${owner}.${key}` : key;
    const loc = lowering.loc(initializer);
    state.literals.set(name, { value: entryValue, loc });
    const named = isSecretName(key) || (key === 'secret' && owner !== undefined && SECRET_CONTAINER.test(owner));
    if (named) record(lowering, state, { name, value: entryValue, loc, context: contextFor(entryValue, 'setting'), ...(owner !== undefined && isRejectList(owner) ? { rejectList: true } : {}) });
  }
}

/** The key arguments of the JWT operations recorded since the last call. */
function recordOpKeys(lowering: TsLowering, state: SecretsState): void {
  const ops = lowering.model.jwtOps;
  const keyNodes = jwtState(lowering).keyNodes;
  for (; state.seenOps < ops.length; state.seenOps++) {
    const op = ops[state.seenOps]!;
    const node = keyNodes.get(op.id);
    if (!node || !op.key) continue;
    const found = originOf(node, op.key, state, lowering);
    if (!found) continue;
    const [origin, direct] = found;
    const settingKey = ts.isPropertyAssignment(node.parent) ? propertyKey(node.parent.name) : null;
    const name = direct ? (settingKey ? `${settingKey} (${op.api})` : `the key passed to ${op.api}`) : (dottedName(unwrap(node)) ?? 'a constant');
    const context = settingKey && direct ? 'setting' : direct ? 'key-argument' : 'constant-used-as-key';
    record(lowering, state, { name, value: origin.value, loc: origin.loc, context: contextFor(origin.value, context), ...(origin.definedIn ? { definedIn: origin.definedIn } : {}) });
  }
}

// ---- HMAC keys and credentials the code sends ----

/** `crypto.createHmac('sha256', key)`: the key signs whatever the HMAC authenticates (cookies, webhooks, tokens). */
const HMAC_FACTORY = /^(?:node:)?crypto\.createHmac$/;

function recordHmacKey(call: TsCall, lowering: TsLowering, state: SecretsState): void {
  if (!call.callee || !HMAC_FACTORY.test(call.callee)) return;
  const node = call.argNodes[1];
  const value = call.args[1];
  if (!node || !value) return;
  const found = originOf(node, value, state, lowering);
  if (!found) return;
  const [origin, direct] = found;
  const name = direct ? 'the key passed to crypto.createHmac' : (dottedName(unwrap(node)) ?? 'a constant');
  record(lowering, state, { name, value: origin.value, loc: origin.loc, context: contextFor(origin.value, direct ? 'key-argument' : 'constant-used-as-key') });
}

/** A three-part JWT: `eyJ…` header and payload, and a signature. */
const JWT_LITERAL = /^eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{16,}$/;
/** `Bearer <credential>`, `Basic <base64>`, `Token <credential>` as an Authorization value. */
const SCHEME_LITERAL = /^(?:Bearer|Basic|Token|JWT)\s+(\S{16,})$/i;
/** Keys and variables that hold a credential a client sends: an API key, an access token, a client secret. */
const CREDENTIAL_NAME = /^(?:x_)?(?:api_key|apikey|api_token|api_secret|access_token|auth_token|bearer_token|client_secret|secret_key|private_token|personal_access_token|service_token|app_secret|x_auth_token|x_access_token)$/;
/** Names of credentials that are public by design: publishable, anonymous and site keys. */
const PUBLIC_CREDENTIAL = /publishable|public|anon|site_?key|client_?id/i;
/** Values that are public keys by design: Stripe publishable keys, Google/Firebase browser keys, Mapbox public tokens, PostHog project keys. */
const PUBLIC_KEY_PREFIX = /^(?:pk_(?:live|test)_|AIza|pk\.eyJ|phc_)/;
/** Secret keys by their issuer's prefix: Stripe, OpenAI/Anthropic, GitHub, Slack, AWS, SendGrid. */
const SECRET_KEY_PREFIX = /^(?:sk_(?:live|test)_|rk_live_|sk-|ghp_|gho_|ghs_|github_pat_|xox[bpas]-|AKIA|SG\.)/;
/** Mock servers, fixtures, stubs and stories: tokens there are sample data. */
const SAMPLE_DATA_PATH = /(?:^|\/)(?:__mocks__|mocks?|fixtures?|stubs?|fakes?|storybook|stories)\/|\.(?:stories|mock|fixture)\.[cm]?[jt]sx?$/i;

/** A literal that reads like a generated credential: long, no spaces, letters and digits, not a placeholder. */
function credentialShaped(text: string): boolean {
  if (text.length < 20 || /\s/.test(text) || !/[0-9]/.test(text) || !/[A-Za-z]/.test(text)) return false;
  if (/[<>{}$]|x{4,}|\.\.\.|your|example|placeholder|changeme|dummy|fake|sample|redacted/i.test(text)) return false;
  return !PUBLIC_KEY_PREFIX.test(text);
}

/** A JWT whose payload says it is a public, anonymous key (Supabase's anon key is a JWT meant for browsers). */
function isPublicJwt(text: string): boolean {
  try {
    const payload = JSON.parse(Buffer.from(text.split('.')[1]!, 'base64url').toString('utf8')) as { role?: unknown };
    return typeof payload.role === 'string' && /^(?:anon|public|anonymous)$/.test(payload.role);
  } catch {
    return false;
  }
}

/** What a literal is when it is a credential written in code: undefined otherwise. In browser code a key named like a credential is public unless its prefix says secret. */
function credentialKind(text: string, key: string | undefined, browser: boolean): string | undefined {
  // each shape below is at least 20 characters long (a scheme and 16, or credentialShaped's 20)
  if (text.length < 20) return undefined;
  const trimmed = text.trim();
  if (JWT_LITERAL.test(trimmed)) return isPublicJwt(trimmed) ? undefined : 'a JWT';
  const scheme = SCHEME_LITERAL.exec(trimmed);
  if (scheme) {
    const credential = scheme[1]!;
    return JWT_LITERAL.test(credential) ? (isPublicJwt(credential) ? undefined : 'a JWT') : credentialShaped(credential) ? 'an Authorization value' : undefined;
  }
  if (key && CREDENTIAL_NAME.test(snake(key).replace(/-/g, '_')) && !PUBLIC_CREDENTIAL.test(key) && credentialShaped(trimmed) && (!browser || SECRET_KEY_PREFIX.test(trimmed))) return 'an API credential';
  return undefined;
}

/**
 * Credential literals inside an expression: string literals, object properties (`headers:
 * { Authorization: 'Bearer …' }`, `{ apiKey: '…' }`), nested objects and arrays; not
 * inside nested functions.
 */
/** `where` says where the literal is (`passed to fetch`); it is worded only for a literal found. */
function recordCredentials(node: ts.Expression, key: string | undefined, where: () => string, lowering: TsLowering, state: SecretsState): void {
  if ((state.sampleData ??= SAMPLE_DATA_PATH.test(lowering.model.file))) return;
  const current = unwrap(node);
  if (ts.isStringLiteralLike(current)) {
    const kind = credentialKind(current.text, key, isBrowserContext(lowering));
    if (!kind) return;
    const place = where();
    const name = key && place === `bound to ${key}` ? `${key} (${kind})` : key ? `${key} ${place} (${kind})` : `${kind.replace(/^an? /, '')} literal ${place}`;
    record(lowering, state, { name, value: { kind: 'string', value: current.text }, loc: lowering.loc(current), context: 'credential' });
    return;
  }
  if (ts.isObjectLiteralExpression(current)) {
    for (const property of current.properties) {
      if (ts.isPropertyAssignment(property)) recordCredentials(property.initializer, propertyKey(property.name) ?? undefined, where, lowering, state);
    }
    return;
  }
  if (ts.isArrayLiteralExpression(current)) for (const element of current.elements) if (!ts.isSpreadElement(element)) recordCredentials(element, key, where, lowering, state);
}

export const tsSecretsRecognizer: TsRecognizer = {
  onAssign(target, value, valueNode, lowering) {
    if (lowering.isSilent) return;
    const state = stateOf(lowering);
    const name = targetName(target);
    const initializer = unwrap(valueNode);
    if (ts.isObjectLiteralExpression(initializer)) {
      recordObjectSecrets(initializer, value, name, lowering, state);
      recordCredentials(initializer, undefined, () => (name ? `in ${name}` : 'in an object'), lowering, state);
      return;
    }
    if (!name) return;
    // `const API_TOKEN = 'eyJ…'`, `axios.defaults.headers.common.Authorization = 'Bearer …'`
    recordCredentials(valueNode, lastName(name), () => `bound to ${name}`, lowering, state);
    if (!isDirect(valueNode) || !secretLiteral(value)) {
      state.literals.delete(name);
      return;
    }
    const loc = lowering.loc(valueNode);
    state.literals.set(name, { value, loc });
    const member = lastName(name);
    // `opts.secretOrKey = 'x'`, `const JWT_SECRET = process.env.JWT_SECRET || 'dev'`, `const jwtSecret = 'x'`
    if (isSecretName(member) || (member === 'secret' && name.includes('.') && SECRET_CONTAINER.test(name))) {
      record(lowering, state, { name, value, loc, context: contextFor(value, 'setting') });
    }
  },

  onCall(call, lowering) {
    if (lowering.isSilent) return undefined;
    const state = stateOf(lowering);
    recordOpKeys(lowering, state);
    recordHmacKey(call, lowering, state);
    // credentials a client sends: `fetch(url, { headers: { Authorization: 'Bearer …' } })`, `new OpenAI({ apiKey: '…' })`
    const where = (): string => `passed to ${call.isNew ? 'new ' : ''}${dottedName(call.node.expression) ?? call.method ?? 'a call'}`;
    for (const argument of call.argNodes) recordCredentials(argument, undefined, where, lowering, state);
    return undefined;
  },

  onModuleEnd(lowering) {
    lowering.model.secrets.sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
  },
};
