/**
 * JS/TS recognizer: Express, Koa, Hono, Fastify, NestJS and Next.js routes with their
 * authentication evidence: route middleware, router/app-level middleware registered
 * before the route, routers mounted behind middleware (`app.use('/api', auth, router)`,
 * across files too), NestJS guards and global guards, Fastify hooks, Next.js middleware,
 * and inline checks in the handler. Evidence is resolved at the end of the module, when
 * every function (also those declared below the route) has been walked.
 */
import { ts } from 'ts-morph';
import type { AuthEvidence, RouteModel, RoutePattern } from '../../../model/types.js';
import { nestRouteArgument, nextMatcherPattern } from './route-scopes.js';
import type { TsCall, TsLowering, TsRecognizer } from '../lowering-api.js';
import { dottedName } from '../syntax.js';
import { isPublicRoutePath } from '../../../model/routes.js';
import { inlineAuthOf, verifiesSignatureOf } from './verification.js';
import { importedVerifies } from '../imported-calls.js';

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head']);
/** Middleware and guard names that authenticate. */
const AUTH_NAME = /auth|jwt|token|protect|guard|logged|session|verify|bearer|passport|credential|permission|requireUser|currentUser|ensureUser/i;
/** Middleware whose names look like authentication but is not: sessions stores, CSRF, CORS, headers, rate limits. */
const NOT_AUTH_NAME = /csrf|xsrf|^(?:express-session|cookie-session|cors|helmet|express-rate-limit|morgan|compression|cookie-parser|body-parser)(?:\.|$)|rateLimit|session\(\)$/i;
/** What an app or router variable is bound to. */
const APP_FACTORIES = /^(?:express(?:\.Router)?|express\.express|Router|express\.Router|fastify|fastify\.fastify|Fastify|koa-router|@koa\/router|hono\.Hono|Hono)(?:\(\))?$/;
/** Receiver names that are apps or routers even without a server import (`module.exports = (app) => …`). */
const APP_NAMES = /^(?:app|router|[a-z]\w*Router)$/;
/** Receiver names that are apps or routers in a file that imports a server framework. */
const SERVER_NAMES = /^(?:api|server|fastify|instance|routes|[a-z]\w*Routes|v\d+|admin|publicRouter)$/;
const SERVER_MODULES = ['express', 'fastify', 'fastify-plugin', 'koa-router', '@koa/router', 'hono', 'restify'];
/** Middleware that authenticates when it can and lets anonymous callers through otherwise. */
const OPTIONAL_AUTH = /optional|Optional|anonymous|Anonymous|tryAuth|softAuth|maybeAuth/;
/** `POST /users`, `POST /accounts`: creating an account is the sign-up endpoint, public by design. */
const SIGN_UP = /^\/(?:[^/]+\/)*(?:users|accounts)\/?$/;
/** A mounted sub-application or router, not middleware. */
const ROUTER_NAME = /(?:router|routes|Router|Routes|controller|Controller|app|App|api|Api)$/;

type Evidence = AuthEvidence['kind'];

interface PendingRoute {
  route: RouteModel;
  /** Receiver the route was registered on (its group). */
  receiver: string;
  handler: ts.Node | undefined;
  /** Middleware/preHandler expressions written on the route itself. */
  middleware: ts.Expression[];
  position: number;
}

interface Registered {
  node: ts.Expression;
  position: number;
  /** Fastify hooks apply to every route of their context, whatever the order. */
  anyOrder: boolean;
  /** `app.use('/admin', auth)` guards only the paths under the prefix. */
  prefix: string;
}

interface Mount {
  /** Middleware written before the router in `app.use('/api', auth, router)`. */
  middleware: ts.Expression[];
  /** Middleware registered on the parent before the mount (`app.use(auth); app.use('/api', router)`). */
  parent: string;
  position: number;
  prefix: string;
  loc: ts.Node;
}

interface State {
  routes: PendingRoute[];
  /** receiver → middleware from `app.use(auth)` / `addHook('onRequest', …)`, with registration order. */
  receiverAuth: Map<string, Registered[]>;
  /** router variable → where it is mounted. */
  mounts: Map<string, Mount[]>;
  /** `require('./x')` written inline as a plugin → its module specifier. */
  pluginModules: Map<string, string>;
  counter: number;
  /** Registration order of routes, middleware and mounts alike (`app.use(auth)` just before `app.use('/api', router)`). */
  events: number;
  nextMiddleware: number | undefined;
}

function state(lowering: TsLowering): State {
  let current = lowering.state.get('ts-routes') as State | undefined;
  if (!current) {
    current = { routes: [], receiverAuth: new Map(), mounts: new Map(), pluginModules: new Map(), counter: 0, events: 0, nextMiddleware: undefined };
    lowering.state.set('ts-routes', current);
  }
  return current;
}

function importsServer(lowering: TsLowering): boolean {
  return SERVER_MODULES.some((name) => lowering.importedModules.has(name));
}

function isAppReceiver(name: string | undefined, lowering: TsLowering, at?: ts.Node): boolean {
  if (!name) return false;
  if (at && isPluginInstance(name, at)) return true;
  const bound = lowering.lookup(name, lowering.moduleScope);
  const boundName = bound?.kind === 'unknown' ? bound.name?.replace(/\(\)$/, '') : undefined;
  if (boundName && APP_FACTORIES.test(boundName)) return true;
  // `const api = axios.create()`: a client, whatever its name
  if (boundName && /\(\)$/.test(bound?.kind === 'unknown' ? (bound.name ?? '') : '')) return false;
  if (bound && bound.kind !== 'unknown') return false;
  return APP_NAMES.test(name) || (SERVER_NAMES.test(name) && importsServer(lowering));
}

