import type { FileModel, Loc, TokenQueryRead } from '../model/types.js';
import { correlate, inService, type CodeRoute } from '../spec/match.js';
import { bearerSchemesOf, isBearerScheme, requiresAuth } from '../spec/security.js';
import type { SecurityScheme, SpecDocument, SpecOperation } from '../spec/types.js';
import { documentsOf, operationLabel, relatedAt } from './spec-routes.js';
import { enclosingFunction } from './token-flows.js';
import type { RepositoryRule } from './types.js';

/** A token read from the query string by a route the document says takes a bearer token in the header. */
export const specBearerInQuery: RepositoryRule = {
  id: 'TG805',
  name: 'spec-bearer-in-query',
  category: 'spec-mismatch',
  severity: 'medium',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'repository',
  readsSpecs: true,
  docs: {
    what: "Finds a token read from the query string (`request.args['token']`, `req.query.access_token`) in a route — its handler, or the authentication middleware it runs — whose operation the OpenAPI or Swagger document secures with a bearer scheme (HTTP `bearer`, OAuth 2, OpenID Connect, or an `apiKey` in the `Authorization` header): the document promises the token travels in the header, the code also takes it from the URL. Left alone: query parameters the operation documents (a `parameters` entry `in: query` with that name, or an `apiKey` scheme `in: query`), and reads tokengate cannot tie to a documented route (a WebSocket handshake, a helper called from anywhere).",
    why: 'Tokens in URLs end up in proxy and access logs, browser history and Referer headers (token-in-url). Here the contract hides it too: reviewers, gateways and scanners that trust the document look for the token in the Authorization header only, so the second, leakier way in is never reviewed, rate-limited or logged as a credential.',
    fix: 'Read the token from the Authorization header only, as documented. If a query parameter is truly needed (a download link, an EventSource), use a short-lived single-purpose token for it and document the parameter.',
    fixShort: 'Read the bearer token from the Authorization header only, as the API document says.',
    leavesAlone: [
      { what: 'Query parameters the operation documents (a `parameters` entry `in: query`, an `apiKey` scheme `in: query`).', tag: 'documented-parameter', languages: ['python'] },
    ],
    examples: [
      {
        language: 'typescript',
        bad: ["// the document: security: [{bearerAuth: []}] with bearerAuth {type: http, scheme: bearer}", 'function requireAuth(req, res, next) {', "  const token = req.query.access_token ?? req.headers.authorization?.slice(7);", '  req.user = jwt.verify(token, key, { algorithms: ["HS256"] });', '  next();', '}'].join('\n'),
        good: ['function requireAuth(req, res, next) {', "  const header = req.headers.authorization ?? '';", "  if (!header.startsWith('Bearer ')) return res.sendStatus(401);", '  req.user = jwt.verify(header.slice(7), key, { algorithms: ["HS256"] });', '  next();', '}'].join('\n'),
      },
    ],
  },
  check(models, context) {
    const findings = [];
    const reported = new Set<TokenQueryRead>();
    for (const document of documentsOf(context)) {
      if (!document.schemes.some(isBearerScheme)) continue;
      const correlation = correlate(document, models);
      const protectedRoutes = new Map<CodeRoute, { operation: SpecOperation; schemes: SecurityScheme[] }>();
      for (const { operation, routes } of correlation.operations) {
        if (!requiresAuth(operation.security)) continue;
        const schemes = bearerSchemesOf(document, operation.security);
        if (schemes.length === 0 || documentsQuery(document, operation)) continue;
        for (const candidate of routes) if (!protectedRoutes.has(candidate)) protectedRoutes.set(candidate, { operation, schemes });
      }
      if (protectedRoutes.size === 0) continue;
      for (const model of models) {
        if (model.isTest || !inService(model.file, document.service)) continue;
        for (const read of model.queryReads) {
          if (reported.has(read)) continue;
          const match = [...protectedRoutes].find(([candidate, { operation }]) => !operation.queryParameters.includes(read.name) && readBelongsTo(read, model, candidate));
          if (!match) continue;
          reported.add(read);
          const [, { operation, schemes }] = match;
          const scheme = schemes[0]!;
          findings.push({
            file: model.file,
            line: read.loc.line,
            column: read.loc.column,
            message: `The token "${read.name}" is read from the query string, while ${document.file} secures ${operationLabel(operation)} with ${scheme.name} (${schemeLabel(scheme)}), a token sent in the Authorization header: the code accepts it in the URL too.`,
            related: [relatedAt(operation.loc, `${operationLabel(operation)} is documented with ${scheme.name}`), relatedAt(scheme.loc, `${scheme.name} is defined here`)],
          });
        }
      }
    }
    return findings;
  },
};

/** The operation's security lets the token travel in the query: an apiKey scheme `in: query` among its requirements. */
function documentsQuery(document: SpecDocument, operation: SpecOperation): boolean {
  const names = new Set(operation.security.requirements.flatMap((requirement) => requirement.schemes.map((scheme) => scheme.name)));
  return document.schemes.some((scheme) => names.has(scheme.name) && scheme.type.toLowerCase() === 'apikey' && scheme.in === 'query');
}

function schemeLabel(scheme: SecurityScheme): string {
  const type = scheme.type.toLowerCase();
  if (type === 'http') return `HTTP ${scheme.scheme ?? 'bearer'}${scheme.bearerFormat ? `, ${scheme.bearerFormat}` : ''}`;
  if (type === 'apikey') return `API key in the ${scheme.parameterName ?? 'Authorization'} header`;
  return scheme.type;
}

/**
 * The read happens for the route: inside its registration (an inline handler), in its
 * handler function (in its file, or imported when its file defines no such function), or
 * in the authentication middleware it runs.
 */
function readBelongsTo(read: TokenQueryRead, model: FileModel, candidate: CodeRoute): boolean {
  const { route } = candidate;
  if (candidate.model === model && contains(route.loc, read.loc)) return true;
  const fn = enclosingFunction(model, read.loc);
  if (!fn) return false;
  if (route.auth.some((evidence) => lastName(evidence.name) === fn.name)) return true;
  if (lastName(route.handler) !== fn.name) return false;
  return candidate.model === model || candidate.model.functions.every((other) => other.name !== fn.name);
}

function lastName(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

function contains(outer: Loc, inner: Loc): boolean {
  const startsBefore = outer.line < inner.line || (outer.line === inner.line && outer.column <= inner.column);
  const endsAfter = outer.endLine > inner.line || (outer.endLine === inner.line && outer.endColumn >= inner.column);
  return startsBefore && endsAfter;
}
