/**
 * Python recognizer: token lifetimes set by configuration. flask-jwt-extended
 * (`app.config["JWT_ACCESS_TOKEN_EXPIRES"] = …`, `app.config.update(...)`, config-class
 * attributes and module constants), djangorestframework-simplejwt and its relatives
 * (`SIMPLE_JWT = {"ACCESS_TOKEN_LIFETIME": …}`), and the common constant
 * `ACCESS_TOKEN_EXPIRE_MINUTES = 30` of the FastAPI guides. Records LifetimeSettings;
 * the long-exp rule decides which are too long.
 */
import type { Node } from '../syntax-node.js';
import type { LifetimeSetting, Value } from '../../../model/types.js';
import type { PyCall, PyLowering, Recognizer, Scope } from '../lowering-api.js';
import { stringContent } from '../syntax.js';

/** Settings whose plain number means seconds (flask-jwt-extended accepts an int) or a timedelta. */
const EXACT_SETTINGS: Record<string, LifetimeSetting['tokenType']> = {
  JWT_ACCESS_TOKEN_EXPIRES: 'access',
  JWT_REFRESH_TOKEN_EXPIRES: 'refresh',
  JWT_EXPIRATION_DELTA: 'access',
  JWT_REFRESH_EXPIRATION_DELTA: 'refresh',
};

/** Keys of settings dicts: simplejwt (SIMPLE_JWT, NINJA_JWT), djangorestframework-jwt (JWT_AUTH), graphql-jwt. */
const SETTINGS_DICTS = new Set(['SIMPLE_JWT', 'NINJA_JWT', 'JWT_AUTH', 'GRAPHQL_JWT']);
const DICT_KEYS: Record<string, LifetimeSetting['tokenType']> = {
  ACCESS_TOKEN_LIFETIME: 'access',
  REFRESH_TOKEN_LIFETIME: 'refresh',
  SLIDING_TOKEN_LIFETIME: 'access',
  SLIDING_TOKEN_REFRESH_LIFETIME: 'refresh',
  JWT_EXPIRATION_DELTA: 'access',
  JWT_REFRESH_EXPIRATION_DELTA: 'refresh',
};

/** `ACCESS_TOKEN_EXPIRE_MINUTES = 30`, `refresh_token_expire_days: int = 7`: the unit is in the name. */
const UNIT_NAME = /^(?:jwt_)?(access|refresh)_token_(?:expires?|expiry|expiration|lifetime|ttl)_(seconds|minutes|hours|days)$/i;
const UNIT_SECONDS: Record<string, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };

function settingSeconds(value: Value, unitSeconds: number | undefined): number | false | undefined {
  if (value.kind === 'bool' && !value.value && unitSeconds === undefined) return false;
  if (value.kind === 'duration' && unitSeconds === undefined) return value.seconds;
  if (value.kind === 'number' && value.value > 0) return value.value * (unitSeconds ?? 1);
  return undefined;
}

/** The setting a name stands for, with its token type and, for unit-suffixed constants, the unit. */
function settingFor(name: string): { tokenType: LifetimeSetting['tokenType']; unitSeconds?: number } | undefined {
  const exact = EXACT_SETTINGS[name];
  if (exact) return { tokenType: exact };
  const match = UNIT_NAME.exec(name);
  if (match) return { tokenType: match[1]!.toLowerCase() === 'refresh' ? 'refresh' : 'access', unitSeconds: UNIT_SECONDS[match[2]!.toLowerCase()] };
  return undefined;
}

function record(lowering: PyLowering, name: string, value: Value, node: Node): void {
  const setting = settingFor(name);
  if (!setting) return;
  const seconds = settingSeconds(value, setting.unitSeconds);
  if (seconds === undefined) return;
  lowering.model.lifetimes.push({ name, value: seconds, loc: lowering.loc(node), tokenType: setting.tokenType });
}

/** The name an assignment target sets: `X`, `self.X`, `app.config["X"]`, `settings.X`. */
export function targetName(target: Node): string | undefined {
  if (target.type === 'identifier') return target.text;
  if (target.type === 'attribute') return target.childForFieldName('attribute')?.text;
  if (target.type === 'subscript') {
    const index = target.childForFieldName('subscript');
    return index?.type === 'string' ? stringContent(index) : undefined;
  }
  return undefined;
}

function recordSettingsDict(lowering: PyLowering, dictName: string, dictNode: Node, value: Value): void {
  if (value.kind !== 'dict' || dictNode.type !== 'dictionary') return;
  for (const pair of dictNode.namedChildren) {
    if (pair.type !== 'pair') continue;
    const keyNode = pair.childForFieldName('key');
    const valueNode = pair.childForFieldName('value');
    if (keyNode?.type !== 'string' || !valueNode) continue;
    const key = stringContent(keyNode);
    const tokenType = DICT_KEYS[key];
    if (!tokenType) continue;
    const entry = value.entries.find((candidate) => candidate.key === key);
    const seconds = entry ? settingSeconds(entry.value, undefined) : undefined;
    if (seconds !== undefined) lowering.model.lifetimes.push({ name: `${dictName}["${key}"]`, value: seconds, loc: lowering.loc(valueNode), tokenType });
  }
}

export const lifetimesRecognizer: Recognizer = {
  onAssign(target: Node, value: Value, valueNode: Node, lowering: PyLowering): void {
    const name = targetName(target);
    if (!name) return;
    if (SETTINGS_DICTS.has(name)) {
      recordSettingsDict(lowering, name, valueNode, value);
      return;
    }
    record(lowering, name, value, valueNode);
  },

  onCall(call: PyCall, lowering: PyLowering, scope: Scope): undefined {
    // app.config.update(JWT_ACCESS_TOKEN_EXPIRES=…), app.config.from_mapping(…)
    if (lowering.isSilent || (call.method !== 'update' && call.method !== 'from_mapping')) return undefined;
    const receiver = call.receiverNode?.text ?? '';
    if (!/config$/i.test(receiver)) return undefined;
    for (const [name, value] of call.kwargs) record(lowering, name, value, call.kwargNodes.get(name)!);
    const mapping = call.argNodes[0];
    if (mapping?.type === 'dictionary') {
      for (const pair of mapping.namedChildren) {
        const keyNode = pair.type === 'pair' ? pair.childForFieldName('key') : null;
        const valueNode = pair.childForFieldName('value');
        if (keyNode?.type === 'string' && valueNode) record(lowering, stringContent(keyNode), lowering.evalExpr(valueNode, scope), valueNode);
      }
    }
    return undefined;
  },
};
