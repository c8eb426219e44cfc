import type { FileModel, Loc, TokenFlow } from '../model/types.js';
import type { FileRule } from './types.js';
import { at, countedFlows, describeToken, enclosingFunction, HTTP_CLIENT_CONTEXT } from './token-flows.js';

/**
 * Single-purpose links (password reset, email verification, invitations, downloads) carry
 * their token in the URL by design: the link is the delivery channel.
 */
const LINK_PURPOSE = /reset|e?mail_?verif|verif\w*_e?mail|confirm|invit|activat|unsubscribe|magic|download|share|signup|onboard|password/i;

/** A token read from or written into a URL. */
export const tokenInUrl: FileRule = {
  id: 'TG402',
  name: 'token-in-url',
  category: 'token-in-url',
  severity: 'medium',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'file',
  docs: {
    what: 'Finds bearer tokens that travel in URLs: read from the query string (`request.args.get("token")`, `request.query_params`, Django `request.GET`, FastAPI `Query()`, `APIKeyQuery` and token-named scalar route parameters that are not in the path (`def export(token: str)` reads `?token=`), Express `req.query.token`, passport-jwt `fromUrlQueryParameter`), or written into one (`f"https://…?token={token}"`, concatenation, `%`/`.format`, `urlencode({"token": token})`, `params={"access_token": token}` on requests/httpx/axios, a token inside the URL an HTTP client fetches, `redirect()` to a URL carrying the token, `url.searchParams.set`, a credential-named `params` entry such as `params={"access_token": settings.FB_TOKEN}`), accepted from the URL by configuration (flask-jwt-extended `JWT_TOKEN_LOCATION` with `"query_string"`), or taken as a GraphQL query argument (graphene `graphene.Field(User, token=graphene.String())`, Strawberry resolvers), which GraphQL over GET carries in the query string. Reading a token in a single-purpose link handler (password reset, email verification, invitations, unsubscribe, downloads) is not reported, nor is building such a link from a token-named parameter. Weak evidence (a variable only named like a token) counts in files that import a web framework, a JWT library or an HTTP client, outside test files.',
    why: 'URLs are written to web server and proxy access logs, browser history, the `Referer` header sent to third-party resources and analytics, and crash reports. A bearer token there leaks to everyone who sees any of those, and it cannot be revoked until it expires.',
    fix: 'Send tokens in the `Authorization: Bearer …` header (or a `Secure`, `HttpOnly` cookie for browsers). For server-to-server calls pass `headers={"Authorization": f"Bearer {token}"}` instead of `params`. Where a URL must carry a credential (an emailed link, a WebSocket handshake), use a short-lived, single-use ticket exchanged for the real token, never the access token itself.',
    fixShort: 'Send the token in the Authorization header, not in the URL or query string.',
    leavesAlone: [
      { what: 'Tokens sent in the `Authorization` header or a request body, and parameters that are not credentials.', tag: 'header-or-body', languages: ['python'] },
      { what: 'Single-purpose links (password reset, email verification, downloads, shares) that carry their token by design, also when the token was just issued and emailed.', tag: 'single-purpose-link', languages: ['python'] },
      { what: 'flask-jwt-extended locations without `query_string`, GraphQL output fields and arguments that are not tokens.', tag: 'no-query-string', languages: ['python'] },
    ],
    examples: [
      {
        language: 'python',
        bad: 'token = request.args.get("access_token")\nrequests.get(f"{BILLING}/usage?token={token}")',
        good: 'token = request.headers["Authorization"].removeprefix("Bearer ")\nrequests.get(f"{BILLING}/usage", headers={"Authorization": f"Bearer {token}"})',
      },
      {
        language: 'typescript',
        bad: "await axios.get(url, { params: { access_token: token } });",
        good: "await axios.get(url, { headers: { Authorization: `Bearer ${token}` } });",
      },
    ],
  },
  check(model) {
    const findings = [];
    for (const read of model.queryReads) {
      if (isLinkHandler(model, read.loc, read.name)) continue;
      const from = read.api.startsWith('GraphQL ')
        ? `taken as argument \`${read.name}\` of the GraphQL field ${read.api.slice('GraphQL '.length)}, which travels in the URL of a GET query and in logged query texts`
        : read.api === 'query string'
          ? `read from query parameter \`${read.name}\``
          : `read from \`${read.name}\`, ${read.api}`;
      findings.push({ ...at(read.loc), message: `Token is ${from}; accept it in the Authorization header instead.` });
    }
    for (const flow of countedFlows(model, 'url', HTTP_CLIENT_CONTEXT)) {
      if (flow.value.source.strength === 'weak' && isLinkHandler(model, flow.loc, flow.value.source.name, flow.value.name)) continue;
      findings.push({ ...at(flow.loc), message: message(flow) });
    }
    return dedupe(findings);
  },
};

function message(flow: TokenFlow): string {
  const what = describeToken(flow.value);
  if (flow.api === 'URL built with the token') return `A URL is built with ${what}; send it in the Authorization header instead.`;
  return `${what.charAt(0).toUpperCase()}${what.slice(1)} is put in the URL passed to ${flow.api}; send it in the Authorization header instead.`;
}

function isLinkHandler(model: FileModel, loc: Loc, ...names: (string | undefined)[]): boolean {
  const fn = enclosingFunction(model, loc);
  return [fn?.name, ...names].some((name) => name !== undefined && LINK_PURPOSE.test(name));
}

function dedupe<T extends { line: number; column: number }>(findings: T[]): T[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.line}:${finding.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
