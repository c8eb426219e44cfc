/**
 * Python recognizer: secrets and signing keys bound in code. Records a SecretBinding for
 * each literal (or env-fallback literal) that ends up as a signing secret: Flask and
 * Django settings, config classes, simplejwt-style settings dicts, itsdangerous
 * serializers, and keys passed to JWT calls (directly or through a constant). Whether a
 * binding is a finding, and which one, is decided by the hardcoded-secret and
 * weak-secret rules.
 */
import type { Node } from '../syntax-node.js';
import type { DefinedIn, Loc, SecretBinding, Value } from '../../../model/types.js';
import type { PyCall, PyLowering, Recognizer, Scope } from '../lowering-api.js';
import { dottedName, stringContent } from '../syntax.js';

/** A literal (or an env lookup with a literal fallback) and where it is written. */
interface LiteralOrigin {
  value: Value;
  loc: Loc;
  /** A constant imported from another module (second lowering): the literal is written there. */
  definedIn?: DefinedIn;
}

interface SecretsState {
  /** Name → the literal last assigned to it, for constants later used as a key or setting. */
  literals: Map<string, LiteralOrigin>;
  /** Module-level secret settings, kept only if the file turns out to be a settings module. */
  moduleSettings: SecretBinding[];
  /** Seen a Django/Flask settings marker (INSTALLED_APPS, ROOT_URLCONF…) at module level. */
  settingsMarkers: boolean;
  /** `line:column` of the bindings already recorded: one binding per literal. */
  recorded: Set<string>;
}

const STATE_KEY = 'secrets';

/**
 * Names of settings that hold a secret (Flask, flask-jwt-extended, Django, pydantic settings,
 * config classes): SECRET_KEY, JWT_SECRET, STRIPE_SECRET_KEY, SIGNING_KEY, API_KEY…
 */
const SETTING_NAME = /(?:^|_)secret(?:_|$)|(?:^|_)(?:signing|private|hmac|jwt|token|session|encryption|api|master)_?key$|^(?:secret|signing|private)_?key$/i;
/** Names that are about a secret without holding one: its file, variable, header, algorithm, the public half. */
const NOT_SETTING_NAME = /public|(?:^|_)(?:name|env|var|header|path|file|url|uri|id|prefix|suffix|algorithm|alg|ttl|expiry|expires|lifetime|length|len|location|type|field|fallbacks?|rotation|version)$/i;
/** Keys of framework settings dicts that hold the signing secret. */
const SETTINGS_DICT_KEYS: Record<string, string[]> = {
  SIMPLE_JWT: ['SIGNING_KEY'],
  NINJA_JWT: ['SIGNING_KEY'],
  JWT_AUTH: ['JWT_SECRET_KEY', 'JWT_PRIVATE_KEY'],
  GRAPHQL_JWT: ['JWT_SECRET_KEY', 'JWT_PRIVATE_KEY'],
};
/** Flask `app.config[...]` keys that hold a signing secret: the known ones, and any named like a secret. */
const CONFIG_KEYS = new Set(['SECRET_KEY', 'JWT_SECRET_KEY', 'JWT_PRIVATE_KEY', 'JWT_SECRET', 'SECURITY_PASSWORD_SALT']);

function isSecretSetting(name: string): boolean {
  return CONFIG_KEYS.has(name) || (SETTING_NAME.test(name) && !NOT_SETTING_NAME.test(name));
}
/** Names that hold a secret or static credential (for env lookups with a literal fallback). */
const SECRETISH_NAME = /(?:^|_)(?:secret|secret_key|signing_key|private_key|hmac_key|jwt_key|api_key|apikey)$|(?:^|_)secret(?:_|$)|(?:^|_)(?:auth|admin|service|static|master|api|bearer|access)_token$/i;
const NOT_SECRET_NAME = /(?:^|_)(?:name|env|var|header|path|file|url|uri|id|len|length|type|field|prefix|fallbacks?|algorithm|alg|ttl|expiry|lifetime)$/i;
/** Module-level assignments that mark a Django or Flask settings module. */
const SETTINGS_MARKERS = new Set(['INSTALLED_APPS', 'ROOT_URLCONF', 'MIDDLEWARE', 'DATABASES', 'WSGI_APPLICATION', 'ALLOWED_HOSTS', 'AUTH_USER_MODEL']);
const SETTINGS_FILE = /(?:^|\/)(?:settings[^/]*|[^/]*_settings|config|conf|local_settings|production|prod|dev|development|base)\.py$|(?:^|\/)settings\//;
/** itsdangerous classes whose first argument is the secret key. */
const ITSDANGEROUS_CLASSES = new Set(['Serializer', 'URLSafeSerializer', 'TimedSerializer', 'URLSafeTimedSerializer', 'Signer', 'TimestampSigner', 'JSONWebSignatureSerializer', 'TimedJSONWebSignatureSerializer']);

