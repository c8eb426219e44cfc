import path from 'node:path';
import type { AuthEvidence, FileModel, GlobalAuth, RouteModel, RoutePattern } from '../model/types.js';
import { documentedPublicRoutes } from '../spec/match.js';
import type { RepositoryRule } from './types.js';

/**
 * Sibling rule: a route without authentication is reported when, among the routes it is
 * compared with (same file and group; reads with reads; writes with writes and with all),
 * at least two have authentication and they are at least twice as many as those without.
 */
const MIN_PROTECTED_SIBLINGS = 2;
const PROTECTED_RATIO = 2;
const WRITE_METHODS = /POST|PUT|PATCH|DELETE|\*/;

/** Path segments and handler names of debugging and maintenance operations (`/_debug`, `/createdb`, `populate_db`): never public by design. */
const PRIVILEGED_SEGMENT = /^_*(?:debug|admin|internal|shutdown|(?:create|init|drop|reset|seed|populate|flush)[-_]?(?:db|database))_*$/i;
const PRIVILEGED_HANDLER = /^_*(?:debug|\w+_debug|debug_\w+|(?:create|init|drop|reset|seed|populate|flush)_?(?:db|database)|shutdown(?:_server)?)$/i;

/** A route without the authentication its siblings have. */
export const missingAuthRoute: RepositoryRule = {
  id: 'TG701',
  name: 'missing-auth-route',
  category: 'missing-auth-route',
  severity: 'high',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'repository',
  docs: {
    what: 'Finds a route that has no authentication while the routes next to it (same Flask blueprint or app, FastAPI router, Express router, NestJS controller) have it. Authentication is an auth decorator or guard (`@login_required`, `@jwt_required()`, `@UseGuards(...)`), a FastAPI `Depends`/`Security` on a security scheme or on a dependency that reads or verifies the token, router or app dependencies, a `before_request` hook, middleware or `app.use(auth)` that checks the token, or a check inside the handler. Authentication applied from another file counts for every route it covers: a NestJS global guard (an `APP_GUARD` provider or `app.useGlobalGuards(...)`), NestJS middleware applied with `consumer.apply(...).forRoutes(...)` (the controllers, paths and methods it names, minus `exclude(...)`), Next.js middleware that verifies the token (for the routes its `config.matcher` names), and a router, blueprint or plugin mounted, included or registered behind authentication in another file (`app.use(\'/api\', requireAuth, apiRouter)`, `app.include_router(router, dependencies=[...])`, a blueprint\'s `before_request` hook, `fastify.register(plugin)` after an auth hook, also through routers that mount routers in turn); routes are compared within their router as the whole repository mounts it. Django and DRF views are compared per method within their module (class views, viewset actions and `@action`s, generic views, function views), with `permission_classes`, `authentication_classes`, `LoginRequiredMixin` and the other auth mixins, `method_decorator(login_required)`, `get_permissions()`, `@api_view`/`@permission_classes` and inline `request.user.is_authenticated` checks as authentication; `REST_FRAMEWORK["DEFAULT_PERMISSION_CLASSES"]` in settings (anything but `AllowAny`) and Django\'s `LoginRequiredMiddleware` cover every view, and a view loosens them with `AllowAny`. A handler that takes the identity its authenticated siblings\' decorator fills in (`def get(self, request, user=None)`) is reported even without a majority. Public endpoints (login, logout, token, refresh, register/signup and `POST /users`, password-reset requests, OAuth callbacks, JWKS, health, readiness, ping, status, docs/openapi, static, favicon, metrics, an app\'s home page, routes named anonymous or public, webhooks that verify their sender\'s signature) and routes marked optional or public (`@jwt_required(optional=True)`, `permission_classes = [AllowAny]`, `@Public()`) are never reported. A route is reported when at least two of the routes it is compared with are authenticated and they are at least twice as many as the unauthenticated ones: reads (GET, HEAD, OPTIONS) are compared with reads, writes with writes and with all routes of the group, because public reads next to protected writes are a common design and the reverse is not.',
    why: 'Authentication added route by route is forgotten on the next route someone adds: the new DELETE endpoint works in every test (the tests send a token anyway) and is open to anyone in production. Next to authenticated siblings, a route without authentication is almost always an omission rather than a decision.',
    fix: 'Add the same authentication its siblings use. Better, move it to the group so that a new route cannot miss it: `APIRouter(dependencies=[Depends(get_current_user)])` or `app.include_router(router, dependencies=[...])` in FastAPI, a `before_request` hook on the blueprint in Flask, `router.use(requireAuth)` before the routes in Express, `@UseGuards(AuthGuard)` on the NestJS controller. Mark deliberately public routes as such (a `@public` decorator the hook honours, `@Public()`), so the intent is visible.',
    fixShort: 'Authenticate this route like its siblings, or move the check to the router/blueprint so no route can miss it.',
    leavesAlone: [
      { what: 'Routes public by design: sign-in, sign-up (`POST /users`, `/register`, `/signup`), token and refresh, password-reset requests, OAuth callbacks, health, docs, static files, an application\'s home page, routes named anonymous or public.', tag: 'public', languages: ['python'] },
      { what: 'Routes marked optional or public on purpose (`@jwt_required(optional=True)`, `permission_classes = [AllowAny]`).', tag: 'marked-public', languages: ['python'] },
      { what: 'Routes covered from elsewhere: router and app dependencies, routers mounted with dependencies (also across files and through routers that mount routers), `before_request` hooks, `REST_FRAMEWORK` default permission classes, `LoginRequiredMiddleware`.', tag: 'covered', languages: ['python'] },
      { what: 'Handlers that check inline (`current_user.is_authenticated` with a denial), and webhooks that verify their sender\'s signature.', tag: 'inline', languages: ['python'] },
      { what: 'Routes whose authenticated siblings do not clearly outnumber the open ones, and groups with no authenticated route.', tag: 'no-majority', languages: ['python'] },
      { what: 'Routes of a router, blueprint, plugin or controller mounted behind authentication in another file: `app.include_router(r, dependencies=[Depends(auth)])`, a blueprint whose `before_request` hook is written in its package, `fastify.register(plugin)` after an auth hook, NestJS `forRoutes(Controller)`.', tag: 'mounted', languages: ['python', 'typescript'] },
    ],
    examples: [
      {
        language: 'python',
        bad: [
          '@router.get("/items", dependencies=[Depends(get_current_user)])',
          'def list_items(): ...',
          '',
          '@router.get("/items/{item_id}", dependencies=[Depends(get_current_user)])',
          'def get_item(item_id: int): ...',
          '',
          '@router.delete("/items/{item_id}")  # anyone can delete',
          'def delete_item(item_id: int): ...',
        ].join('\n'),
        good: [
          'router = APIRouter(prefix="/items", dependencies=[Depends(get_current_user)])',
          '',
          '@router.get("/")',
          'def list_items(): ...',
          '',
          '@router.delete("/{item_id}")',
          'def delete_item(item_id: int): ...',
        ].join('\n'),
      },
      {
        language: 'typescript',
        bad: [
          "router.get('/items', requireAuth, listItems);",
          "router.get('/items/:id', requireAuth, getItem);",
          "router.delete('/items/:id', deleteItem); // anyone can delete",
        ].join('\n'),
        good: [
          'router.use(requireAuth);',
          "router.get('/items', listItems);",
          "router.get('/items/:id', getItem);",
          "router.delete('/items/:id', deleteItem);",
        ].join('\n'),
      },
    ],
  },
  check(models, context) {
    const evidenceOf = codeAuthenticationEvidence(models);
    // an operation the API document marks public (`security: []`) is public by design
    const documentedPublic = documentedPublicRoutes(context.specs ?? [], models);
    const authenticatingFrameworks = new Set(models.flatMap((model) => (model.isTest ? [] : model.routes.filter((route) => !route.public && evidenceOf(route, model).length > 0).map((route) => route.framework))));
    const groups = new Map<string, Member[]>();
    for (const model of models) {
      if (model.isTest || model.routes.length === 0) continue;
      for (const route of model.routes) {
        // link compares a route within its router as the whole repository shows it (see model/route-mounts.ts)
        const key = route.mounted?.group ?? `${model.file}#${route.group}`;
        const evidence = evidenceOf(route, model);
        const members = groups.get(key) ?? [];
        members.push({ route, model, authenticated: evidence.length > 0, evidence });
        groups.set(key, members);
      }
    }
    const findings = [];
    for (const members of groups.values()) {
      for (const { route, model, authenticated } of members) {
        if (authenticated || route.public || documentedPublic.has(route)) continue;
        const siblings = members.filter((member) => member.route !== route && !member.route.public);
        const reads = siblings.filter((member) => !isWrite(member.route));
        const writes = siblings.filter((member) => isWrite(member.route));
        const outnumbered = (isWrite(route) ? outnumberedBy(writes) ?? outnumberedBy(siblings) : outnumberedBy(reads)) ?? expectsSiblingsIdentity(route, siblings);
        const path = route.mounted?.path ?? (route.path || route.handler);
        if (!outnumbered) {
          if (isPrivileged(route) && handlerIsVisible(route, model) && authenticatingFrameworks.has(route.framework)) {
            findings.push({
              file: model.file,
              line: route.loc.line,
              column: route.loc.column,
              message: `${route.method} ${path} (${route.handler}) is a debugging or maintenance endpoint with no authentication, while other routes of this service authenticate: anyone can call it.`,
            });
          }
          continue;
        }
        findings.push({
          file: model.file,
          line: route.loc.line,
          column: route.loc.column,
          message: `${route.method} ${path} (${route.handler}) has no authentication, while ${outnumbered.authenticated} of its ${outnumbered.compared} sibling routes on ${groupLabel(route)} have it (${outnumbered.examples.join(', ')})${outnumbered.identity ? `; it takes \`${outnumbered.identity}=None\`, which their decorator fills in, so without it the handler runs for anyone` : ''}.`,
        });
      }
    }
    return findings;
  },
};

/**
/**
 * The handler takes the identity (`user=None`) that its authenticated siblings receive from
 * their auth decorator: it was written to run behind the same decorator and runs without it.
 */
function expectsSiblingsIdentity(route: RouteModel, siblings: Member[]): Verdict | undefined {
  if (!route.identityParameter) return undefined;
  const alike = siblings.filter((member) => member.authenticated && member.route.identityParameter === route.identityParameter && member.route.auth.some((evidence) => evidence.kind === 'decorator'));
  if (alike.length === 0) return undefined;
  const examples = [...new Set(alike.flatMap((member) => member.route.auth.map(evidenceLabel)))].slice(0, 3);
  return { authenticated: siblings.filter((member) => member.authenticated).length, compared: siblings.length, examples, identity: route.identityParameter };
}

/**
 * The authentication code applies to a route: evidence on the route itself, where link
 * found it mounted (route.mounted), and what covers it from elsewhere (a global guard, an
 * app-wide hook or setting, NestJS middleware or Next.js middleware that selects it). The
 * spec rules ask the same question of the routes a document describes.
 */
export function codeAuthenticationEvidence(models: FileModel[]): (route: RouteModel, model: FileModel) => AuthEvidence[] {
  const wide = models.flatMap((model) => model.globalAuth.map((auth) => ({ auth, file: model.file })));
  return (route, model) => [
    ...route.auth,
    ...(route.mounted?.auth ?? []),
    ...wide.filter((entry) => covers(entry.auth, entry.file, route, model.file)).map(({ auth }): AuthEvidence => ({ kind: 'hook', name: auth.name })),
  ];
}

/** Whether code authenticates a route (see codeAuthenticationEvidence). */
export function codeAuthentication(models: FileModel[]): (route: RouteModel, model: FileModel) => boolean {
  const evidenceOf = codeAuthenticationEvidence(models);
  return (route, model) => evidenceOf(route, model).length > 0;
}

/** A debugging or maintenance endpoint, by a path segment or the handler's name. */
function isPrivileged(route: RouteModel): boolean {
  const handler = route.handler.slice(route.handler.lastIndexOf('.') + 1);
  return route.path.split('/').some((segment) => PRIVILEGED_SEGMENT.test(segment)) || PRIVILEGED_HANDLER.test(handler);
}

/** The handler's body is in this file (so a check inside it would have been seen), not imported from another module. */
function handlerIsVisible(route: RouteModel, model: FileModel): boolean {
  const name = route.handler.slice(route.handler.lastIndexOf('.') + 1);
  return route.handler === '<inline handler>' || model.functions.some((fn) => fn.name === name);
}

function isWrite(route: RouteModel): boolean {
  return WRITE_METHODS.test(route.method.toUpperCase());
}

interface Member {
  route: RouteModel;
  model: FileModel;
  authenticated: boolean;
  /** Its own, where it is mounted, and what covers it from elsewhere. */
  evidence: AuthEvidence[];
}

/** The siblings' verdict: enough of them authenticate, and they clearly outnumber those that do not. */
interface Verdict {
  authenticated: number;
  compared: number;
  examples: string[];
  /** The identity parameter the handler takes that the siblings' decorator fills in. */
  identity?: string;
}

function outnumberedBy(siblings: Member[]): Verdict | undefined {
  const authenticated = siblings.filter((member) => member.authenticated);
  const open = siblings.length - authenticated.length + 1; // the route itself
  if (authenticated.length < MIN_PROTECTED_SIBLINGS || authenticated.length < PROTECTED_RATIO * open) return undefined;
  const examples = [...new Set(authenticated.flatMap((member) => member.evidence.map(evidenceLabel)))].slice(0, 3);
  return { authenticated: authenticated.length, compared: siblings.length, examples: examples.length ? examples : ['app-wide authentication'] };
}

/** `./middleware/jwt-auth.jwtAuth` (a JS module path) → `jwtAuth`; Python names stay as written. */
function evidenceLabel(evidence: AuthEvidence): string {
  if (evidence.kind === 'inline') return 'a check in the handler';
  return evidence.name.includes('/') ? evidence.name.slice(evidence.name.lastIndexOf('.') + 1) : evidence.name;
}

function groupLabel(route: RouteModel): string {
  const group = route.mounted?.groupName ?? route.group;
  if (route.framework === 'nestjs') return `controller ${group}`;
  if (route.framework === 'drf' || route.framework === 'django') return 'the views of this module';
  return `\`${group}\``;
}

/**
 * Authentication applied from elsewhere to every route of its framework (a NestJS global
 * guard, a Flask app's before_request, Next.js middleware), or to the NestJS routes its
 * middleware selects (`forRoutes(…)` minus `exclude(…)`). Routers mounted behind auth in
 * other files are link's: route.mounted.
 */
function covers(auth: GlobalAuth, authFile: string, route: RouteModel, routeFile: string): boolean {
  if (auth.framework !== route.framework) return false;
  if (auth.paths && !auth.paths.some((pattern) => matchesRoute(pattern, route))) return false;
  if (auth.except?.some((pattern) => matchesRoute(pattern, route))) return false;
  if (auth.group === undefined) return true;
  // `forRoutes(UsersController)`: that controller, declared in the module it is imported from
  if (auth.group !== route.group) return false;
  return auth.module === undefined || fileIsScriptModule(routeFile, authFile, auth.module);
}

/** `/projects/[id]`, `/projects/{id}`, `/projects/<int:id>` are written `/projects/:id` for matching. */
function matchesRoute(pattern: RoutePattern, route: Partial<Pick<RouteModel, 'path' | 'method'>>): boolean {
  if (route.path === undefined) return false;
  if (pattern.method && route.method && pattern.method !== route.method.toUpperCase() && route.method.toUpperCase() !== 'ALL') return false;
  const path = `/${route.path.replace(/\[\.{3}(\w+)\]|\[\[\.{3}(\w+)\]\]|\[(\w+)\]|\{(\w+)\}|<(?:\w+:)?(\w+)>/g, (_match, ...names: string[]) => `:${names.find(Boolean) ?? 'param'}`)}`.replace(/\/+/g, '/');
  try {
    return new RegExp(pattern.pattern).test(path.length > 1 ? path.replace(/\/$/, '') : path);
  } catch {
    return true; // a pattern that cannot be read is taken to cover the route: it never causes a finding
  }
}

/** `./routes/items` imported from `src/app.ts` is `src/routes/items.ts` (any script extension) or `src/routes/items/index.ts`. */
function fileIsScriptModule(file: string, importingFile: string, specifier: string): boolean {
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(importingFile), specifier)).replace(/\.[cm]?[jt]sx?$/, '');
  const stem = file.replace(/\.[cm]?[jt]sx?$/, '');
  return stem === target || stem === `${target}/index`;
}
