/**
 * Python recognizer: hand-written token verification sites, for scattered-validation. A
 * site is a function that takes the token from the request itself (a strong token source:
 * header, cookie, query, a FastAPI security scheme) and verifies it: a verifying JWT decode
 * of that token, or a comparison of it with a named secret. One site per function and kind;
 * a shared helper that receives the token as a parameter is not a site (its callers are
 * the ones reading the request, and they share its verification).
 */
import { createHash } from 'node:crypto';
import type { Node } from '../syntax-node.js';
import type { Value, VerificationSite } from '../../../model/types.js';
import type { PyLowering, Recognizer, Scope } from '../lowering-api.js';

const STATE_KEY = 'py-verification-sites';
const COMPARE_DIGEST = new Set(['hmac.compare_digest', 'secrets.compare_digest', 'compare_digest']);

function isRequestToken(value: Value | undefined): value is Extract<Value, { kind: 'token' }> {
  return value?.kind === 'token' && value.source.strength === 'strong' && value.source.kind !== 'issued';
}

/** A name for the key or secret that identifies the issuer, never its value: `SECRET_KEY`, `env.JWT_SECRET`, `literal#1a2b3c4d`. */
export function keyLabel(value: Value | undefined): string {
  if (!value) return '?';
  switch (value.kind) {
    case 'unknown':
      // `API_KEY.encode()` is still API_KEY
      return value.name ? lastName(value.name.replace(/(?:\.(?:encode|decode|strip|lower|upper|get_secret_value)\(\))+$/, '')) : '?';
    case 'env':
      return `env.${value.name}`;
    case 'string':
      return value.via ? lastName(value.via) : `literal#${createHash('sha256').update(value.value).digest('hex').slice(0, 8)}`;
    default:
      return value.kind;
  }
}

/** `settings.SECRET_KEY` → `SECRET_KEY`; `app.config["JWT_SECRET"]` → `JWT_SECRET`. */
function lastName(name: string): string {
  const subscript = /\["([^"]+)"\]$/.exec(name);
  if (subscript) return subscript[1]!;
  const dot = name.lastIndexOf('.');
  return dot < 0 ? name : name.slice(dot + 1);
}

function sitesOf(lowering: PyLowering): Map<string, VerificationSite> {
  let sites = lowering.state.get(STATE_KEY) as Map<string, VerificationSite> | undefined;
  if (!sites) {
    sites = new Map();
    lowering.state.set(STATE_KEY, sites);
  }
  return sites;
}

function addSite(site: VerificationSite, lowering: PyLowering): void {
  const sites = sitesOf(lowering);
  const key = `${site.functionId}:${site.tokenKind}`;
  if (!sites.has(key)) sites.set(key, site);
}

/** Scheme words a presented header is compared with: parsing, not verification. */
const SCHEME_WORD = /^(?:bearer|basic|token|jwt|digest)$/i;

/** Only comparisons with a named secret are verification: a constant, a setting, an environment value. */
function isNamedSecret(value: Value): boolean {
  if (value.kind === 'env') return true;
  if (value.kind === 'string') return value.via !== undefined && !SCHEME_WORD.test(value.value.trim()) && value.value !== '';
  return value.kind === 'unknown' && value.name !== undefined;
}

function compareSite(presented: Value, against: Value, node: Node, lowering: PyLowering, scope: Scope): void {
  if (!scope.fn || lowering.isSilent || !isRequestToken(presented) || !isNamedSecret(against)) return;
  const label = keyLabel(against);
  addSite({ loc: lowering.loc(node), function: scope.fn.name, functionId: scope.fn.id, tokenKind: `bearer-compare:${label}` }, lowering);
}

export const verificationSitesRecognizer: Recognizer = {
  onCompare(node, operator, left, right, lowering, scope) {
    if (operator !== '==' && operator !== '!=') return;
    if (isRequestToken(left)) compareSite(left, right, node, lowering, scope);
    else if (isRequestToken(right)) compareSite(right, left, node, lowering, scope);
  },
  onCall(call, lowering, scope) {
    if (!call.callee || !COMPARE_DIGEST.has(call.callee) || call.args.length < 2) return undefined;
    const [first, second] = call.args as [Value, Value];
    if (isRequestToken(first)) compareSite(first, second, call.node, lowering, scope);
    else if (isRequestToken(second)) compareSite(second, first, call.node, lowering, scope);
    return undefined;
  },
  onModuleEnd(lowering) {
    const names = new Map(lowering.model.functions.map((fn) => [fn.id, fn.name]));
    for (const op of lowering.model.jwtOps) {
      if (op.kind !== 'decode' || op.functionId === undefined || !isRequestToken(op.subject)) continue;
      addSite({ loc: op.loc, function: names.get(op.functionId) ?? '<function>', functionId: op.functionId, tokenKind: `jwt:${keyLabel(op.key)}` }, lowering);
    }
    const sites = lowering.state.get(STATE_KEY) as Map<string, VerificationSite> | undefined;
    if (sites) lowering.model.verificationSites.push(...[...sites.values()].sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column));
  },
};