function stateOf(lowering: PyLowering): SecretsState {
  let state = lowering.state.get(STATE_KEY) as SecretsState | undefined;
  if (!state) {
    state = { literals: new Map(), moduleSettings: [], settingsMarkers: false, recorded: new Set() };
    lowering.state.set(STATE_KEY, state);
  }
  return state;
}

function isPlainString(node: Node): boolean {
  if (node.type === 'concatenated_string') return node.namedChildren.every(isPlainString);
  return node.type === 'string' && !node.namedChildren.some((child) => child.type === 'interpolation');
}

/** A PEM public key or certificate is not a secret, wherever it is written. */
function isPublicMaterial(text: string): boolean {
  return /-----BEGIN (?:RSA )?PUBLIC KEY-----|-----BEGIN CERTIFICATE-----|^ssh-(?:rsa|ed25519) /.test(text);
}

/** A value worth recording: a non-empty literal, or an env lookup with a non-empty literal fallback. */
function secretLiteral(value: Value): boolean {
  const literal = value.kind === 'env' ? value.fallback : value;
  return literal?.kind === 'string' && literal.value.trim() !== '' && !isPublicMaterial(literal.value);
}

/** Where the literal behind `node` is written: the node itself, or the constant it names. */
function originOf(node: Node, value: Value, state: SecretsState, lowering: PyLowering): LiteralOrigin | undefined {
  if (!secretLiteral(value)) return undefined;
  if (isPlainString(node) || (value.kind === 'env' && (node.type === 'call' || node.type === 'boolean_operator'))) return { value, loc: lowering.loc(node) };
  const imported = value.kind === 'string' || value.kind === 'env' ? value.from : undefined;
  if (imported) return { value, loc: lowering.loc(node), definedIn: imported };
  const name = dottedName(node);
  const bound = name ? state.literals.get(name) : undefined;
  // the constant must still hold the same literal (a rebinding would have replaced it)
  return bound && sameLiteral(bound.value, value) ? bound : undefined;
}

function sameLiteral(a: Value, b: Value): boolean {
  if (a.kind === 'string' && b.kind === 'string') return a.value === b.value;
  if (a.kind === 'env' && b.kind === 'env') return a.name === b.name && a.fallback?.kind === 'string' && b.fallback?.kind === 'string' && a.fallback.value === b.fallback.value;
  return false;
}

function record(lowering: PyLowering, state: SecretsState, binding: SecretBinding): void {
  const key = `${binding.loc.line}:${binding.loc.column}`;
  if (state.recorded.has(key)) return;
  state.recorded.add(key);
  lowering.model.secrets.push(binding);
}

function contextFor(value: Value, context: SecretBinding['context']): SecretBinding['context'] {
  return value.kind === 'env' ? 'env-fallback' : context;
}

/** The class a statement-level assignment sits in, if any (`class Config: SECRET_KEY = …`). */
function enclosingClass(target: Node): Node | undefined {
  const statement = target.parent?.parent;
  const block = statement?.parent;
  const owner = block?.parent;
  return statement?.type === 'expression_statement' && block?.type === 'block' && owner?.type === 'class_definition' ? owner : undefined;
}

function isModuleLevel(target: Node): boolean {
  const statement = target.parent?.parent;
  return statement?.type === 'expression_statement' && statement.parent?.type === 'module';
}

