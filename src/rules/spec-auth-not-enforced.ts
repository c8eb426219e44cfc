import type { RouteModel } from '../model/types.js';
import { correlate, groupKey, type CodeRoute } from '../spec/match.js';
import { isWriteMethod } from '../spec/paths.js';
import { describeSecurity, requiresAuth } from '../spec/security.js';
import type { SpecOperation } from '../spec/types.js';
import { codeAuthenticators, documentsOf, operationLabel, relatedAt, routeLabel, where } from './spec-routes.js';
import type { RepositoryRule } from './types.js';

/** An operation the API document protects whose route the code leaves open. */
export const specAuthNotEnforced: RepositoryRule = {
  id: 'TG801',
  name: 'spec-auth-not-enforced',
  category: 'spec-mismatch',
  severity: 'high',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'repository',
  readsSpecs: true,
  docs: {
    what: "Finds an operation that the service's OpenAPI or Swagger document says requires authentication (its own `security`, or the document's global `security`, with no anonymous `{}` alternative) while the route that implements it has no authentication in code: no auth decorator, dependency, guard, middleware, hook or check in the handler, and no app-wide or router-wide authentication covering it. Documents are found by their content (any YAML or JSON file with a top-level `openapi: 3.x` or `swagger: '2.0'`), `$ref`s across files included, and matched to the routes of the service folder they describe by method and path template (`{id}`, `<int:id>`, `:id`, `[id]`, catch-alls; `servers[].url` and `basePath`; router, blueprint and controller prefixes). The finding is high, and critical when the method writes (POST, PUT, PATCH, DELETE). It points at the route, with the operation in the document as a related location. Left alone: documents handed to an API gateway (`x-amazon-apigateway-*`, `x-google-backend`…), which enforces the security itself; routers, blueprints and controllers none of whose routes authenticates in a way tokengate sees (the check then lives where it cannot look: a gateway, a proxy, middleware it does not know); public-by-design routes (login, token, health) that the document protects only through its global `security`; operations matched to a route only up to an unknown router prefix when more than one route fits.",
    why: 'The document is what clients, reviewers, security scanners and API gateways read: it says the operation needs a token, so nobody tests it without one. When the code does not check, the operation is open to anyone — and because the document says otherwise, the hole survives every review that reads the document instead of the code.',
    fix: 'Authenticate the route as the document says: add the auth decorator, dependency, guard or middleware its siblings use, or better, move it to the router so that new routes cannot miss it. If the operation is public on purpose, say so in the document with `security: []` on the operation.',
    fixShort: 'Authenticate this route as the API document says, or mark the operation public there with `security: []`.',
    leavesAlone: [
      { what: 'Operations the document secures whose route authenticates in code (a decorator, dependency, guard, hook or middleware, or a check in the handler), also from another module.', tag: 'enforced', languages: ['python'] },
      { what: 'Routes public by design in code (login, health…) that only the document\'s global `security` default would protect.', tag: 'public-by-design', languages: ['python'] },
    ],
    examples: [
      {
        language: 'yaml',
        bad: ['security:', '  - bearerAuth: []', 'paths:', '  /orders/{id}:', '    delete:', '      operationId: deleteOrder', '      responses: {"204": {description: deleted}}'].join('\n'),
        good: ['security:', '  - bearerAuth: []', 'paths:', '  /orders/{id}:', '    delete:        # implemented behind requireAuth', '      operationId: deleteOrder', '      responses: {"204": {description: deleted}}'].join('\n'),
      },
      {
        language: 'typescript',
        bad: ["router.get('/orders/:id', requireAuth, getOrder);", "router.delete('/orders/:id', deleteOrder); // the document says bearerAuth"].join('\n'),
        good: ["router.get('/orders/:id', requireAuth, getOrder);", "router.delete('/orders/:id', requireAuth, deleteOrder);"].join('\n'),
      },
    ],
  },
  check(models, context) {
    const auth = codeAuthenticators(models);
    // one finding per route, whichever documents list it
    const byRoute = new Map<RouteModel, { candidate: CodeRoute; operations: { operation: SpecOperation; file: string }[] }>();
    for (const document of documentsOf(context)) {
      if (document.gateway) continue;
      const correlation = correlate(document, models);
      // a router none of whose routes authenticates in a way tokengate sees is protected where it cannot look (a gateway, a proxy)
      const visiblyAuthenticated = new Set(correlation.inScope.filter(auth.enforced).map(groupKey));
      for (const { operation, routes } of correlation.operations) {
        if (!requiresAuth(operation.security)) continue;
        for (const candidate of routes) {
          if (auth.enforced(candidate) || !visiblyAuthenticated.has(groupKey(candidate))) continue;
          // login, token and health routes protected only by the global default: the document is what is wrong
          if (candidate.route.public && operation.security.source === 'document') continue;
          const entry = byRoute.get(candidate.route) ?? { candidate, operations: [] };
          entry.operations.push({ operation, file: document.file });
          byRoute.set(candidate.route, entry);
        }
      }
    }
    return [...byRoute.values()].map(({ candidate, operations }) => {
      const first = operations[0]!.operation;
      const writes = operations.some(({ operation }) => isWriteMethod(operation.method));
      const labels = [...new Set(operations.map(({ operation }) => operationLabel(operation)))];
      return {
        file: candidate.model.file,
        line: candidate.route.loc.line,
        column: candidate.route.loc.column,
        ...(writes ? { severity: 'critical' as const } : {}),
        message: `${labels.join(', ')} ${labels.length === 1 ? 'is' : 'are'} documented as requiring ${describeSecurity(first.security)} (${where(first.loc)}), but the route ${routeLabel(candidate.route)} has no authentication in code: anyone can call it.`,
        related: operations.map(({ operation, file }) => relatedAt(operation.loc, `${operationLabel(operation)} requires ${describeSecurity(operation.security)} in ${file}`)),
      };
    });
  },
};