/** `fastify.register(async (scope) => { scope.get(…) })`, also wrapped (`register(fp(async (scope) => …))`): the plugin's first parameter is an app instance. */
function isPluginInstance(name: string, at: ts.Node): boolean {
  const isRegister = (node: ts.Node): boolean => ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'register';
  for (let node = at.parent; node && !ts.isSourceFile(node); node = node.parent) {
    if (!ts.isArrowFunction(node) && !ts.isFunctionExpression(node) && !ts.isFunctionDeclaration(node)) continue;
    const first = node.parameters[0];
    if (!first || !ts.isIdentifier(first.name) || first.name.text !== name) continue;
    const parent = node.parent;
    if (isRegister(parent)) return true;
    // fp(async (instance) => …), registered inline or through a constant
    return ts.isCallExpression(parent) && parent.arguments.length <= 2 && parent.arguments[0] === node && (isRegister(parent.parent) || ts.isVariableDeclaration(parent.parent));
  }
  return false;
}

/** `fp(plugin)`, `fastifyPlugin(plugin)`: the wrapper that makes a plugin's hooks apply to its parent. */
function isFastifyPluginWrapper(node: ts.Expression, lowering: TsLowering): boolean {
  const name = lowering.qualifiedName(node);
  return name !== undefined && /^fastify-plugin(?:\.default|\.fastifyPlugin)?$/.test(name);
}

/**
 * The instance a plugin is registered on, when the plugin is wrapped in fastify-plugin:
 * `app.register(fp(async (instance) => instance.addHook(…)))`, or `const auth = fp(…)` registered
 * in this file. Without the wrapper a plugin's hooks stay inside it (Fastify's encapsulation).
 */
function unencapsulatedParent(name: string, at: ts.Node, lowering: TsLowering): string | undefined {
  for (let node = at.parent; node && !ts.isSourceFile(node); node = node.parent) {
    if (!ts.isArrowFunction(node) && !ts.isFunctionExpression(node)) continue;
    const first = node.parameters[0];
    if (!first || !ts.isIdentifier(first.name) || first.name.text !== name) continue;
    const wrapper = node.parent;
    if (!ts.isCallExpression(wrapper) || !isFastifyPluginWrapper(wrapper.expression, lowering)) return undefined;
    const registration = wrapper.parent;
    if (ts.isCallExpression(registration) && ts.isPropertyAccessExpression(registration.expression) && registration.expression.name.text === 'register') return dottedName(registration.expression.expression);
    const declaration = wrapper.parent;
    if (!ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name)) return undefined;
    return registrationOf(declaration.name.text, lowering);
  }
  return undefined;
}

/** The receiver of `x.register(plugin)` for a plugin constant of this file. */
function registrationOf(plugin: string, lowering: TsLowering): string | undefined {
  let found: string | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'register' && node.arguments[0] && ts.isIdentifier(node.arguments[0]) && node.arguments[0].text === plugin) found = dottedName(node.expression.expression);
    else ts.forEachChild(node, visit);
  };
  visit(lowering.sourceFile);
  return found;
}

/** A route handler is a function, a name or a wrapped function; an object or string last argument is a client call's options. */
function isHandlerNode(node: ts.Expression | undefined): boolean {
  if (!node) return false;
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isCallExpression(node) || ts.isArrayLiteralExpression(node);
}

/** Evidence that one middleware/preHandler expression authenticates (resolved at module end). */
function evidenceOf(node: ts.Expression, lowering: TsLowering): AuthEvidence | undefined {
  if (ts.isArrayLiteralExpression(node)) {
    for (const element of node.elements) {
      const found = evidenceOf(element, lowering);
      if (found) return found;
    }
    return undefined;
  }
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return evidenceOf(node.expression, lowering);
  const callee = ts.isCallExpression(node) ? node.expression : node;
  // tested with the import resolved (`jwt(...)` from 'express-jwt'), named as written (`auth.required`)
  const name = lowering.qualifiedName(callee);
  if (name && (isAuthName(name, lowering) || importedVerifies(name, lowering))) return { kind: 'hook', name: dottedName(callee) ?? name };
  // a middleware function defined here that verifies a token
  const fn = functionModelOf(node, lowering);
  const inline = fn && inlineAuthOf(lowering, fn.id);
  // a named middleware by its name; an inline one by what it calls (`request.jwtVerify`)
  if (inline) return { kind: 'hook', name: ts.isIdentifier(node) ? fn.name : inline };
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
    if (containsJwtVerify(node)) return { kind: 'hook', name: 'jwtVerify' };
  }
  return undefined;
}

function isAuthName(name: string, lowering: TsLowering): boolean {
  const configured = lowering.config.names['auth-decorators'];
  if (configured.some((entry) => name === entry || name.endsWith(`.${entry}`))) return true;
  return AUTH_NAME.test(name) && !NOT_AUTH_NAME.test(name);
}

function functionModelOf(node: ts.Node, lowering: TsLowering): { id: number; name: string } | undefined {
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node) || ts.isFunctionDeclaration(node)) return lowering.functionOf.get(node);
  if (ts.isIdentifier(node)) {
    const def = lowering.functionDefs.get(node.text);
    return def ? lowering.functionOf.get(def) : undefined;
  }
  // asyncHandler(async (req, res) => …): the wrapped function
  if (ts.isCallExpression(node) && node.arguments.length === 1) return functionModelOf(node.arguments[0]!, lowering);
  return undefined;
}

/**
 * A route path written with a prefix variable: `options.prefix + 'articles'`, `${API}/orders`.
 * The literal parts make the path (`/articles`); undefined when nothing is literal.
 */
