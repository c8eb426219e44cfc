/**
 * Correlation of a document with the code: which routes the front ends found implement
 * each documented operation (by method and normalised path template), which routes of
 * the service the document does not list, and whether the document covers a group of
 * routes well enough for a missing one to mean a shadow endpoint.
 */
import type { FileModel, RouteModel } from '../model/types.js';
import { documentedPath, hasCatchAll, lastLiteral, MATCH_RANK, matchSegments, methodServes, pathVariants, routeMethods, type PathMatch, type Segment } from './paths.js';
import type { SpecDocument, SpecOperation } from './types.js';

export interface CodeRoute {
  route: RouteModel;
  model: FileModel;
  /** The path it is served under, as far as the code says (see `servedPath`). */
  path: string;
  /** True when `path` is known to be the whole served path: no router prefix can be missing in front of it. */
  anchored: boolean;
}

/**
 * The seam for route prefixes: the path a route is served under. Today it is the front
 * end's path, in which same-file prefixes are already joined (`APIRouter(prefix=...)`,
 * `Blueprint(url_prefix=...)`, `app.use('/api', router)`, `@Controller('items')`);
 * routers mounted from other modules are matched up to a literal prefix instead. When the
 * link phase records a route's prefixes from other files, it returns the full path here
 * with `anchored: true`, and that route is matched exactly.
 */
export function servedPath(route: RouteModel, _model: FileModel): { path: string; anchored: boolean } {
  // file-system routes are served at their path
  return { path: route.path, anchored: route.framework === 'nextjs' };
}

export interface OperationMatch {
  operation: SpecOperation;
  /** The routes that implement it: the best-matching ones (an ambiguous prefix match gives none). */
  routes: CodeRoute[];
  match?: PathMatch;
}

export interface Correlation {
  document: SpecDocument;
  /** Code routes of the service the document describes (not tests, with a path). */
  inScope: CodeRoute[];
  operations: OperationMatch[];
  /** Routes some operation of the document matches. */
  listed: Set<CodeRoute>;
  /** Routes the document does not list, in groups it otherwise covers: the shadow-endpoint candidates. */
  unlisted: UnlistedRoute[];
}

export interface UnlistedRoute {
  candidate: CodeRoute;
  /** Of the routes of its group that a document could list, how many this one does. */
  documented: number;
  members: number;
}

/** A group counts as covered when the document lists at least this many of its routes, and at least half. */
const MIN_LISTED_IN_GROUP = 2;

const cache = new WeakMap<SpecDocument, { models: FileModel[]; correlation: Correlation }>();

/** The correlation of one document with the models (computed once per document and set of models). */
export function correlate(document: SpecDocument, models: FileModel[]): Correlation {
  const cached = cache.get(document);
  if (cached && cached.models.length === models.length && cached.models.every((model, index) => model === models[index])) return cached.correlation;
  const correlation = compute(document, models);
  cache.set(document, { models, correlation });
  return correlation;
}

export function inService(file: string, service: string): boolean {
  return service === '' || file === service || file.startsWith(`${service}/`);
}

function compute(document: SpecDocument, models: FileModel[]): Correlation {
  const inScope: CodeRoute[] = [];
  for (const model of models) {
    if (model.isTest || !inService(model.file, document.service)) continue;
    for (const route of model.routes) {
      if (!route.path) continue; // routed elsewhere (DRF views are routed in urls.py)
      inScope.push({ route, model, ...servedPath(route, model) });
    }
  }
  const listed = new Set<CodeRoute>();
  // routes by how their path ends: an operation is compared with the routes that end like it (and catch-alls)
  const segments = new Map<CodeRoute, Segment[][]>();
  const byEnding = new Map<string, CodeRoute[]>();
  const catchAlls: CodeRoute[] = [];
  for (const candidate of inScope) {
    const variants = pathVariants(candidate.path);
    segments.set(candidate, variants);
    if (variants.some(hasCatchAll)) catchAlls.push(candidate);
    for (const ending of new Set(variants.map(lastLiteral))) byEnding.set(ending, [...(byEnding.get(ending) ?? []), candidate]);
  }
  const operations = document.operations.map((operation): OperationMatch => {
    const documented = documentedPath(operation.path, operation.basePaths);
    const candidates = new Set([...catchAlls, ...new Set(documented.all.map(lastLiteral))].flatMap((entry) => (typeof entry === 'string' ? (byEnding.get(entry) ?? []) : [entry])));
    let best: { match: PathMatch; routes: CodeRoute[] } | undefined;
    for (const candidate of inScope) {
      if (!candidates.has(candidate) || !methodServes(candidate.route.method, operation.method)) continue;
      const match = matchSegments(segments.get(candidate)!, documented);
      if (!match || (match === 'suffix' && candidate.anchored)) continue;
      listed.add(candidate);
      if (!best || MATCH_RANK[match] > MATCH_RANK[best.match]) best = { match, routes: [candidate] };
      else if (best.match === match) best.routes.push(candidate);
    }
    if (!best) return { operation, routes: [] };
    // one documented operation behind two routers whose prefixes are unknown: which one serves it is not known
    const routes = best.match !== 'full' && distinctPaths(best.routes) > 1 ? [] : best.routes;
    return { operation, routes, match: best.match };
  });
  return { document, inScope, operations, listed, unlisted: unlistedInCoveredGroups(inScope, listed) };
}

