/**
 * JS/TS recognizer: Express, Fastify, NestJS and Next.js routes with their
 * authentication evidence (route middleware, router/app-level middleware registered
 * before the route, mounted routers, NestJS guards, Fastify hooks, inline checks).
 */
import { ts } from 'ts-morph';
import type { AuthEvidence, RouteModel } from '../../../model/types.js';
import type { TsCall, TsLowering, TsRecognizer } from '../lower.js';
import { dottedName } from '../lower.js';
import { isPublicRoutePath } from '../../../model/routes.js';

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head']);
/** Middleware and guard names that authenticate. */
const AUTH_NAME = /auth|jwt|token|protect|guard|logged|session|verify|bearer|passport|credential|permission|requireUser|currentUser|ensureUser/i;
const APP_FACTORIES = /^(?:express(?:\.Router)?|Router|fastify|Fastify|koa-router|@koa\/router|express\(\)\.Router)(?:\(\))?$/;
const APP_NAMES = /^(?:app|router|api|server|fastify|instance|[a-z]\w*Router|[a-z]\w*Routes|routes)$/;

interface PendingRoute {
  route: RouteModel;
  /** Receiver the route was registered on (its group). */
  receiver: string;
  handler: ts.Node | undefined;
  /** Auth from `use`/hooks registered on the receiver before this route. */
  position: number;
}

interface State {
  routes: PendingRoute[];
  /** receiver → evidence from `app.use(auth)` / `addHook('onRequest', …)`, with registration order. */
  receiverAuth: Map<string, { evidence: AuthEvidence; position: number }[]>;
  /** router variable → evidence from `app.use('/x', auth, router)`. */
  mountedAuth: Map<string, AuthEvidence[]>;
  counter: number;
}

function state(lowering: TsLowering): State {
  let current = lowering.state.get('ts-routes') as State | undefined;
  if (!current) {
    current = { routes: [], receiverAuth: new Map(), mountedAuth: new Map(), counter: 0 };
    lowering.state.set('ts-routes', current);
  }
  return current;
}

function isAppReceiver(name: string | undefined, lowering: TsLowering): boolean {
  if (!name) return false;
  const bound = lowering.lookup(name, lowering.moduleScope);
  if (bound?.kind === 'unknown' && bound.name && APP_FACTORIES.test(bound.name.replace(/\(\)$/, ''))) return true;
  return APP_NAMES.test(name);
}

/** Evidence that one middleware/preHandler expression authenticates. */
function evidenceOf(node: ts.Expression, lowering: TsLowering): AuthEvidence | undefined {
  const configured = lowering.config.names['auth-decorators'];
  if (ts.isArrayLiteralExpression(node)) {
    for (const element of node.elements) {
      const found = evidenceOf(element, lowering);
      if (found) return found;
    }
    return undefined;
  }
  const name = ts.isCallExpression(node) ? lowering.qualifiedName(node.expression) : lowering.qualifiedName(node);
  if (name && (AUTH_NAME.test(name) || configured.some((entry) => name === entry || name.endsWith(`.${entry}`)))) return { kind: 'hook', name };
  // a middleware function defined here that verifies a token
  const fn = functionModelOf(node, lowering);
  if (fn && verifiesInside(fn.id, lowering)) return { kind: 'hook', name: fn.name };
  return undefined;
}

function functionModelOf(node: ts.Node, lowering: TsLowering): { id: number; name: string } | undefined {
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return lowering.functionOf.get(node);
  if (ts.isIdentifier(node)) {
    const def = lowering.functionDefs.get(node.text);
    return def ? lowering.functionOf.get(def) : undefined;
  }
  return undefined;
}

/** A function verifies a token when a verifying decode or hand-written verification sits in it. */
function verifiesInside(functionId: number, lowering: TsLowering): boolean {
  return lowering.model.jwtOps.some((op) => op.functionId === functionId && op.kind === 'decode') || lowering.model.verificationSites.some((site) => site.functionId === functionId);
}