function routePath(node: ts.Expression | undefined): string | undefined {
  const literal = literalPath(node);
  if (literal !== undefined || !node) return literal;
  let text: string | undefined;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const right = literalPath(node.right);
    if (right !== undefined) text = (routePath(node.left) ?? '') + right;
  } else if (ts.isTemplateExpression(node)) {
    text = node.head.text + node.templateSpans.map((span) => span.literal.text).join('');
  }
  if (!text) return undefined;
  return `/${text}`.replace(/\/+/g, '/');
}

function literalPath(node: ts.Expression | undefined): string | undefined {
  return node && ts.isStringLiteralLike(node) ? node.text : undefined;
}

/** `/admin/users` is under `/admin`; `/administrator` is not. */
function underPrefix(path: string, prefix: string): boolean {
  if (!prefix) return true;
  const base = prefix.replace(/\/+$/, '');
  return path === base || path.startsWith(`${base}/`);
}

function joinPath(prefix: string, path: string): string {
  if (!prefix) return path;
  return `/${[prefix, path].join('/')}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
}

function addRoute(lowering: TsLowering, framework: string, receiver: string, method: string, path: string, node: ts.Node, handler: ts.Node | undefined, middleware: ts.Expression[]): void {
  const current = state(lowering);
  current.routes.push({
    route: {
      id: ++current.counter,
      framework,
      group: receiver,
      method: method.toUpperCase(),
      path,
      handler: handler ? handlerName(handler) : '<handler>',
      loc: lowering.loc(node),
      auth: [],
      public: isPublicRoutePath(path) || CATCH_ALL.test(path) || (method.toUpperCase() === 'POST' && SIGN_UP.test(path)),
    },
    receiver,
    handler,
    middleware,
    position: ++current.events,
  });
}

function handlerName(node: ts.Node): string {
  if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) return dottedName(node) ?? '<handler>';
  if ((ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node)) && node.name) return node.name.text;
  if (ts.isCallExpression(node) && node.arguments.length === 1) return handlerName(node.arguments[0]!);
  return '<inline handler>';
}

function objectProperty(node: ts.Expression | undefined, key: string): ts.Expression | undefined {
  if (!node || !ts.isObjectLiteralExpression(node)) return undefined;
  for (const property of node.properties) {
    if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) && property.name.text === key) return property.initializer;
    if (ts.isShorthandPropertyAssignment(property) && property.name.text === key) return property.name;
    if (ts.isMethodDeclaration(property) && ts.isIdentifier(property.name) && property.name.text === key) return property as unknown as ts.Expression;
  }
  return undefined;
}

const FASTIFY_HOOKS = ['preHandler', 'onRequest', 'preValidation', 'preParsing'];

function fastifyHookNodes(options: ts.Expression | undefined): ts.Expression[] {
  return FASTIFY_HOOKS.map((hook) => objectProperty(options, hook)).filter((value): value is ts.Expression => value !== undefined);
}

function frameworkOf(lowering: TsLowering): string {
  if (lowering.importedModules.has('fastify') || lowering.importedModules.has('fastify-plugin')) return 'fastify';
  if (lowering.importedModules.has('koa-router') || lowering.importedModules.has('@koa/router')) return 'koa';
  if (lowering.importedModules.has('hono')) return 'hono';
  return 'express';
}

function register(lowering: TsLowering, receiver: string, node: ts.Expression, anyOrder: boolean, prefix = ''): void {
  const current = state(lowering);
  const list = current.receiverAuth.get(receiver) ?? [];
  const base = prefix.replace(WILDCARD_TAIL, '');
  list.push({ node, position: ++current.events, anyOrder, prefix: base === '/' ? '' : base });
  current.receiverAuth.set(receiver, list);
}

/** `app.use(auth)`, `app.use('/api', auth, router)`, `router.use(auth)`, `app.use('/admin', requireAdmin)`. */
function onUse(call: TsCall, receiver: string, lowering: TsLowering): void {
  const prefix = literalPath(call.argNodes[0]) ?? '';
  const args = call.argNodes.filter((arg) => literalPath(arg) === undefined);
  const routers = args.filter((arg) => ts.isIdentifier(arg) && isRouterIdentifier(arg, lowering));
  const middleware = args.filter((arg) => !routers.includes(arg));
  const current = state(lowering);
  if (routers.length) {
    for (const router of routers as ts.Identifier[]) {
      const list = current.mounts.get(router.text) ?? [];
      list.push({ middleware, parent: receiver, position: ++current.events, prefix, loc: call.node });
      current.mounts.set(router.text, list);
    }
    return;
  }
  for (const node of middleware) register(lowering, receiver, node, false, prefix);
}

/** A mounted router: bound to a router factory here, imported from a relative module, or named like one. */
function isRouterIdentifier(node: ts.Identifier, lowering: TsLowering): boolean {
  const bound = lowering.lookup(node.text, lowering.moduleScope);
  if (bound?.kind === 'unknown' && bound.name && APP_FACTORIES.test(bound.name.replace(/\(\)$/, ''))) return true;
  if (lowering.functionDefs.has(node.text)) return false;
  const imported = lowering.imports.get(node.text);
  if (imported?.startsWith('.')) return ROUTER_NAME.test(node.text) || !isAuthName(node.text, lowering);
  return ROUTER_NAME.test(node.text);
}

/** `router.route('/items').get(auth, list).post(create)`: the path of a chained Express route. */
function chainedRoutePath(node: ts.Expression | undefined): { receiver: string; path: string } | undefined {
  let current = node;
  while (current && ts.isCallExpression(current) && ts.isPropertyAccessExpression(current.expression)) {
    const name = current.expression.name.text;
    if (name === 'route') {
      const path = literalPath(current.arguments[0]);
      const receiver = dottedName(current.expression.expression);
      return path !== undefined && receiver ? { receiver, path } : undefined;
    }
    if (!HTTP_METHODS.has(name)) return undefined;
    current = current.expression.expression;
  }
  return undefined;
}

function onRouteCall(call: TsCall, lowering: TsLowering): void {
  const method = call.method!;
  const receiverNode = call.receiverNode;
  const receiver = receiverNode ? dottedName(receiverNode) : undefined;

  if (method === 'use' && receiver && isAppReceiver(receiver, lowering, call.node)) {
    onUse(call, receiver, lowering);
    return;
  }
  if (method === 'register' && receiver && isAppReceiver(receiver, lowering, call.node)) {
    onRegister(call, receiver, lowering);
    return;
  }
  // fastify.addHook('onRequest', async (request) => { await request.jwtVerify() })
  if (method === 'addHook' && receiver && isAppReceiver(receiver, lowering, call.node)) {
    const hookName = literalPath(call.argNodes[0]);
    const hook = call.argNodes[1];
    if (hookName && FASTIFY_HOOKS.includes(hookName) && hook) {
      register(lowering, receiver, hook, true);
      // a plugin wrapped in fastify-plugin shares its hooks with the instance that registers it
      const parent = unencapsulatedParent(receiver, call.node, lowering);
      if (parent) register(lowering, parent, hook, true);
    }
    return;
  }
  // Hono mounts a sub-app with app.route('/api', api): its routes sit under the prefix, behind the parent's middleware
  if (method === 'route' && receiver && call.argNodes.length === 2 && literalPath(call.argNodes[0]) !== undefined && ts.isIdentifier(call.argNodes[1]!) && frameworkOf(lowering) === 'hono' && isAppReceiver(receiver, lowering, call.node)) {
    onUse(call, receiver, lowering);
    return;
  }
  // fastify.route({ method, url, preHandler, handler })
  if (method === 'route' && receiver && isAppReceiver(receiver, lowering, call.node) && call.argNodes.length === 1 && ts.isObjectLiteralExpression(call.argNodes[0]!)) {
    const options = call.argNodes[0];
    const path = routePath(objectProperty(options, 'url') ?? objectProperty(options, 'path'));
    const verbNode = objectProperty(options, 'method');
    const verb = literalPath(verbNode) ?? (verbNode && ts.isArrayLiteralExpression(verbNode) ? (literalPath(verbNode.elements[0]) ?? 'GET') : 'GET');
    if (path !== undefined) addRoute(lowering, 'fastify', receiver, verb, path, call.node, objectProperty(options, 'handler'), fastifyHookNodes(options));
    return;
  }
  if (!HTTP_METHODS.has(method)) return;
  const chained = chainedRoutePath(receiverNode);
  if (chained) {
    if (!isAppReceiver(chained.receiver, lowering) || !call.argNodes.length) return;
    const handler = call.argNodes[call.argNodes.length - 1];
    if (!isHandlerNode(handler)) return;
    addRoute(lowering, frameworkOf(lowering), chained.receiver, method === 'del' ? 'delete' : method, chained.path, call.node, handler, call.argNodes.slice(0, -1));
    return;
  }
  if (!receiver || !isAppReceiver(receiver, lowering, call.node)) return;
  const path = routePath(call.argNodes[0]);
  if (path === undefined || call.argNodes.length < 2) return;
  const rest = call.argNodes.slice(1);
  // `app.all('/api/*', requireAuth)` is middleware for everything under the prefix, not a route
  if (method === 'all' && WILDCARD_TAIL.test(path)) {
    for (const node of rest) register(lowering, receiver, node, false, path);
    return;
  }
  const handler = rest[rest.length - 1];
  if (!isHandlerNode(handler)) return;
  const middleware: ts.Expression[] = [];
  for (const item of rest.slice(0, -1)) {
    if (ts.isObjectLiteralExpression(item)) middleware.push(...fastifyHookNodes(item));
    else middleware.push(item);
  }
  addRoute(lowering, frameworkOf(lowering), receiver, method === 'del' ? 'delete' : method, path, call.node, handler, middleware);
}

/** `*`, `/api/*`, `/(.*)`, `/{*splat}`, `/*splat`: a catch-all tail. */
const WILDCARD_TAIL = /\/?(?:\*\w*|\(\.\*\)|\{\*\w*\})$/;
/** A whole-app catch-all (`app.get('*', serveSpa)`): the single-page app's shell or a 404 page, public by nature. */
const CATCH_ALL = /^\/?(?:\*\w*|\(\.\*\)|\{\*\w*\})$/;

function containsJwtVerify(node: ts.Node): boolean {
  let found = false;
  const visit = (child: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(child) && ts.isPropertyAccessExpression(child.expression) && /^(?:jwtVerify|authenticate)$/.test(child.expression.name.text)) found = true;
    else ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

// ---- NestJS ----

function decoratorsOf(node: ts.Node): { name: string; args: readonly ts.Expression[] }[] {
  if (!ts.canHaveDecorators(node)) return [];
  return (ts.getDecorators(node) ?? []).flatMap((decorator) => {
    const expression = decorator.expression;
    if (ts.isCallExpression(expression)) return [{ name: dottedName(expression.expression) ?? '', args: expression.arguments }];
    return [{ name: dottedName(expression) ?? '', args: [] as readonly ts.Expression[] }];
  });
}

const NEST_METHODS: Record<string, string> = { Get: 'GET', Post: 'POST', Put: 'PUT', Patch: 'PATCH', Delete: 'DELETE', All: 'ALL', Options: 'OPTIONS', Head: 'HEAD' };
/** `@Public()`-style decorators: the metadata a project's global guard reads to let the route through. */
const NEST_PUBLIC = /^(?:Public\w*|IsPublic|AllowAnon\w*|Anonymous|AllowUnauthenticated|Unauthenticated|SkipAuth\w*|SkipJwt\w*|NoAuth\w*|Unprotected|OptionalAuth\w*|AllowGuest\w*|Guest)$/;
/** `@SetMetadata('isPublic', true)`, `@SetMetadata(IS_PUBLIC_KEY, true)` written on the route itself. */
const PUBLIC_METADATA_KEY = /public|anonymous|skip_?auth|no_?auth|allow_?anon|unprotected/i;

function marksPublic(decorator: { name: string; args: readonly ts.Expression[] }): boolean {
  if (NEST_PUBLIC.test(decorator.name)) return true;
  if (decorator.name !== 'SetMetadata' || decorator.args.length < 2) return false;
  const [key, value] = decorator.args;
  const keyText = key && (ts.isStringLiteralLike(key) ? key.text : dottedName(key));
  return keyText !== undefined && PUBLIC_METADATA_KEY.test(keyText) && value!.kind === ts.SyntaxKind.TrueKeyword;
}
/** Guards that do not authenticate: rate limits, caches, feature flags. */
const NOT_AUTH_GUARD = /throttl|rate|limit|cache|feature|maintenance/i;
/** Decorators that apply guards: `@UseGuards(…)` and the usual composed `@Auth()`/`@Authenticated()`/`@Roles()` helpers. */
const NEST_GUARD_DECORATORS = /^(?:UseGuards|Auth|Authorized|Authenticated|Authorize|Roles|RequireAuth|JwtAuth|ApiAuth)$/;

function guardEvidence(decorators: { name: string; args: readonly ts.Expression[] }[], lowering: TsLowering): AuthEvidence[] {
  const configured = lowering.config.names['auth-decorators'];
  return decorators
    .filter((decorator) => NEST_GUARD_DECORATORS.test(decorator.name) || configured.includes(decorator.name))
    .map((decorator) => ({ decorator, guards: decorator.args.map((arg) => dottedName(ts.isCallExpression(arg) || ts.isNewExpression(arg) ? arg.expression : arg) ?? '…') }))
    // `@UseGuards(ThrottlerGuard)` limits the rate, it does not authenticate
    .filter(({ decorator, guards }) => decorator.name !== 'UseGuards' || !guards.length || !guards.every((guard) => NOT_AUTH_GUARD.test(guard)))
    .map(({ decorator, guards }) => ({ kind: 'decorator' as const, name: `${decorator.name}(${guards.join(', ')})` }));
}

function onNestController(node: ts.ClassLikeDeclaration, lowering: TsLowering): void {
  const classDecorators = decoratorsOf(node);
  const controller = classDecorators.find((decorator) => decorator.name === 'Controller');
  if (!controller) return;
  const prefixArg = controller.args[0];
  const prefix = prefixArg && ts.isStringLiteralLike(prefixArg) ? prefixArg.text : (literalPath(objectProperty(prefixArg, 'path')) ?? '');
  const classAuth = guardEvidence(classDecorators, lowering);
  const classPublic = classDecorators.some(marksPublic);
  const group = node.name?.text ?? 'controller';
  for (const member of node.members) {
    if (!ts.isMethodDeclaration(member)) continue;
    const decorators = decoratorsOf(member);
    const route = decorators.find((decorator) => NEST_METHODS[decorator.name]);
    if (!route) continue;
    const sub = route.args[0] && ts.isStringLiteralLike(route.args[0]) ? route.args[0].text : '';
    const path = `/${[prefix, sub].filter(Boolean).join('/')}`.replace(/\/+/g, '/');
    const methodName = member.name && ts.isIdentifier(member.name) ? member.name.text : '<method>';
    const auth = [...classAuth, ...guardEvidence(decorators, lowering)];
    const current = state(lowering);
    current.routes.push({
      route: {
        id: ++current.counter,
        framework: 'nestjs',
        group,
        method: NEST_METHODS[route.name]!,
        path,
        handler: `${group}.${methodName}`,
        loc: lowering.loc(member.name ?? member),
        auth,
        // `POST /users` without a guard is the sign-up endpoint; guarded, it is an admin's create
        public: classPublic || decorators.some(marksPublic) || isPublicRoutePath(path) || (NEST_METHODS[route.name] === 'POST' && SIGN_UP.test(path) && auth.length === 0),
      },
      receiver: group,
      handler: member,
      middleware: [],
      position: ++current.events,
    });
  }
}

/** `app.useGlobalGuards(new JwtAuthGuard())`. */
function onGlobalGuard(call: TsCall, lowering: TsLowering): void {
  if (call.method === 'useGlobalGuards' && call.argNodes.length && !lowering.isSilent) {
    const first = call.argNodes[0]!;
    const name = dottedName(ts.isNewExpression(first) || ts.isCallExpression(first) ? first.expression : first) ?? 'useGlobalGuards';
    lowering.model.globalAuth.push({ framework: 'nestjs', name, loc: lowering.loc(call.node) });
  }
}

/**
 * `consumer.apply(AuthMiddleware).exclude(…).forRoutes(…)` in a module's `configure`: NestJS
 * middleware that authenticates the routes it names: controllers (by class, also imported
 * from another file), paths and `{ path, method }` objects, minus the excluded ones. When an
 * argument cannot be read, it is taken to cover every NestJS route, so that it never causes
 * a finding.
 */
function onNestMiddleware(call: TsCall, lowering: TsLowering): void {
  if (call.method !== 'forRoutes' || !usesNest(lowering)) return;
  const excluded: RoutePattern[] = [];
  let readable = true;
  for (let node = call.receiverNode; node && ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression); node = node.expression.expression) {
    const step = node.expression.name.text;
    if (step === 'exclude') {
      for (const argument of node.arguments) {
        const pattern = nestRouteArgument(argument);
        if (pattern) excluded.push(pattern);
        else readable = false;
      }
    }
    if (step !== 'apply') continue;
    const middleware = node.arguments.map((argument) => dottedName(argument)).find((name) => name !== undefined && isAuthName(name, lowering));
    if (!middleware) return;
    const loc = lowering.loc(call.node);
    const except = readable && excluded.length ? { except: excluded } : {};
    const paths: RoutePattern[] = [];
    const controllers: { group: string; module?: string }[] = [];
    for (const argument of call.argNodes) {
      const pattern = nestRouteArgument(argument);
      const imported = ts.isIdentifier(argument) ? lowering.imports.get(argument.text) : undefined;
      if (pattern) paths.push(pattern);
      else if (ts.isIdentifier(argument) && (imported === undefined || imported.startsWith('.'))) controllers.push({ group: argument.text, ...(imported ? { module: imported.slice(0, imported.lastIndexOf('.')) } : {}) });
      else readable = false;
    }
    if (!readable) {
      lowering.model.globalAuth.push({ framework: 'nestjs', name: middleware, loc });
      return;
    }
    if (paths.length) lowering.model.globalAuth.push({ framework: 'nestjs', name: middleware, loc, paths, ...except });
    // `import { UserController } from './user.controller'` names the controller and its module; one declared here is in this file
    for (const controller of controllers) lowering.model.globalAuth.push({ framework: 'nestjs', name: middleware, loc, group: controller.group, module: controller.module ?? `./${lowering.model.file.replace(/^.*\//, '').replace(/\.[cm]?[jt]sx?$/, '')}`, ...except });
    return;
  }
}

/** `{ provide: APP_GUARD, useClass: JwtAuthGuard }` in a module's providers. */
function onAppGuardProvider(node: ts.ObjectLiteralExpression, lowering: TsLowering): void {
  const provide = objectProperty(node, 'provide');
  if (!provide || !dottedName(provide)?.endsWith('APP_GUARD')) return;
  const guard = objectProperty(node, 'useClass') ?? objectProperty(node, 'useExisting');
  const name = (guard && dottedName(guard)) ?? 'APP_GUARD';
  // a global guard that only throttles or checks roles does not authenticate
  if (NOT_AUTH_GUARD.test(name) || /roles?guard/i.test(name)) return;
  lowering.model.globalAuth.push({ framework: 'nestjs', name, loc: lowering.loc(node) });
}

// ---- Next.js ----

const NEXT_ROUTE_FILE = /(?:^|\/)app\/(?:.*\/)?route\.[cm]?[jt]sx?$/;
const NEXT_PAGES_API_FILE = /(?:^|\/)pages\/api\/(.+)\.[cm]?[jt]sx?$/;
const NEXT_MIDDLEWARE_FILE = /^(?:src\/)?(?:middleware|proxy)\.[cm]?[jt]s$/;
const NEXT_VERBS = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;

/** The exported name of `export async function GET…` or `export const GET = …`, `export default function handler`. */
function exportedName(node: ts.SignatureDeclaration): string | undefined {
  // `export const GET = withAuth(async (req) => …)`: the wrapped handler is the export
  const wrapper = wrapperCall(node);
  if (wrapper && ts.isVariableDeclaration(wrapper.parent) && ts.isIdentifier(wrapper.parent.name)) {
    const statement = wrapper.parent.parent?.parent;
    if (statement && ts.isVariableStatement(statement) && statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) return wrapper.parent.name.text;
  }
  if (wrapper && ts.isExportAssignment(wrapper.parent)) return 'default';
  if (ts.isFunctionDeclaration(node)) {
    const flags = ts.getCombinedModifierFlags(node);
    if (!(flags & ts.ModifierFlags.Export)) return undefined;
    return flags & ts.ModifierFlags.Default ? 'default' : node.name?.text;
  }
  if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name)) {
    const statement = node.parent.parent?.parent;
    if (statement && ts.isVariableStatement(statement) && (ts.getCombinedModifierFlags(statement as unknown as ts.Declaration) & ts.ModifierFlags.Export || statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword))) return node.parent.name.text;
  }
  if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && ts.isExportAssignment(node.parent)) return 'default';
  return undefined;
}

