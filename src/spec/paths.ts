/**
 * Path templates normalised across frameworks, so that a documented `/users/{id}` meets
 * Flask's `/users/<int:id>`, Express's `/users/:id`, Next.js's `/users/[id]` and FastAPI's
 * `/users/{id}`; catch-alls (`<path:p>`, `{p:path}`, `*`, `[...slug]`) match the rest of a
 * path.
 */

export type Segment = { kind: 'literal'; text: string } | { kind: 'param' } | { kind: 'rest' };

/** How well a route's path meets a documented one: the whole served path, the path without its server base, or up to a mount prefix. */
export type PathMatch = 'full' | 'bare' | 'suffix';

/**
 * The segments of a path template. Express's optional parameters (`/items/:id?`) and
 * Next.js's optional catch-alls give more than one variant.
 */
export function pathVariants(template: string): Segment[][] {
  let variants: Segment[][] = [[]];
  for (const raw of template.split('/')) {
    if (raw === '') continue;
    const optional = /^:[\w$]+\?$/.test(raw) || /^\[\[\.\.\.[^\]]+\]\]$/.test(raw);
    const segment = segmentOf(raw);
    variants = optional ? [...variants, ...variants.map((variant) => [...variant, segment])] : variants.map((variant) => [...variant, segment]);
  }
  return variants;
}

function segmentOf(raw: string): Segment {
  // catch-alls: Flask <path:p>, FastAPI/Starlette {p:path}, Express * and *splat, :p* and :p+, Next.js [...slug]
  if (/^<path:[^>]+>$/.test(raw) || /^\{[^}:]+:path\}$/.test(raw) || /^\*[\w$]*$/.test(raw) || /^:[\w$]+[*+]$/.test(raw) || /^\[{1,2}\.\.\.[^\]]+\]{1,2}$/.test(raw) || raw === '(.*)') return { kind: 'rest' };
  // parameters anywhere in the segment (`{id}`, `<int:id>`, `:id`, `:id(\\d+)`, `[id]`, `{id}.json`)
  if (/\{[^}]*\}|<[^>]+>|^:[\w$]|^\[[^\]]+\]$/.test(raw)) return { kind: 'param' };
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // kept as written
  }
  return { kind: 'literal', text: text.toLowerCase() };
}

/**
 * Whether a route's segments from `routeStart` (which may end in a catch-all) serve exactly
 * the documented ones from `documentedStart`. Index-based: it runs for every pair.
 */
function sameShape(route: Segment[], documented: Segment[], routeStart = 0, documentedStart = 0): boolean {
  const length = route.length - routeStart;
  for (let index = 0; index < length; index++) {
    const segment = route[routeStart + index]!;
    if (segment.kind === 'rest') return documented.length - documentedStart > index;
    const other = documented[documentedStart + index];
    if (!other) return false;
    if (segment.kind === 'param' ? other.kind === 'literal' : other.kind !== 'literal' || other.text !== segment.text) return false;
  }
  return length === documented.length - documentedStart;
}

function literalsIn(segments: Segment[], from: number, to: number): { all: boolean; any: boolean } {
  let all = true;
  let any = false;
  for (let index = from; index < to; index++) {
    if (segments[index]!.kind === 'literal') any = true;
    else all = false;
  }
  return { all, any };
}

/** The longer path ends with the shorter one, and what it adds in front is literal: a mount prefix. */
function endsWithMounted(longer: Segment[], shorter: Segment[], shorterIsRoute: boolean): boolean {
  if (shorter.length === 0 || longer.length <= shorter.length) return false;
  const extra = longer.length - shorter.length;
  if (!literalsIn(longer, 0, extra).all) return false;
  // both sides of the shared tail name something: `/files/*` does not end with `/feed`
  if (!literalsIn(shorter, 0, shorter.length).any || !literalsIn(longer, extra, longer.length).any) return false;
  return shorterIsRoute ? sameShape(shorter, longer, 0, extra) : sameShape(longer, shorter, extra, 0);
}

/** A documented path, split once: alone, and under each base path it is served at. */
export interface DocumentedPath {
  bare: Segment[];
  full: Segment[][];
  /** The bare path and the full ones. */
  all: Segment[][];
}

export function documentedPath(path: string, basePaths: string[]): DocumentedPath {
  const bare = pathVariants(path)[0]!;
  const full = basePaths.map((base) => (base ? [...pathVariants(base)[0]!, ...bare] : bare));
  return { bare, full, all: [bare, ...full] };
}

/**
 * The last literal segment ('' when none): two paths that meet, whole or up to a mount
 * prefix, end alike, unless one ends in a catch-all. An index key for matching.
 */
export function lastLiteral(segments: Segment[]): string {
  for (let index = segments.length - 1; index >= 0; index--) {
    const segment = segments[index]!;
    if (segment.kind === 'literal') return segment.text;
  }
  return '';
}

export function hasCatchAll(segments: Segment[]): boolean {
  return segments.some((segment) => segment.kind === 'rest');
}

/**
 * How a route path meets a documented path served under `basePaths`: the full path
 * (base + path), the path alone (the code mounts it under the base elsewhere, or a proxy
 * strips the base), or one ending with the other behind a literal prefix (a router
 * mounted from another module under a prefix this file does not know; the document
 * leaving out a prefix the code adds). Undefined when they do not meet.
 */
export function matchPath(routePath: string, documentedTemplate: string, basePaths: string[]): PathMatch | undefined {
  return matchSegments(pathVariants(routePath), documentedPath(documentedTemplate, basePaths));
}

export function matchSegments(routes: Segment[][], documented: DocumentedPath): PathMatch | undefined {
  let best: PathMatch | undefined;
  for (const route of routes) {
    if (documented.full.some((candidate) => sameShape(route, candidate))) return 'full';
    if (sameShape(route, documented.bare)) best = 'bare';
    else if (!best && documented.all.some((candidate) => endsWithMounted(candidate, route, true) || endsWithMounted(route, candidate, false))) best = 'suffix';
  }
  return best;
}

export const MATCH_RANK: Record<PathMatch, number> = { full: 3, bare: 2, suffix: 1 };

/** `GET,POST` → ['GET', 'POST']; `*`, `ALL`, `ANY`, `USE` answer every method. */
export function routeMethods(method: string): string[] | 'any' {
  const methods = method
    .toUpperCase()
    .split(/[,\s|]+/)
    .filter(Boolean)
    .map((name) => (name === 'DEL' ? 'DELETE' : name));
  if (methods.length === 0 || methods.some((name) => name === '*' || name === 'ALL' || name === 'ANY' || name === 'USE')) return 'any';
  return methods;
}

export function methodServes(routeMethod: string, documentedMethod: string): boolean {
  const methods = routeMethods(routeMethod);
  if (methods === 'any') return true;
  // GET routes answer HEAD in Flask, Express, Starlette and most others
  return methods.includes(documentedMethod) || (documentedMethod === 'HEAD' && methods.includes('GET'));
}

const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isWriteMethod(method: string): boolean {
  return WRITE.has(method.toUpperCase());
}