function literalPath(node: ts.Expression | undefined): string | undefined {
  return node && ts.isStringLiteralLike(node) ? node.text : undefined;
}

function addRoute(lowering: TsLowering, framework: string, receiver: string, method: string, path: string, node: ts.Node, handler: ts.Node | undefined, auth: AuthEvidence[]): void {
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
      auth,
      public: isPublicRoutePath(path),
    },
    receiver,
    handler,
    position: current.counter,
  });
}

function handlerName(node: ts.Node): string {
  if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) return dottedName(node) ?? '<handler>';
  if ((ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node)) && node.name) return node.name.text;
  return '<inline handler>';
}

function objectProperty(node: ts.Expression | undefined, key: string): ts.Expression | undefined {
  if (!node || !ts.isObjectLiteralExpression(node)) return undefined;
  for (const property of node.properties) {
    if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) && property.name.text === key) return property.initializer;
    if (ts.isShorthandPropertyAssignment(property) && property.name.text === key) return property.name;
  }
  return undefined;
}

const FASTIFY_HOOKS = ['preHandler', 'onRequest', 'preValidation', 'preParsing'];

function fastifyOptionsEvidence(options: ts.Expression | undefined, lowering: TsLowering): AuthEvidence[] {
  const evidence: AuthEvidence[] = [];
  for (const hook of FASTIFY_HOOKS) {
    const value = objectProperty(options, hook);
    const found = value && evidenceOf(value, lowering);
    if (found) evidence.push(found);
  }
  return evidence;
}

function onRouteCall(call: TsCall, lowering: TsLowering): void {
  const method = call.method!;
  const receiverNode = call.receiverNode;
  const receiver = receiverNode ? dottedName(receiverNode) : undefined;

  // app.use(auth) / app.use('/api', auth, router) / router.use(auth)
  if (method === 'use' && receiver && isAppReceiver(receiver, lowering)) {
    const args = call.argNodes.filter((arg) => literalPath(arg) === undefined);
    const evidence = args.map((arg) => evidenceOf(arg, lowering)).filter((found): found is AuthEvidence => found !== undefined);
    const mounted = args.filter((arg) => ts.isIdentifier(arg) && !evidenceOf(arg, lowering)).map((arg) => (arg as ts.Identifier).text);
    if (evidence.length && mounted.length) {
      for (const router of mounted) state(lowering).mountedAuth.set(router, [...(state(lowering).mountedAuth.get(router) ?? []), ...evidence]);
    } else if (evidence.length) {
      const list = state(lowering).receiverAuth.get(receiver) ?? [];
      for (const found of evidence) list.push({ evidence: found, position: state(lowering).counter });
      state(lowering).receiverAuth.set(receiver, list);
    }
    return;
  }
  // fastify.addHook('onRequest', async (request) => { await request.jwtVerify() })
  if (method === 'addHook' && receiver && isAppReceiver(receiver, lowering)) {
    const hookName = literalPath(call.argNodes[0]);
    const hook = call.argNodes[1];
    if (hookName && FASTIFY_HOOKS.includes(hookName) && hook) {
      const found = evidenceOf(hook, lowering) ?? (containsJwtVerify(hook) ? { kind: 'hook' as const, name: `${hookName}:jwtVerify` } : undefined);
      if (found) {
        const list = state(lowering).receiverAuth.get(receiver) ?? [];
        list.push({ evidence: found, position: state(lowering).counter });
        state(lowering).receiverAuth.set(receiver, list);
      }
    }
    return;
  }
  // fastify.route({ method, url, preHandler, handler })
  if (method === 'route' && receiver && isAppReceiver(receiver, lowering) && call.argNodes.length === 1 && ts.isObjectLiteralExpression(call.argNodes[0]!)) {
    const options = call.argNodes[0];
    const path = literalPath(objectProperty(options, 'url') ?? objectProperty(options, 'path'));
    const verb = literalPath(objectProperty(options, 'method')) ?? 'GET';
    if (path !== undefined) addRoute(lowering, 'fastify', receiver, verb, path, call.node, objectProperty(options, 'handler'), fastifyOptionsEvidence(options, lowering));
    return;
  }
  if (!HTTP_METHODS.has(method) || !receiver || !isAppReceiver(receiver, lowering)) return;
  const path = literalPath(call.argNodes[0]);
  if (path === undefined || call.argNodes.length < 2) return;
  const rest = call.argNodes.slice(1);
  const handler = rest[rest.length - 1];
  const middleware = rest.slice(0, -1);
  const evidence: AuthEvidence[] = [];
  for (const item of middleware) {
    if (ts.isObjectLiteralExpression(item)) evidence.push(...fastifyOptionsEvidence(item, lowering));
    else {
      const found = evidenceOf(item, lowering);
      if (found) evidence.push(found);
    }
  }
  const framework = lowering.importedModules.has('fastify') ? 'fastify' : lowering.importedModules.has('koa-router') || lowering.importedModules.has('@koa/router') ? 'koa' : 'express';
  addRoute(lowering, framework, receiver, method === 'del' ? 'delete' : method, path, call.node, handler, evidence);
}