/** The call a handler is passed to as the only or last argument: `withAuth(handler)`, `withApiAuthRequired(handler)`. */
function wrapperCall(node: ts.SignatureDeclaration): ts.CallExpression | undefined {
  const parent = node.parent;
  if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && parent && ts.isCallExpression(parent) && parent.arguments[parent.arguments.length - 1] === node) return parent;
  return undefined;
}

function onNextRouteHandler(node: ts.SignatureDeclaration, fn: { id: number; name: string }, lowering: TsLowering): void {
  const file = lowering.model.file;
  const appRoute = NEXT_ROUTE_FILE.test(file);
  const pagesApi = !appRoute ? NEXT_PAGES_API_FILE.exec(file) : null;
  if (!appRoute && !pagesApi) return;
  const exported = exportedName(node);
  if (!exported) return;
  let path: string;
  let verb: string;
  if (appRoute) {
    if (!NEXT_VERBS.test(exported)) return;
    verb = exported;
    path = `/${file.replace(/(?:^|\/)route\.[cm]?[jt]sx?$/, '').replace(/^(?:.*\/)?app\/?/, '')}`;
  } else {
    if (exported !== 'default') return;
    verb = 'ALL';
    path = `/api/${pagesApi![1]!.replace(/(?:^|\/)index$/, '')}`;
  }
  // route groups `(admin)` are not part of the URL
  path = path.replace(/\/\([^/)]*\)/g, '') || '/';
  const wrapper = wrapperCall(node);
  const current = state(lowering);
  current.routes.push({
    route: { id: ++current.counter, framework: 'nextjs', group: 'app', method: verb, path, handler: fn.name === '<anonymous>' || fn.name === verb ? exported : fn.name, loc: lowering.loc(wrapper?.parent ?? node.name ?? node), auth: [], public: isPublicRoutePath(path) },
    receiver: 'app',
    handler: node,
    middleware: wrapper ? [wrapper.expression] : [],
    position: ++current.events,
  });
}

