/**
 * Python recognizer: flask-jwt-extended settings that decide where tokens travel.
 * `JWT_TOKEN_LOCATION` with "query_string" makes every protected route read the token from
 * the URL (a TokenQueryRead, for token-in-url); `JWT_COOKIE_SECURE = False` and
 * `JWT_COOKIE_CSRF_PROTECT = False` weaken the token cookies (a 'storage' flow, for
 * insecure-storage). Set through `app.config[...]`, `app.config.update(...)`, config-class
 * attributes or module constants of a settings module.
 */
import type { Node } from '../syntax-node.js';
import type { Value } from '../../../model/types.js';
import type { PyCall, PyLowering, Recognizer, Scope } from '../lowering-api.js';
import { targetName } from './lifetimes.js';

/** flask-jwt-extended's query-string parameter unless JWT_QUERY_STRING_NAME says otherwise. */
const DEFAULT_QUERY_NAME = 'jwt';
const COOKIE_SETTINGS: Record<string, string> = {
  JWT_COOKIE_SECURE: 'is sent over plain HTTP as well (JWT_COOKIE_SECURE = False)',
  JWT_COOKIE_CSRF_PROTECT: 'authenticates cross-site requests without a CSRF check (JWT_COOKIE_CSRF_PROTECT = False)',
};

function onSetting(name: string, value: Value, node: Node, lowering: PyLowering): void {
  if (lowering.isSilent || (!lowering.importedModules.has('flask_jwt_extended') && !lowering.importedModules.has('flask'))) return;
  if (name === 'JWT_TOKEN_LOCATION') {
    const locations = value.kind === 'list' ? value.items : [value];
    if (locations.some((location) => location.kind === 'string' && location.value === 'query_string')) {
      lowering.model.queryReads.push({ name: DEFAULT_QUERY_NAME, loc: lowering.loc(node), api: 'JWT_TOKEN_LOCATION with "query_string"' });
    }
    return;
  }
  const detail = COOKIE_SETTINGS[name];
  if (detail && value.kind === 'bool' && !value.value) {
    lowering.model.flows.push({
      sink: 'storage',
      api: `the flask-jwt-extended token cookies`,
      loc: lowering.loc(node),
      value: { kind: 'token', source: { kind: 'cookie', name: 'access_token_cookie', loc: lowering.loc(node), strength: 'strong' }, transforms: [] },
      hashed: false,
      detail,
    });
  }
}

export const jwtSettingsRecognizer: Recognizer = {
  readBy: [
    ['TG402', 'token-in-url'],
    ['TG702', 'insecure-storage'],
  ],
  onAssign(target: Node, value: Value, valueNode: Node, lowering: PyLowering): void {
    const name = targetName(target);
    if (name && name.startsWith('JWT_')) onSetting(name, value, valueNode, lowering);
  },
  onCall(call: PyCall, lowering: PyLowering, _scope: Scope): undefined {
    // app.config.update(JWT_COOKIE_SECURE=False, …)
    if (lowering.isSilent || (call.method !== 'update' && call.method !== 'from_mapping') || !/config$/i.test(call.receiverNode?.text ?? '')) return undefined;
    for (const [name, value] of call.kwargs) if (name.startsWith('JWT_')) onSetting(name, value, call.kwargNodes.get(name)!, lowering);
    return undefined;
  },
};