function containsJwtVerify(node: ts.Node): boolean {
  let found = false;
  const visit = (child: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(child) && ts.isPropertyAccessExpression(child.expression) && child.expression.name.text === 'jwtVerify') found = true;
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
const NEST_PUBLIC = /^(?:Public|SkipAuth|AllowAnonymous|IsPublic|NoAuth|Unprotected)$/;

function guardEvidence(decorators: { name: string; args: readonly ts.Expression[] }[]): AuthEvidence[] {
  return decorators
    .filter((decorator) => decorator.name === 'UseGuards' || decorator.name === 'Auth' || decorator.name === 'Authorized' || decorator.name === 'Roles')
    .map((decorator) => ({ kind: 'decorator' as const, name: `${decorator.name}(${decorator.args.map((arg) => dottedName(ts.isCallExpression(arg) || ts.isNewExpression(arg) ? arg.expression : arg) ?? '…').join(', ')})` }));
}

function onNestController(node: ts.ClassLikeDeclaration, lowering: TsLowering): void {
  const classDecorators = decoratorsOf(node);
  const controller = classDecorators.find((decorator) => decorator.name === 'Controller');
  if (!controller) return;
  const prefixArg = controller.args[0];
  const prefix = prefixArg && ts.isStringLiteralLike(prefixArg) ? prefixArg.text : (literalPath(objectProperty(prefixArg, 'path')) ?? '');
  const classAuth = guardEvidence(classDecorators);
  const classPublic = classDecorators.some((decorator) => NEST_PUBLIC.test(decorator.name));
  const group = node.name?.text ?? 'controller';
  for (const member of node.members) {
    if (!ts.isMethodDeclaration(member)) continue;
    const decorators = decoratorsOf(member);
    const route = decorators.find((decorator) => NEST_METHODS[decorator.name]);
    if (!route) continue;
    const sub = route.args[0] && ts.isStringLiteralLike(route.args[0]) ? route.args[0].text : '';
    const path = `/${[prefix, sub].filter(Boolean).join('/')}`.replace(/\/+/g, '/');
    const methodName = member.name && ts.isIdentifier(member.name) ? member.name.text : '<method>';
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
        auth: [...classAuth, ...guardEvidence(decorators)],
        public: classPublic || decorators.some((decorator) => NEST_PUBLIC.test(decorator.name)) || isPublicRoutePath(path),
      },
      receiver: group,
      handler: member,
      position: current.counter,
    });
  }
}

/** `app.useGlobalGuards(new JwtAuthGuard())` and `{ provide: APP_GUARD, useClass: JwtAuthGuard }`. */
function onGlobalGuard(call: TsCall, lowering: TsLowering): void {
  if (call.method === 'useGlobalGuards' && call.argNodes.length) {
    lowering.model.globalAuth.push({ framework: 'nestjs', name: 'useGlobalGuards', loc: lowering.loc(call.node) });
  }
}

