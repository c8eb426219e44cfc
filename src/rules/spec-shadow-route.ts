import type { RouteModel } from '../model/types.js';
import { correlate, type CodeRoute } from '../spec/match.js';
import type { SpecDocument } from '../spec/types.js';
import { documentsOf, relatedAt, routeLabel } from './spec-routes.js';
import type { RepositoryRule } from './types.js';

/** A route the service's API document does not list, although it documents the routes around it. */
export const specShadowRoute: RepositoryRule = {
  id: 'TG802',
  name: 'spec-shadow-route',
  category: 'spec-mismatch',
  severity: 'medium',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'repository',
  readsSpecs: true,
  docs: {
    what: "Finds a route in code that the service's OpenAPI or Swagger document does not list, while the document covers the routes around it: it lists at least two of the routes of the same router, blueprint, controller or app (all of a Next.js app's routes count as one group), and at least half of them. Operations and routes are matched by method and normalised path template, with `servers[].url`/`basePath` and router prefixes (a router mounted from another module is matched up to its unknown prefix). Left alone: routes every document leaves out (health, readiness, metrics, version, the docs and the document itself, static files, favicon, webhooks and OAuth callbacks), method-less middleware and catch-all routes, CORS preflights, the home page, routes whose path the code does not give (Django REST framework views routed in urls.py), and documents with remote `$ref`s (tokengate never fetches them, so it cannot know what they list).",
    why: 'A shadow endpoint is one nobody reviews as part of the API: it is missing from the contract that clients, gateways, security reviews and scanners work from, so whatever it does — often something added for debugging, an old version kept alive, an internal helper — goes unchecked, and its authentication is whatever the code happens to do.',
    fix: 'Document the route (its operation, parameters and `security`), or remove it if nothing should call it. Routes that must stay undocumented on purpose (an internal probe) are better served from a separate router or app that the public document does not describe.',
    fixShort: 'Add the route to the API document with its security, or remove it.',
    leavesAlone: [
      { what: 'Routes documents leave out on purpose: health, readiness, metrics, version, the docs and the document itself, static files, webhooks, OAuth callbacks, catch-alls.', tag: 'left-out-on-purpose', languages: ['python'] },
    ],
    examples: [
      {
        language: 'yaml',
        bad: ['paths:', '  /orders:', '    get: {operationId: listOrders, responses: {"200": {description: ok}}}', '  /orders/{id}:', '    get: {operationId: getOrder, responses: {"200": {description: ok}}}', '# the code also serves GET /orders/export'].join('\n'),
        good: ['paths:', '  /orders:', '    get: {operationId: listOrders, responses: {"200": {description: ok}}}', '  /orders/{id}:', '    get: {operationId: getOrder, responses: {"200": {description: ok}}}', '  /orders/export:', '    get: {operationId: exportOrders, responses: {"200": {description: ok}}}'].join('\n'),
      },
      {
        language: 'python',
        bad: ['@router.get("/orders")', 'def list_orders(): ...', '', '@router.get("/orders/{order_id}")', 'def get_order(order_id: int): ...', '', '@router.get("/orders/export")  # in no document', 'def export_orders(): ...'].join('\n'),
        good: ['@router.get("/orders")', 'def list_orders(): ...', '', '@router.get("/orders/{order_id}")', 'def get_order(order_id: int): ...'].join('\n'),
      },
    ],
  },
  check(models, context) {
    const documents = documentsOf(context);
    const listedAnywhere = new Set<RouteModel>();
    const candidates = new Map<RouteModel, { candidate: CodeRoute; document: SpecDocument; documented: number; members: number }>();
    for (const document of documents) {
      const correlation = correlate(document, models);
      for (const candidate of correlation.listed) listedAnywhere.add(candidate.route);
      if (document.remoteRefs.length) continue;
      for (const unlisted of correlation.unlisted) if (!candidates.has(unlisted.candidate.route)) candidates.set(unlisted.candidate.route, { ...unlisted, document });
    }
    const findings = [];
    for (const { candidate, document, documented, members } of candidates.values()) {
      if (listedAnywhere.has(candidate.route)) continue;
      findings.push({
        file: candidate.model.file,
        line: candidate.route.loc.line,
        column: candidate.route.loc.column,
        message: `${routeLabel(candidate.route)} is not in ${document.file}, which documents ${documented === members - 1 ? `all ${documented}` : `${documented} of the ${members - 1}`} other routes on ${groupLabel(candidate.route)}: an undocumented (shadow) endpoint.`,
        related: [relatedAt(document.loc, `${document.file} describes ${document.service || 'this repository'} without this route`)],
      });
    }
    return findings;
  },
};

function groupLabel(route: RouteModel): string {
  if (route.framework === 'nextjs') return 'this Next.js app';
  if (route.framework === 'nestjs') return `controller ${route.group}`;
  return `\`${route.group}\``;
}
