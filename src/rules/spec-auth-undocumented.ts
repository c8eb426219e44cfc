import type { RouteModel } from '../model/types.js';
import { correlate, type CodeRoute } from '../spec/match.js';
import { requiresAuth } from '../spec/security.js';
import type { SpecDocument, SpecOperation } from '../spec/types.js';
import { codeAuthenticators, documentsOf, operationLabel, relatedAt, relatedRoute, routeLabel, where } from './spec-routes.js';
import type { RepositoryRule } from './types.js';

/** Routes authenticated in code that the API document presents as open. */
export const specAuthUndocumented: RepositoryRule = {
  id: 'TG803',
  name: 'spec-auth-undocumented',
  category: 'spec-mismatch',
  severity: 'low',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'repository',
  readsSpecs: true,
  docs: {
    what: "Finds a route that is authenticated in code while the service's OpenAPI or Swagger document marks its operation public (`security: []`), lets anonymous callers in (an empty `{}` alternative) or gives it no security at all although the document declares security elsewhere. A document that declares no security scheme anywhere, while routes it documents are authenticated in code, is reported once, on the document. Left alone: routes marked optional or public in code (`@jwt_required(optional=True)`, `optionalAuth`), documents handed to an API gateway, and authentication that only the document itself declares (connexion).",
    why: 'Clients, SDK generators, gateways and API scanners take the document at its word: a generated client sends no credentials, a gateway forwards the call unauthenticated, a scanner never tests the operation with and without a token. The service still works for whoever reads the code, but the contract misleads everyone who reads the document — and the day someone removes the check "to match the spec", the operation opens for real.',
    fix: 'Declare the security the code enforces: the scheme under `components.securitySchemes` (`securityDefinitions` in Swagger 2.0) and a `security` requirement on the operation or for the whole document. Keep `security: []` for operations that are public in code too.',
    fixShort: "Declare the route's security in the API document (a scheme and a `security` requirement).",
    leavesAlone: [
      { what: 'Routes the document marks public (`security: []`) that are public in code too.', tag: 'public-both', languages: ['python'] },
    ],
    examples: [
      {
        language: 'yaml',
        bad: ['paths:', '  /me:', '    get:', '      operationId: me', '      security: []          # the code requires a token', '      responses: {"200": {description: ok}}'].join('\n'),
        good: ['components:', '  securitySchemes:', '    bearerAuth: {type: http, scheme: bearer, bearerFormat: JWT}', 'paths:', '  /me:', '    get:', '      operationId: me', '      security: [{bearerAuth: []}]', '      responses: {"200": {description: ok}}'].join('\n'),
      },
    ],
  },
  check(models, context) {
    const auth = codeAuthenticators(models);
    const findings = [];
    const reported = new Set<RouteModel>();
    for (const document of documentsOf(context)) {
      if (document.gateway) continue;
      const correlation = correlate(document, models);
      const declaresSecurity = document.schemes.length > 0 || document.operations.some((operation) => operation.security.requirements.length > 0);
      const open: { candidate: CodeRoute; operation: SpecOperation }[] = [];
      for (const { operation, routes } of correlation.operations) {
        if (requiresAuth(operation.security)) continue;
        for (const candidate of routes) if (!candidate.route.public && auth.inCode(candidate)) open.push({ candidate, operation });
      }
      if (!declaresSecurity) {
        if (open.length) findings.push(undocumentedDocument(document, open));
        continue;
      }
      for (const { candidate, operation } of open) {
        if (reported.has(candidate.route)) continue;
        reported.add(candidate.route);
        findings.push({
          file: candidate.model.file,
          line: candidate.route.loc.line,
          column: candidate.route.loc.column,
          message: `${routeLabel(candidate.route)} is authenticated in code, but ${document.file} ${howOpen(operation)} for ${operationLabel(operation)} (${where(operation.security.loc ?? operation.loc)}): clients and gateways that read the document send or check no credentials.`,
          related: [relatedAt(operation.security.loc ?? operation.loc, `${operationLabel(operation)} ${howOpen(operation)} here`)],
        });
      }
    }
    return findings;
  },
};

function howOpen(operation: SpecOperation): string {
  const { security } = operation;
  if (security.source === 'operation' && security.requirements.length === 0) return 'marks the operation public (`security: []`)';
  if (security.requirements.length > 0) return 'lets anonymous callers in (an empty `{}` alternative in `security`)';
  return 'gives the operation no `security`';
}

/** One finding for a document that says nothing about authentication at all. */
function undocumentedDocument(document: SpecDocument, open: { candidate: CodeRoute; operation: SpecOperation }[]): { file: string; line: number; column: number; message: string; related: ReturnType<typeof relatedRoute>[] } {
  const routes = [...new Map(open.map((entry) => [entry.candidate.route, entry])).values()];
  const examples = routes.slice(0, 3);
  return {
    file: document.file,
    line: document.loc.line,
    column: document.loc.column,
    message: `${document.file} declares no security scheme and no \`security\` requirement, while ${routes.length} of the routes it documents ${routes.length === 1 ? 'is' : 'are'} authenticated in code (${examples.map((entry) => operationLabel(entry.operation)).join(', ')}${routes.length > examples.length ? ', …' : ''}): the document presents the API as open.`,
    related: examples.map((entry) => relatedRoute(entry.candidate, `${operationLabel(entry.operation)} is authenticated in code here`)),
  };
}