function isConfigClass(cls: Node): boolean {
  const name = cls.childForFieldName('name')?.text ?? '';
  const bases = cls.childForFieldName('superclasses')?.text ?? '';
  // ProductionConfig, Settings, AppConf: the name ends with it (ConfigProvider, SettingsLoader do not)
  return /(?:config|settings|conf)$/i.test(name) || /Settings|Config/.test(bases);
}

function onIdentifierAssign(target: Node, value: Value, valueNode: Node, lowering: PyLowering, state: SecretsState): void {
  const name = target.text;
  if (isModuleLevel(target) && SETTINGS_MARKERS.has(name)) state.settingsMarkers = true;
  const origin = originOf(valueNode, value, state, lowering);
  if (!origin) {
    state.literals.delete(name);
    if (valueNode.type === 'dictionary' && SETTINGS_DICT_KEYS[name]) recordSettingsDict(name, valueNode, value, lowering, state);
    else if (value.kind === 'env' && isSecretName(name)) recordGeneratedFallback(name, target, value, valueNode, lowering, state);
    else if (valueNode.type === 'dictionary' && !REJECT_LIST_NAME.test(name)) recordCredentialEntries(valueNode, value, lowering, state);
    return;
  }
  state.literals.set(name, origin);
  const direct = origin.loc.line === lowering.loc(valueNode).line && origin.loc.column === lowering.loc(valueNode).column;
  if (!direct) return; // `KEY = SECRET`: the binding, if any, is recorded where the literal is
  const cls = enclosingClass(target);
  const setting = SETTING_NAME.test(name) && !NOT_SETTING_NAME.test(name);
  if (setting && cls && isConfigClass(cls)) {
    const className = cls.childForFieldName('name')?.text ?? 'Config';
    record(lowering, state, { name: `${className}.${name}`, value, loc: origin.loc, context: contextFor(value, 'setting') });
  } else if (setting && isModuleLevel(target) && value.kind === 'string') {
    state.moduleSettings.push({ name, value, loc: origin.loc, context: 'setting' });
  } else if (value.kind === 'env' && isSecretName(name)) {
    record(lowering, state, { name, value, loc: origin.loc, context: 'env-fallback' });
  } else if (value.kind === 'string' && isOutgoingCredential(value.value, name)) {
    record(lowering, state, { name, value, loc: origin.loc, context: 'credential' });
  }
}

function isSecretName(name: string): boolean {
  return (SECRETISH_NAME.test(name) && !NOT_SECRET_NAME.test(name)) || (SETTING_NAME.test(name) && !NOT_SETTING_NAME.test(name));
}

// ---- generated fallbacks ----

/** Python's `random` module: a Mersenne Twister, predictable and not meant for secrets. */
const WEAK_RANDOM = /^random\.(?:choices|choice|randint|randrange|random|getrandbits|sample|randbytes|shuffle)$/;
const STRONG_RANDOM = /^(?:secrets\.|os\.urandom$|random\.SystemRandom|uuid\.uuid4$|Crypto\.Random|nacl\.utils\.random$)/;

/** The `random.*` call behind an expression or a helper defined in this file, with the length it draws (`k=6`, `range(6)`). */
function weakGenerator(node: Node | undefined, lowering: PyLowering, depth = 0): { api: string; length?: number } | undefined {
  if (!node || depth > 2) return undefined;
  let found: { api: string; length?: number } | undefined;
  let strong = false;
  const visit = (current: Node): void => {
    if (current.type === 'call') {
      const fn = current.childForFieldName('function');
      const callee = fn ? lowering.qualifiedName(fn) : undefined;
      if (callee && STRONG_RANDOM.test(callee)) strong = true;
      else if (callee && WEAK_RANDOM.test(callee)) {
        const k = current.childForFieldName('arguments')?.namedChildren.find((argument) => argument.type === 'keyword_argument' && argument.childForFieldName('name')?.text === 'k')?.childForFieldName('value');
        found ??= { api: callee, ...(k?.type === 'integer' ? { length: Number(k.text) } : {}) };
      } else if (callee === 'range' && found && found.length === undefined) {
        const bound = current.childForFieldName('arguments')?.namedChildren[0];
        if (bound?.type === 'integer') found.length = Number(bound.text);
      } else if (callee && !callee.includes('.') && lowering.functionDefs.has(callee)) {
        const inner = weakGenerator(lowering.functionDefs.get(callee)!.childForFieldName('body') ?? undefined, lowering, depth + 1);
        if (inner) found ??= inner;
      }
    }
    for (const child of current.namedChildren) if (child.type !== 'lambda') visit(child);
  };
  visit(node);
  return strong ? undefined : found;
}