/** `'use server'` as the first statement of a file or a function body. */
function hasUseServer(statements: readonly ts.Statement[] | undefined): boolean {
  const first = statements?.[0];
  return first !== undefined && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === 'use server';
}

/** Server actions that are public by purpose: signing in and up, password-reset requests, subscriptions, contact forms. */
const PUBLIC_ACTION = /(?:^|_)(?:log_?in|log_?out|sign_?in|sign_?out|sign_?up|register|authenticate|forgot|reset_password|password_reset|request_password|request_reset|verify_email|confirm_email|subscribe|newsletter|contact|feedback)(?:_|$)/;

/**
 * Next.js server actions: every exported async function of a `'use server'` file, and any
 * function whose body starts with `'use server'`. Each is an endpoint anyone can POST to,
 * so it authenticates like a route handler does (`auth()`, `getServerSession`, Clerk's
 * `currentUser()`, `supabase.auth.getUser()`, a project's `verifySession()`); the actions
 * of one file are compared with each other.
 */
function onNextServerAction(node: ts.SignatureDeclaration, fn: { id: number; name: string }, lowering: TsLowering): void {
  const body = (node as ts.FunctionLikeDeclarationBase).body;
  const inline = body !== undefined && ts.isBlock(body) && hasUseServer(body.statements);
  // outside a 'use server' file only an inline directive makes an action; the modifier flags (JSDoc included in JS) cost more than that test
  if (!inline && !hasUseServer(lowering.sourceFile.statements)) return;
  const isAsync = ts.getCombinedModifierFlags(node as ts.Declaration) & ts.ModifierFlags.Async || (ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword));
  const exported = exportedName(node);
  if (!inline && !(exported && isAsync)) return;
  const name = exported && exported !== 'default' ? exported : fn.name;
  const snakeName = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  const current = state(lowering);
  current.routes.push({
    route: { id: ++current.counter, framework: 'nextjs', group: 'server actions', method: 'POST', path: `server action ${name}`, handler: name, loc: lowering.loc(node.name ?? node), auth: [], public: PUBLIC_ACTION.test(snakeName) },
    receiver: 'server actions',
    handler: node,
    middleware: [],
    position: ++current.events,
  });
}

