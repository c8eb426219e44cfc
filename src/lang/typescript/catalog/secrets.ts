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
import type { TsLowering, TsRecognizer } from '../lowering-api.js';
import { dottedName, propertyKey } from '../syntax.js';
import { jwtState } from './jwt.js';

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
    if (named) record(lowering, state, { name, value: entryValue, loc, context: contextFor(entryValue, 'setting') });
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

export const tsSecretsRecognizer: TsRecognizer = {
  onAssign(target, value, valueNode, lowering) {
    if (lowering.isSilent) return;
    const state = stateOf(lowering);
    const name = targetName(target);
    const initializer = unwrap(valueNode);
    if (ts.isObjectLiteralExpression(initializer)) {
      recordObjectSecrets(initializer, value, name, lowering, state);
      return;
    }
    if (!name) return;
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

  onCall(_call, lowering) {
    if (lowering.isSilent) return undefined;
    recordOpKeys(lowering, stateOf(lowering));
    return undefined;
  },

  onModuleEnd(lowering) {
    lowering.model.secrets.sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
  },
};