/** `JWT_SECRET = os.getenv("JWT_SECRET", generate_random_secret())` where the helper draws from `random`. */
function recordGeneratedFallback(name: string, target: Node, value: Extract<Value, { kind: 'env' }>, valueNode: Node, lowering: PyLowering, state: SecretsState): void {
  const fallbackNode =
    valueNode.type === 'boolean_operator'
      ? (valueNode.childForFieldName('right') ?? undefined)
      : valueNode.type === 'call'
        ? (valueNode.childForFieldName('arguments')?.namedChildren.filter((argument) => argument.type !== 'keyword_argument' && argument.type !== 'comment')[1] ??
          valueNode.childForFieldName('arguments')?.namedChildren.find((argument) => argument.type === 'keyword_argument' && argument.childForFieldName('name')?.text === 'default')?.childForFieldName('value') ??
          undefined)
        : undefined;
  const generated = weakGenerator(fallbackNode ?? undefined, lowering);
  if (!generated) return;
  const cls = enclosingClass(target);
  const qualified = cls && isConfigClass(cls) ? `${cls.childForFieldName('name')?.text ?? 'Config'}.${name}` : name;
  record(lowering, state, { name: qualified, value, loc: lowering.loc(valueNode), context: 'env-fallback', generated });
}

// ---- static credentials ----

/** A JWT written out: three base64url parts, the first two JSON objects (`eyJ…`). */
const JWT_LITERAL = /^eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}$/;
/** An Authorization header value with the credential in it. */
const AUTH_HEADER_LITERAL = /^(?:Bearer|Token|Basic|JWT|Api-Key|ApiKey)\s+[\w.~+/=-]{16,}$/i;
/** Names of headers, keywords and attributes that carry an outgoing credential. */
const CREDENTIAL_KEY = /^(?:authorization|x-api-key|x-auth-token|x-access-token)$|(?:^|[-_])(?:api[-_]?key|apikey|access[-_]?token|auth[-_]?token|api[-_]?token|bearer[-_]?token|client[-_]?secret|private[-_]?token|subscription[-_]?key|token)$/i;
/** Dicts and lists kept to reject known placeholders (`PLACEHOLDER_SECRETS = {...}`). */
const REJECT_LIST_NAME = /placeholder|default|insecure|weak|reject|forbidden|banned|known|blocked|invalid|example|sample|dummy/i;
const PLACEHOLDER_WORD = /your|example|change|replace|xxx|placeholder|dummy|sample|fake|insert|<|\{/i;

/** A long, mixed, random-looking literal: what an API key or token looks like, not a word or a path. */
function looksLikeCredential(text: string): boolean {
  if (text.length < 16 || /\s/.test(text) || !/[A-Za-z]/.test(text) || !/\d/.test(text) || PLACEHOLDER_WORD.test(text)) return false;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || text.includes('/') || /^[\d.:-]+$/.test(text)) return false;
  return new Set(text).size >= 10;
}

