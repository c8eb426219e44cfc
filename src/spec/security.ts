/**
 * An operation's effective security as the OpenAPI rules define it: the operation's own
 * `security` overrides the document's; `security: []` removes it; the list holds
 * alternatives (any one suffices), each naming schemes that must all pass, with scopes;
 * an empty alternative `{}` lets anonymous callers in.
 */
import type { OperationSecurity, SecurityScheme, SpecDocument } from './types.js';

/** Every alternative names at least one scheme: callers must present credentials. */
export function requiresAuth(security: OperationSecurity): boolean {
  return security.requirements.length > 0 && security.requirements.every((requirement) => requirement.schemes.length > 0);
}

/** No security at all, or an anonymous alternative (`{}`) among the others. */
export function allowsAnonymous(security: OperationSecurity): boolean {
  return !requiresAuth(security);
}

/** The schemes an operation asks for, for messages: `bearerAuth`, `apiKey or oauth (orders:write)`. */
export function describeSecurity(security: OperationSecurity): string {
  return security.requirements
    .filter((requirement) => requirement.schemes.length > 0)
    .map((requirement) => requirement.schemes.map((scheme) => (scheme.scopes.length ? `${scheme.name} (${scheme.scopes.join(', ')})` : scheme.name)).join(' + '))
    .join(' or ');
}

/** Schemes that carry a bearer token in the Authorization header: HTTP bearer, OAuth 2, OpenID Connect, an apiKey named Authorization. */
export function isBearerScheme(scheme: SecurityScheme): boolean {
  const type = scheme.type.toLowerCase();
  if (type === 'http') return scheme.scheme === 'bearer';
  if (type === 'oauth2' || type === 'openidconnect') return true;
  if (type === 'apikey') return scheme.scheme === 'bearer' || (scheme.in === 'header' && /^authorization$/i.test(scheme.parameterName ?? ''));
  return false;
}

export function schemeNamed(document: SpecDocument, name: string): SecurityScheme | undefined {
  return document.schemes.find((scheme) => scheme.name === name);
}

/** The bearer schemes an operation's security asks for. */
export function bearerSchemesOf(document: SpecDocument, security: OperationSecurity): SecurityScheme[] {
  const names = new Set(security.requirements.flatMap((requirement) => requirement.schemes.map((scheme) => scheme.name)));
  return document.schemes.filter((scheme) => names.has(scheme.name) && isBearerScheme(scheme));
}