// ---- resolution at module end ----

function resolveRoutes(lowering: TsLowering): void {
  const current = state(lowering);
  const evidenceCache = new Map<ts.Expression, AuthEvidence | undefined>();
  const evidence = (node: ts.Expression): AuthEvidence | undefined => {
    if (!evidenceCache.has(node)) evidenceCache.set(node, evidenceOf(node, lowering));
    return evidenceCache.get(node);
  };
  const registeredOn = (receiver: string, before: number, kind: Evidence, path: string): AuthEvidence[] =>
    (current.receiverAuth.get(receiver) ?? []).flatMap((registered) => {
      const found = (registered.anyOrder || registered.position < before) && underPrefix(path, registered.prefix) && evidence(registered.node);
      return found ? [{ kind, name: found.name } as AuthEvidence] : [];
    });
  const guardedLater = (pending: PendingRoute): boolean =>
    (current.receiverAuth.get(pending.receiver) ?? []).some((registered) => !registered.anyOrder && registered.position >= pending.position && underPrefix(pending.route.path, registered.prefix) && evidence(registered.node) !== undefined);
  for (const pending of current.routes) {
    const route = pending.route;
    for (const node of pending.middleware) {
      const found = evidence(node);
      // `auth.optional`, `optionalAuth`: anonymous callers are let through on purpose
      if (found && OPTIONAL_AUTH.test(found.name)) route.public = true;
      else if (found) route.auth.push(found);
    }
    route.auth.push(...registeredOn(pending.receiver, pending.position, 'router-dependency', route.path));
    const mounts = current.mounts.get(pending.receiver) ?? [];
    for (const mount of mounts) {
      for (const node of mount.middleware) {
        const found = evidence(node);
        if (found) route.auth.push({ kind: 'router-dependency', name: found.name });
      }
      route.auth.push(...registeredOn(mount.parent, mount.position, 'router-dependency', joinPath(mount.prefix, route.path)));
    }
    // Express idiom: routes registered above `router.use(auth)` are left public on purpose
    if (route.auth.length === 0 && guardedLater(pending)) route.public = true;
    if (mounts.length === 1 && mounts[0]!.prefix) {
      route.path = joinPath(mounts[0]!.prefix, route.path);
      route.public = route.public || isPublicRoutePath(route.path);
    }
    // an inline check in the handler: it verifies a token itself
    const handler = pending.handler;
    const fn = handler && functionModelOf(handler, lowering);
    const inline = fn && inlineAuthOf(lowering, fn.id);
    if (inline) route.auth.push({ kind: 'inline', name: inline });
    // a webhook that verifies its sender's signature is public by design: the signature is its authentication
    if (!inline && fn && verifiesSignatureOf(lowering, fn.id)) route.public = true;
    lowering.model.routes.push(route);
  }
  recordCrossFileMounts(lowering, evidence);
}