function distinctPaths(routes: CodeRoute[]): number {
  return new Set(routes.map((candidate) => `${candidate.model.file}\0${candidate.path}`)).size;
}

function unlistedInCoveredGroups(inScope: CodeRoute[], listed: Set<CodeRoute>): UnlistedRoute[] {
  const groups = new Map<string, CodeRoute[]>();
  for (const candidate of inScope) {
    if (mayBeUndocumented(candidate.route)) continue;
    const key = groupKey(candidate);
    groups.set(key, [...(groups.get(key) ?? []), candidate]);
  }
  const unlisted: UnlistedRoute[] = [];
  for (const members of groups.values()) {
    const documented = members.filter((member) => listed.has(member)).length;
    if (documented < MIN_LISTED_IN_GROUP || documented * 2 < members.length) continue;
    for (const candidate of members) if (!listed.has(candidate)) unlisted.push({ candidate, documented, members: members.length });
  }
  return unlisted;
}

/** Next.js routes are one file each: the app is their group. Elsewhere, the router, blueprint or controller in its file. */
export function groupKey(candidate: CodeRoute): string {
  if (candidate.route.framework === 'nextjs') return 'nextjs';
  return `${candidate.model.file}\0${candidate.route.framework}\0${candidate.route.group}`;
}

/** What documents leave out on purpose: health, metrics, the docs themselves, static files, webhooks and OAuth callbacks (called by other services, not clients). */
const INFRASTRUCTURE_SEGMENT = /^(?:webhooks?|callback|oauth2?|health|healthz|healthcheck|health-check|ready|readyz|readiness|live|livez|liveness|ping|metrics|version|status|docs|redoc|openapi|openapi\.json|openapi\.ya?ml|swagger|swagger-ui|swagger\.json|api-docs|favicon\.ico|robots\.txt|sitemap\.xml)$/i;
const INFRASTRUCTURE_PREFIX = /^(?:static|assets|public|\.well-known|docs|swagger|api-docs|_next)$/i;

/** Routes whose absence from a document says nothing: method-less middleware, catch-alls, CORS preflights, infrastructure. */
function mayBeUndocumented(route: RouteModel): boolean {
  const methods = routeMethods(route.method);
  if (methods === 'any' || methods.every((method) => method === 'OPTIONS' || method === 'HEAD')) return true;
  const [segments] = pathVariants(route.path);
  if (!segments || segments.length === 0) return true; // the home page
  if (segments.some((segment) => segment.kind === 'rest')) return true;
  const literals = segments.flatMap((segment) => (segment.kind === 'literal' ? [segment.text] : []));
  if (literals.length === 0) return true;
  return INFRASTRUCTURE_SEGMENT.test(literals[literals.length - 1]!) || INFRASTRUCTURE_PREFIX.test(literals[0]!);
}

/**
 * Routes whose operation the document marks public on purpose (`security: []` on the
 * operation itself): the route rules take the document's word that they are public.
 */
export function documentedPublicRoutes(documents: readonly SpecDocument[], models: FileModel[]): Set<RouteModel> {
  const routes = new Set<RouteModel>();
  for (const document of documents) {
    for (const { operation, routes: matched } of correlate(document, models).operations) {
      if (operation.security.source !== 'operation' || operation.security.requirements.length > 0) continue;
      for (const candidate of matched) routes.add(candidate.route);
    }
  }
  return routes;
}