/** A credential sent by this code: a JWT or Authorization value anywhere, or a credential-looking literal under a credential name. */
function isOutgoingCredential(text: string, name: string | undefined): boolean {
  const trimmed = text.trim();
  if (JWT_LITERAL.test(trimmed)) return true;
  if (AUTH_HEADER_LITERAL.test(trimmed)) return !PLACEHOLDER_WORD.test(trimmed.replace(/^\S+\s+/, ''));
  const last = name?.replace(/^.*[.[]["']?|["']?\]$/g, '');
  return last !== undefined && CREDENTIAL_KEY.test(last) && looksLikeCredential(trimmed);
}

/** `headers={"Authorization": "Bearer eyJ…"}`, `{"api_key": "…"}` in a call or an assignment. */
function recordCredentialEntries(dict: Node, value: Value, lowering: PyLowering, state: SecretsState, owner?: string): void {
  // the cheap test on the evaluated dict first: most dicts hold no credential-looking literal
  if (value.kind !== 'dict' || !value.entries.some((entry) => entry.key !== null && entry.value.kind === 'string' && isOutgoingCredential(entry.value.value, entry.key))) return;
  for (const pair of dict.namedChildren) {
    if (pair.type !== 'pair') continue;
    const keyNode = pair.childForFieldName('key');
    const valueNode = pair.childForFieldName('value');
    if (keyNode?.type !== 'string' || !valueNode || !isPlainString(valueNode)) continue;
    const key = stringContent(keyNode);
    const entry = value.entries.find((candidate) => candidate.key === key)?.value;
    if (entry?.kind !== 'string' || !isOutgoingCredential(entry.value, key)) continue;
    record(lowering, state, { name: `the "${key}" value${owner ? ` passed to ${owner}` : ''}`, value: entry, loc: lowering.loc(valueNode), context: 'credential' });
  }
}

/** `requests.get(url, headers={...})`, `Client(api_key="…")`: credentials written into a call's arguments. */
function onCredentialArguments(call: PyCall, lowering: PyLowering, state: SecretsState): void {
  const api = call.callee ?? call.method ?? 'a call';
  for (const [keyword, node] of call.kwargNodes) {
    const value = call.kwargs.get(keyword);
    if (!value) continue;
    if (node.type === 'dictionary') recordCredentialEntries(node, value, lowering, state, api);
    else if (value.kind === 'string' && isPlainString(node) && isOutgoingCredential(value.value, keyword)) {
      record(lowering, state, { name: `the ${keyword} passed to ${api}`, value, loc: lowering.loc(node), context: 'credential' });
    }
  }
  call.argNodes.forEach((node, index) => {
    const value = call.args[index];
    if (value && node.type === 'dictionary') recordCredentialEntries(node, value, lowering, state, api);
  });
}

// ---- credentials checked against a literal ----

const COMPARE_CALLS = new Set(['hmac.compare_digest', 'secrets.compare_digest']);
/** Parts of a presented credential that are not secret. */
const NOT_SECRET_PART = new Set(['first-part', '.username', '.type', '.scheme', '.realm']);
const SENTINEL_LITERAL = /^(?:bearer|basic|token|jwt|digest|null|undefined|none|nil|false|true|0|-1)$/i;

/** A credential the request presented (a header, query, cookie, form field or security scheme), not a name-only token or a claim of one. */
function presentedCredential(value: Value | undefined): boolean {
  if (value?.kind !== 'token' || value.source.strength !== 'strong' || value.source.kind === 'issued') return false;
  return !value.transforms.some((transform) => NOT_SECRET_PART.has(transform));
}

/** `secrets.compare_digest(presented, b"swordfish")`, `if token == "s3cr3t-api-token"`: the literal is a static credential. */
function onComparedLiteral(presented: Value | undefined, otherNode: Node | undefined, other: Value | undefined, lowering: PyLowering, state: SecretsState): void {
  if (!otherNode || !other || !presentedCredential(presented)) return;
  const origin = originOf(otherNode, other, state, lowering);
  if (origin?.value.kind !== 'string') return;
  const literal = origin.value.value.trim();
  if (literal.length < 6 || /\s/.test(literal) || SENTINEL_LITERAL.test(literal)) return;
  const direct = isPlainString(otherNode);
  const name = direct ? 'the credential the presented token is compared with' : (dottedName(otherNode) ?? 'a constant');
  record(lowering, state, { name, value: origin.value, loc: origin.loc, context: 'credential' });
}

/** `SIMPLE_JWT = {"SIGNING_KEY": "…"}` and the like. */
function recordSettingsDict(dictName: string, dict: Node, value: Value, lowering: PyLowering, state: SecretsState): void {
  if (value.kind !== 'dict') return;
  const keys = SETTINGS_DICT_KEYS[dictName] ?? [];
  for (const pair of dict.namedChildren) {
    if (pair.type !== 'pair') continue;
    const keyNode = pair.childForFieldName('key');
    const valueNode = pair.childForFieldName('value');
    if (!keyNode || !valueNode || keyNode.type !== 'string' || !keys.includes(stringContent(keyNode))) continue;
    const key = stringContent(keyNode);
    const entry = value.entries.find((candidate) => candidate.key === key)?.value;
    if (!entry) continue;
    const origin = originOf(valueNode, entry, state, lowering);
    if (origin) record(lowering, state, { name: `${dictName}["${key}"]`, value: origin.value, loc: origin.loc, context: contextFor(origin.value, 'setting') });
  }
}

/** `app.config["SECRET_KEY"] = …`, `app.secret_key = …`, `settings.SECRET_KEY = …`, `headers["Authorization"] = "Bearer …"`. */
function onTargetAssign(target: Node, value: Value, valueNode: Node, lowering: PyLowering, state: SecretsState): void {
  const name = dottedName(target);
  if (!name) return;
  const configKey = /(?:^|\.)config\["([A-Za-z_]+)"\]$/.exec(name)?.[1];
  const isSetting = configKey !== undefined ? isSecretSetting(configKey) : /\.(?:secret_key|SECRET_KEY|JWT_SECRET_KEY|jwt_secret_key)$/.test(name);
  if (!isSetting) {
    if (value.kind === 'string' && isPlainString(valueNode) && isOutgoingCredential(value.value, name)) record(lowering, state, { name, value, loc: lowering.loc(valueNode), context: 'credential' });
    return;
  }
  const origin = originOf(valueNode, value, state, lowering);
  if (origin) record(lowering, state, { name, value: origin.value, loc: origin.loc, context: contextFor(origin.value, 'setting'), ...(origin.definedIn ? { definedIn: origin.definedIn } : {}) });
}

/** `app.config.update(SECRET_KEY="…")`, `app.config.from_mapping({...})`. */
function onConfigUpdate(call: PyCall, lowering: PyLowering, state: SecretsState): void {
  const owner = call.receiverNode ? dottedName(call.receiverNode) : undefined;
  if (!owner || !/(?:^|\.)config$/.test(owner)) return;
  for (const [key, valueNode] of call.kwargNodes) {
    const value = call.kwargs.get(key);
    if (!value || !isSecretSetting(key)) continue;
    const origin = originOf(valueNode, value, state, lowering);
    if (origin) record(lowering, state, { name: `${owner}["${key}"]`, value: origin.value, loc: origin.loc, context: contextFor(origin.value, 'setting') });
  }
  const dict = call.argNodes[0];
  const dictValue = call.args[0];
  if (dict?.type !== 'dictionary' || dictValue?.kind !== 'dict') return;
  for (const pair of dict.namedChildren) {
    const keyNode = pair.childForFieldName('key');
    const valueNode = pair.childForFieldName('value');
    if (pair.type !== 'pair' || keyNode?.type !== 'string' || !valueNode) continue;
    const key = stringContent(keyNode);
    const value = dictValue.entries.find((entry) => entry.key === key)?.value;
    if (!value || !isSecretSetting(key)) continue;
    const origin = originOf(valueNode, value, state, lowering);
    if (origin) record(lowering, state, { name: `${owner}["${key}"]`, value: origin.value, loc: origin.loc, context: contextFor(origin.value, 'setting') });
  }
}

/** The key argument of a call: its node and value, by position or keyword. */
function keyArgument(call: PyCall, index: number, keyword: string): [Node, Value] | undefined {
  const byKeyword = call.kwargNodes.get(keyword);
  if (byKeyword) return [byKeyword, call.kwargs.get(keyword)!];
  const node = call.argNodes[index];
  const value = call.args[index];
  return node && value ? [node, value] : undefined;
}

function recordKey(call: PyCall, argument: [Node, Value], lowering: PyLowering, state: SecretsState): void {
  const [node, value] = argument;
  const origin = originOf(node, value, state, lowering);
  if (!origin) return;
  const direct = !origin.definedIn && origin.loc.line === lowering.loc(node).line && origin.loc.column === lowering.loc(node).column;
  const api = call.callee ?? call.method ?? 'the call';
  const name = direct ? `the key passed to ${api}` : (dottedName(node) ?? 'a constant');
  record(lowering, state, { name, value: origin.value, loc: origin.loc, context: contextFor(origin.value, direct ? 'key-argument' : 'constant-used-as-key'), ...(origin.definedIn ? { definedIn: origin.definedIn } : {}) });
}

/** A JWT call just recorded by the JWT recognizer (which runs before this one) for this call node. */
function jwtKeyArgument(call: PyCall, lowering: PyLowering): [Node, Value] | undefined {
  const op = lowering.model.jwtOps.at(-1);
  const loc = lowering.loc(call.node);
  if (!op?.keyLoc || op.loc.line !== loc.line || op.loc.column !== loc.column) return undefined;
  const keyLoc = op.keyLoc;
  const candidates: [Node, Value | undefined][] = [...call.argNodes.map((node, index): [Node, Value | undefined] => [node, call.args[index]]), ...[...call.kwargNodes].map(([keyword, node]): [Node, Value | undefined] => [node, call.kwargs.get(keyword)])];
  for (const [node, value] of candidates) {
    if (value && node.startPosition.row + 1 === keyLoc.line && node.startPosition.column + 1 === keyLoc.column) return [node, value];
  }
  return undefined;
}

export const secretsRecognizer: Recognizer = {
  onAssign(target: Node, value: Value, valueNode: Node, lowering: PyLowering, _scope: Scope): void {
    const state = stateOf(lowering);
    if (target.type === 'identifier') onIdentifierAssign(target, value, valueNode, lowering, state);
    else if (target.type === 'subscript' || target.type === 'attribute') onTargetAssign(target, value, valueNode, lowering, state);
  },

  onCall(call: PyCall, lowering: PyLowering, _scope: Scope): Value | undefined {
    if (lowering.isSilent) return undefined;
    const state = stateOf(lowering);
    if (call.method === 'update' || call.method === 'from_mapping') {
      onConfigUpdate(call, lowering, state);
      return undefined;
    }
    const jwtKey = jwtKeyArgument(call, lowering);
    if (jwtKey) {
      recordKey(call, jwtKey, lowering, state);
      return undefined;
    }
    // hmac.new(b"literal", msg, sha256): the literal is the MAC key
    if (call.callee === 'hmac.new' || call.callee === 'hmac.HMAC' || call.callee === 'hmac.digest') {
      const key = keyArgument(call, 0, 'key');
      if (key) recordKey(call, key, lowering, state);
      return undefined;
    }
    if (call.callee && COMPARE_CALLS.has(call.callee)) {
      const [first, second] = call.args;
      onComparedLiteral(first, call.argNodes[1], second, lowering, state);
      onComparedLiteral(second, call.argNodes[0], first, lowering, state);
      return undefined;
    }
    if (call.kwargNodes.size > 0 || call.argNodes.some((node) => node.type === 'dictionary')) onCredentialArguments(call, lowering, state);
    if (call.callee?.startsWith('itsdangerous.') && ITSDANGEROUS_CLASSES.has(call.callee.slice('itsdangerous.'.length))) {
      const key = keyArgument(call, 0, 'secret_key');
      if (key) recordKey(call, key, lowering, state);
    }
    return undefined;
  },

  onCompare(node: Node, operator: string, left: Value, right: Value, lowering: PyLowering): void {
    if (lowering.isSilent || (operator !== '==' && operator !== '!=')) return;
    const operands = node.namedChildren;
    if (operands.length !== 2) return;
    const state = stateOf(lowering);
    onComparedLiteral(left, operands[1], right, lowering, state);
    onComparedLiteral(right, operands[0], left, lowering, state);
  },

  onModuleEnd(lowering: PyLowering): void {
    const state = lowering.state.get(STATE_KEY) as SecretsState | undefined;
    if (!state || state.moduleSettings.length === 0) return;
    if (!state.settingsMarkers && !SETTINGS_FILE.test(lowering.model.file)) return;
    for (const binding of state.moduleSettings) record(lowering, state, binding);
    lowering.model.secrets.sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
  },
};