/**
 * Routers and plugins imported from another module: `app.use('/items', auth, itemsRouter)`,
 * `router.use('/items', itemsRouter)`, `fastify.register(plugin, { prefix })`. Each is a
 * mount for link, with its prefix and the authentication it applies: the middleware
 * written before the router, or registered on the parent before it (Fastify hooks: in any order).
 */
function recordCrossFileMounts(lowering: TsLowering, evidence: (node: ts.Expression) => AuthEvidence | undefined): void {
  const current = state(lowering);
  for (const [router, mounts] of current.mounts) {
    const imported = lowering.imports.get(router) ?? current.pluginModules.get(router);
    if (!imported) continue;
    for (const mount of mounts) {
      const found =
        mount.middleware.map(evidence).find(Boolean) ??
        (current.receiverAuth.get(mount.parent) ?? []).map((registered) => (registered.anyOrder || registered.position < mount.position) && underPrefix(mount.prefix, registered.prefix) && evidence(registered.node)).find(Boolean);
      const auth = found ? [{ kind: 'router-dependency' as const, name: found.name }] : [];
      (lowering.model.routerMounts ??= []).push({ framework: frameworkOf(lowering), parent: mount.parent, child: imported, prefix: mount.prefix, auth, loc: lowering.loc(mount.loc) });
    }
  }
}

