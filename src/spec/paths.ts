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

/** Whether a route's segments (which may end in a catch-all) serve exactly the documented ones. */
function sameShape(route: Segment[], documented: Segment[]): boolean {
  for (let index = 0; index < route.length; index++) {
    const segment = route[index]!;
    if (segment.kind === 'rest') return documented.length > index;
    const other = documented[index];
    if (!other) return false;
    if (segment.kind === 'param' ? other.kind === 'literal' : other.kind !== 'literal' || other.text !== segment.text) return false;
  }
  return route.length === documented.length;
}

/** The longer path ends with the shorter one, and what it adds in front is literal: a mount prefix. */
function endsWithMounted(longer: Segment[], shorter: Segment[], shorterIsRoute: boolean): boolean {
  if (shorter.length === 0 || longer.length <= shorter.length) return false;
  const extra = longer.length - shorter.length;
  if (!longer.slice(0, extra).every((segment) => segment.kind === 'literal')) return false;
  const tail = longer.slice(extra);
  // both sides of the shared tail name something: `/files/*` does not end with `/feed`
  if (!shorter.some((segment) => segment.kind === 'literal') || !tail.some((segment) => segment.kind === 'literal')) return false;
  return shorterIsRoute ? sameShape(shorter, tail) : sameShape(tail, shorter);
}

/**
 * How a route path meets a documented path served under `basePaths`: the full path
 * (base + path), the path alone (the code mounts it under the base elsewhere, or a proxy
 * strips the base), or one ending with the other behind a literal prefix (a router
 * mounted from another module under a prefix this file does not know; the document
 * leaving out a prefix the code adds). Undefined when they do not meet.
 */
export function matchPath(routePath: string, documentedPath: string, basePaths: string[]): PathMatch | undefined {
  const routes = pathVariants(routePath);
  const bare = pathVariants(documentedPath)[0]!;
  const full = basePaths.map((base) => (base ? [...pathVariants(base)[0]!, ...bare] : bare));
  let best: PathMatch | undefined;
  for (const route of routes) {
    if (full.some((documented) => sameShape(route, documented))) return 'full';
    if (sameShape(route, bare)) best = 'bare';
    else if (!best && [bare, ...full].some((documented) => endsWithMounted(documented, route, true) || endsWithMounted(route, documented, false))) best = 'suffix';
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