function onAppGuardProvider(node: ts.ObjectLiteralExpression, lowering: TsLowering): void {
  const provide = objectProperty(node, 'provide');
  if (provide && dottedName(provide)?.endsWith('APP_GUARD')) lowering.model.globalAuth.push({ framework: 'nestjs', name: 'APP_GUARD', loc: lowering.loc(node) });
}

// ---- Next.js ----

const NEXT_ROUTE_FILE = /(?:^|\/)route\.[cm]?[jt]sx?$/;
const NEXT_MIDDLEWARE_FILE = /^(?:src\/)?middleware\.[cm]?[jt]s$/;

function onNextRouteHandler(node: ts.SignatureDeclaration, fn: { id: number; name: string }, lowering: TsLowering): void {
  if (!NEXT_ROUTE_FILE.test(lowering.model.file) || !ts.isFunctionDeclaration(node) || !node.name || !isExported(node)) return;
  const verb = node.name.text;
  if (!/^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(verb)) return;
  const path = `/${lowering.model.file.replace(/(?:^|\/)route\.[cm]?[jt]sx?$/, '').replace(/^(?:src\/)?app\/?/, '')}`;
  const current = state(lowering);
  current.routes.push({
    route: { id: ++current.counter, framework: 'nextjs', group: 'app', method: verb, path, handler: fn.name, loc: lowering.loc(node.name), auth: [], public: isPublicRoutePath(path) },
    receiver: 'app',
    handler: node,
    position: current.counter,
  });
}

function isExported(node: ts.FunctionDeclaration): boolean {
  return (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export) !== 0;
}

export const tsRoutesRecognizer: TsRecognizer = {
  onCall(call, lowering) {
    if (!call.method) return undefined;
    if (call.receiverNode) onRouteCall(call, lowering);
    onGlobalGuard(call, lowering);
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
    // Next.js middleware that verifies the token guards every route it matches
    if (NEXT_MIDDLEWARE_FILE.test(lowering.model.file) && ts.isFunctionDeclaration(node) && node.name?.text === 'middleware') {
      lowering.state.set('ts-routes-next-middleware', fn.id);
    }
  },
  onModuleEnd(lowering) {
    const middlewareId = lowering.state.get('ts-routes-next-middleware') as number | undefined;
    if (middlewareId !== undefined && (verifiesInside(middlewareId, lowering) || lowering.model.functions.find((fn) => fn.id === middlewareId)?.touchesToken)) {
      lowering.model.globalAuth.push({ framework: 'nextjs', name: 'middleware', loc: lowering.model.functions.find((fn) => fn.id === middlewareId)!.loc });
    }
    const current = state(lowering);
    for (const pending of current.routes) {
      const route = pending.route;
      for (const registered of current.receiverAuth.get(pending.receiver) ?? []) {
        if (registered.position < pending.position) route.auth.push({ kind: 'router-dependency', name: registered.evidence.name });
      }
      for (const evidence of current.mountedAuth.get(pending.receiver) ?? []) route.auth.push({ kind: 'router-dependency', name: evidence.name });
      // an inline check in the handler: it verifies a token itself
      const handler = pending.handler;
      const fn = handler ? (functionModelOf(handler, lowering) ?? lowering.functionOf.get(handler)) : undefined;
      if (fn && verifiesInside(fn.id, lowering)) route.auth.push({ kind: 'inline', name: fn.name });
      lowering.model.routes.push(route);
    }
  },
};

function usesNest(lowering: TsLowering): boolean {
  return lowering.importedModules.has('@nestjs/common') || lowering.importedModules.has('@nestjs/core');
}

function visitProviders(node: ts.Node, lowering: TsLowering): void {
  if (ts.isObjectLiteralExpression(node)) onAppGuardProvider(node, lowering);
  ts.forEachChild(node, (child) => visitProviders(child, lowering));
}