/** `fastify.register(routes, { prefix: '/users' })`, `app.register(require('./routes/users'), …)`: a plugin of another module mounted here. */
function onRegister(call: TsCall, receiver: string, lowering: TsLowering): void {
  const plugin = call.argNodes[0];
  if (!plugin) return;
  const current = state(lowering);
  const prefix = literalPath(objectProperty(call.argNodes[1], 'prefix')) ?? '';
  let name: string | undefined;
  if (ts.isIdentifier(plugin) && lowering.imports.get(plugin.text)?.startsWith('.')) name = plugin.text;
  const required = ts.isCallExpression(plugin) && plugin.arguments.length === 1 && ts.isStringLiteral(plugin.arguments[0]!) && (plugin.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(plugin.expression) && plugin.expression.text === 'require')) ? plugin.arguments[0].text : undefined;
  if (required?.startsWith('.')) {
    name = `require(${required})`;
    current.pluginModules.set(name, required);
  }
  if (!name) return;
  const list = current.mounts.get(name) ?? [];
  list.push({ middleware: [], parent: receiver, position: current.counter, prefix, loc: call.node });
  current.mounts.set(name, list);
}

export const tsRoutesRecognizer: TsRecognizer = {
  onCall(call, lowering) {
    if (!call.method || lowering.isSilent) return undefined;
    if (call.receiverNode) onRouteCall(call, lowering);
    onGlobalGuard(call, lowering);
    onNestMiddleware(call, lowering);
    return undefined;
  },
  onAssign(_target, _value, valueNode, lowering) {
    if (usesNest(lowering) && (ts.isArrayLiteralExpression(valueNode) || ts.isObjectLiteralExpression(valueNode))) visitProviders(valueNode, lowering);
  },
  onClass(node, lowering) {
    if (!usesNest(lowering)) return;
    onNestController(node, lowering);
    for (const decorator of ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []) {
      if (ts.isCallExpression(decorator.expression)) for (const argument of decorator.expression.arguments) visitProviders(argument, lowering);
    }
  },
  onFunction(node, fn, lowering) {
    onNextRouteHandler(node, fn, lowering);
    onNextServerAction(node, fn, lowering);
    // Next.js middleware that verifies the token guards every route it matches
    if (NEXT_MIDDLEWARE_FILE.test(lowering.model.file) && (exportedName(node) === 'middleware' || exportedName(node) === 'default' || exportedName(node) === 'proxy')) {
      state(lowering).nextMiddleware = fn.id;
    }
  },
  onModuleEnd(lowering) {
    const current = state(lowering);
    const middlewareId = current.nextMiddleware;
    if (middlewareId !== undefined) {
      const fn = lowering.model.functions.find((candidate) => candidate.id === middlewareId);
      const inline = inlineAuthOf(lowering, middlewareId);
      const paths = nextMatchers(lowering);
      if (fn && inline) lowering.model.globalAuth.push({ framework: 'nextjs', name: `middleware (${inline})`, loc: fn.loc, ...(paths ? { paths } : {}) });
    }
    resolveRoutes(lowering);
  },
};

/**
 * `export const config = { matcher: ['/api/:path*'] }` beside the middleware: the routes it
 * runs for. Undefined (every route) without a matcher or when one cannot be read.
 */
function nextMatchers(lowering: TsLowering): RoutePattern[] | undefined {
  for (const statement of lowering.sourceFile.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== 'config' || !declaration.initializer) continue;
      const matcher = objectProperty(unwrapped(declaration.initializer), 'matcher');
      if (!matcher) return undefined;
      const entries = ts.isArrayLiteralExpression(matcher) ? [...matcher.elements] : [matcher];
      const patterns: RoutePattern[] = [];
      for (const entry of entries) {
        const source = ts.isStringLiteralLike(entry) ? entry.text : literalPath(objectProperty(entry as ts.Expression, 'source'));
        const pattern = source === undefined ? undefined : nextMatcherPattern(source);
        if (!pattern) return undefined;
        patterns.push(pattern);
      }
      return patterns;
    }
  }
  return undefined;
}

function unwrapped(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isAsExpression(current) || ts.isSatisfiesExpression(current) || ts.isParenthesizedExpression(current)) current = current.expression;
  return current;
}

function usesNest(lowering: TsLowering): boolean {
  return lowering.importedModules.has('@nestjs/common') || lowering.importedModules.has('@nestjs/core');
}

function visitProviders(node: ts.Node, lowering: TsLowering): void {
  if (ts.isObjectLiteralExpression(node)) onAppGuardProvider(node, lowering);
  ts.forEachChild(node, (child) => visitProviders(child, lowering));
}
