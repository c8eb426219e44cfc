/**
 * Python recognizer: Flask (routes, blueprints, add_url_rule, MethodView, Flask-RESTful
 * resources), FastAPI (path operations, APIRouter, include_router) and Django REST
 * framework views, with the authentication evidence each route has: auth decorators,
 * `Depends`/`Security` on something that reads or verifies the token, router and app
 * dependencies, before_request hooks and middleware that check the token, and inline
 * checks in the handler. Records one RouteModel per route at the end of the module (when
 * every function's facts are known), and GlobalAuth for authentication that covers routes
 * in other files (an app-wide hook, `include_router(x.router, dependencies=[...])`).
 */
import type { Node } from '../syntax-node.js';
import type { AuthEvidence, FunctionModel, Loc, RouteModel } from '../../../model/types.js';
import { isPublicRoutePath, isSignUpRoute } from '../../../model/routes.js';
import type { PyCall, PyLowering, Recognizer, Scope } from '../lowering-api.js';
import { dottedName, stringContent } from '../syntax.js';
import { checksInline, childrenOf, decodingFunctions, factsOf, factsTable, guards, noteCall, noteCondition, noteReturn, noteValue } from './function-auth.js';
import { importedVerifies } from '../imported-calls.js';
import { ACTION_METHODS, authMixin, djangoClassFramework, functionView, genericMethods, getPermissionsAuth, loginRequiredMiddleware, methodDecoratorTarget, restFrameworkDefaultAuth } from './django.js';

type Framework = 'flask' | 'fastapi' | 'drf' | 'django';

interface Group {
  framework: Framework;
  /** An application object: its hooks and dependencies cover every route of the app, blueprints and routers included. */
  app: boolean;
  prefix: string;
  /** `APIRouter(dependencies=[...])`, `FastAPI(dependencies=[...])`: the Depends targets. */
  dependencies: Node[];
  /** `Api(app, decorators=[...])`, `Namespace(..., decorators=[...])`. */
  decorators: DecoratorAuth[];
  /** before_request hooks (and FastAPI http middleware) registered on it. */
  hooks: HookRef[];
  loc: Loc;
  /** Created by a factory here (not only a name that looks like a router). */
  defined: boolean;
}

interface HookRef {
  name: string;
  fnId?: number;
  /** `before_app_request`: covers the whole app although registered on a blueprint. */
  appWide: boolean;
}

/** What one decorator (or view wrapper) says about authentication. */
interface DecoratorAuth {
  evidence?: AuthEvidence;
  /** Marks the route public on purpose (`@jwt_required(optional=True)`, `permission_classes=[AllowAny]`). */
  public?: boolean;
  /** A decorator defined in this file, resolved at the end: does it (or its wrapper) guard? */
  custom?: string;
}

/** What a function definition carries: decorators and Depends targets, for handlers and dependencies alike. */
interface HandlerInfo {
  fn: FunctionModel;
  decorators: DecoratorAuth[];
  dependencies: Node[];
}

interface ClassView {
  framework: Framework;
  decorators: DecoratorAuth[];
  /** def node ids of its HTTP method handlers. */
  methodDefs: number[];
  methods: string[];
}

interface PendingRoute {
  framework: Framework;
  group: string;
  methods: string[];
  path: string;
  handler: string;
  loc: Loc;
  /** The handler's def node id, when the route decorates it. */
  handlerDef?: number;
  /** `view_func=` / `add_resource(X, …)` / a decorated class: resolved at the end. */
  viewNode?: Node;
  viewClass?: string;
  /** Route-level `dependencies=[...]`. */
  dependencies: Node[];
  /** A method of this class view: the class's own authentication applies, not its other methods'. */
  ownerClass?: string;
  /** The identity parameter the handler takes with a None default (`user=None`), which an auth decorator fills in. */
  identityParameter?: string;
}

/** `parent.include_router(child, prefix=…, dependencies=[…])`, `parent.register_blueprint(child, url_prefix=…)`. */
interface Mount {
  framework: Framework;
  parent: string;
  /** The child as written, and as the walker resolves it through imports. */
  target: string;
  qualified: string;
  prefix: string;
  dependencies: Node[];
  loc: Loc;
}

interface RoutesState {
  groups: Map<string, Group>;
  /** By def node id, and by function id. */
  handlers: Map<number, HandlerInfo>;
  handlersByFn: Map<number, HandlerInfo>;
  classes: Map<string, ClassView>;
  routes: PendingRoute[];
  mounts: Mount[];
  /** `app.add_middleware(JWTAuthMiddleware, …)`: app-wide by name. */
  middleware: { name: string; loc: Loc }[];
  /** `CurrentUser = Annotated[User, Depends(get_current_user)]`: alias → Depends targets. */
  aliases: Map<string, Node[]>;
  /** Authentication a settings module makes the default (`REST_FRAMEWORK`, `LoginRequiredMiddleware`). */
  settingsAuth: { framework: Framework; name: string; loc: Loc }[];
  /** FastAPI class dependencies defined here: a security-scheme subclass, or a class whose `__call__` guards. */
  dependencyClasses: Map<string, { scheme?: string; callDef?: number }>;
}

const STATE_KEY = 'py-routes';

function stateOf(lowering: PyLowering): RoutesState {
  let state = lowering.state.get(STATE_KEY) as RoutesState | undefined;
  if (!state) {
    state = { groups: new Map(), handlers: new Map(), handlersByFn: new Map(), classes: new Map(), routes: [], mounts: [], middleware: [], aliases: new Map(), settingsAuth: [], dependencyClasses: new Map() };
    lowering.state.set(STATE_KEY, state);
  }
  return state;
}

// ---- vocabulary ----

const GROUP_FACTORIES: Record<string, { framework: Framework; app: boolean }> = {
  Flask: { framework: 'flask', app: true },
  Quart: { framework: 'flask', app: true },
  APIFlask: { framework: 'flask', app: true },
  Blueprint: { framework: 'flask', app: false },
  APIBlueprint: { framework: 'flask', app: false },
  Api: { framework: 'flask', app: false }, // Flask-RESTful / Flask-RESTX
  Namespace: { framework: 'flask', app: false },
  FastAPI: { framework: 'fastapi', app: true },
  APIRouter: { framework: 'fastapi', app: false },
};
const WEB_MODULES = ['flask', 'fastapi', 'quart', 'apiflask', 'flask_restful', 'flask_restx', 'starlette'];
const ROUTE_DECORATORS: Record<string, string | undefined> = {
  route: undefined,
  api_route: undefined,
  get: 'GET',
  post: 'POST',
  put: 'PUT',
  patch: 'PATCH',
  delete: 'DELETE',
  head: 'HEAD',
  options: 'OPTIONS',
};
/** Receivers named like an app, blueprint or router, when they are not bound in this file. */
const ROUTER_NAME = /^(?:app|application|api|bp|blueprint|router|ns|[a-z]\w*_(?:bp|blueprint|router|api|app|ns)|(?:bp|api|router)_\w+)$/;
const HTTP_METHOD_NAMES = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'list', 'retrieve', 'create', 'update', 'partial_update', 'destroy']);
const CLASS_VIEW_BASES: Record<string, Framework> = { MethodView: 'flask', View: 'flask', Resource: 'flask' };

/** Decorators that authenticate by name (also as `auth.login_required`, `oidc.require_login`). */
const AUTH_DECORATOR =
  /^(?:\w+_)?(?:login|auth|authentication|jwt|token|api_key|apikey|bearer|permission|permissions|role|roles|scope|scopes|admin|user|staff|superuser|staff_member)_(?:required|needed)$|^(?:requires?|needs?)_(?:auth|authentication|login|token|jwt|api_key|permission|permissions|role|roles|scope|scopes|user|admin)$|^(?:authenticated|protected|roles_accepted|require_oauth|accept_token|authorize|authorized|user_passes_test)$/;
/** Decorators that mark a route public on purpose. */
const PUBLIC_DECORATOR = /^(?:public|public_route|public_endpoint|no_auth|allow_anonymous|skip_auth|auth_exempt|login_exempt|login_not_required|unauthenticated)$/;
/** Dependencies whose name says they authenticate, when their body is not in this file. */
const AUTH_DEPENDENCY_NAME = /current_?\w*?user|superuser|auth|token|jwt|verify|logged_?in|login|permission|principal|credential|api_?key|bearer|require|admin|scope|role|session_?user|identity|protect|guard|oauth/i;
/** Annotated dependency aliases named for the authenticated caller: `CurrentUser`, `AuthUser`, `TokenDep`, `CurrentSuperuserDep`. */
const IMPORTED_AUTH_ALIAS = /^(?:Current|Authenticated|Auth|Verified|Active)[A-Z]\w*$|^\w*(?:User|Principal|Identity|Claims|Token|Auth)Dep$/;
/** FastAPI security schemes: a Depends on one reads the bearer token (and rejects requests without it). */
const SECURITY_SCHEMES = new Set(['OAuth2PasswordBearer', 'OAuth2AuthorizationCodeBearer', 'OAuth2', 'HTTPBearer', 'HTTPBasic', 'HTTPDigest', 'APIKeyHeader', 'APIKeyCookie', 'APIKeyQuery', 'OpenIdConnect']);
const AUTH_MIDDLEWARE = /auth|jwt|token|bearer/i;
/**
 * Handlers public by name: sign-in, sign-up, token and password-reset requests, health,
 * OAuth callbacks, and routes named anonymous or public.
 */
const PUBLIC_HANDLER =
  /^(?:login|logout|log_in|log_out|sign_?in|sign_?up|sign_?out|(?:login|log_in|sign_?in|logout|log_out|sign_?out)_\w+|\w+_(?:login|logout)|register|registration|health|healthz|health_?check|ping|liveness|readiness|favicon|robots_txt|(?:forgot|reset|request|recover)_password(?:_request)?|password_reset(?:_request)?|request_password_reset|(?:oauth|sso|auth)_?callback|\w+_oauth_callback|(?:get_)?anonymous|\w+_anonymous|public|public_\w+|\w+_public|(?:obtain|refresh|get|create|issue)_(?:access_)?token(?:_pair)?|token(?:_obtain(?:_pair)?|_refresh)?)$/;
/** Handlers of an application's home page. */
const HOME_HANDLER = /^(?:index|home|root|landing)$/;

function lastSegment(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? name : name.slice(dot + 1);
}

function firstExpression(decorator: Node): Node | undefined {
  return decorator.namedChildren.find((child) => child.type !== 'comment') ?? undefined;
}

function keywordArgument(call: Node, name: string): Node | undefined {
  for (const argument of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (argument.type === 'keyword_argument' && argument.childForFieldName('name')?.text === name) return argument.childForFieldName('value') ?? undefined;
  }
  return undefined;
}

function positionalArguments(call: Node): Node[] {
  return (call.childForFieldName('arguments')?.namedChildren ?? []).filter((child) => child.type !== 'keyword_argument' && child.type !== 'comment' && child.type !== 'dictionary_splat' && child.type !== 'list_splat');
}

function literal(node: Node | undefined): string | undefined {
  if (node?.type !== 'string' || node.namedChildren.some((child) => child.type === 'interpolation')) return undefined;
  return stringContent(node);
}

/** A path argument: a literal, or a constant the walker already knows. */
function pathOf(node: Node | undefined, lowering: PyLowering, scope: Scope): string | undefined {
  if (!node) return undefined;
  const direct = literal(node);
  if (direct !== undefined) return direct;
  const value = lowering.evalExpr(node, scope);
  return value.kind === 'string' ? value.value : undefined;
}

function methodsOf(node: Node | undefined, lowering: PyLowering, scope: Scope): string[] | undefined {
  if (!node) return undefined;
  const value = lowering.evalExpr(node, scope);
  if (value.kind !== 'list') return undefined;
  const methods = value.items.flatMap((item) => (item.kind === 'string' ? [item.value.toUpperCase()] : []));
  return methods.length ? methods : undefined;
}

/** The targets of `Depends(x)` / `Security(x)` found in a dependency list, a default value or an `Annotated[...]` type. */
function dependsTargets(node: Node | null | undefined, lowering: PyLowering, out: Node[] = [], depth = 0): Node[] {
  if (!node || depth > 6) return out;
  if (node.type === 'call') {
    const callee = node.childForFieldName('function');
    const name = callee ? lastSegment(dottedName(callee) ?? '') : '';
    if (name === 'Depends' || name === 'Security') {
      const target = positionalArguments(node)[0] ?? keywordArgument(node, 'dependency');
      if (target) out.push(target);
    }
    return out;
  }
  if (node.type === 'identifier') {
    const aliased = stateOf(lowering).aliases.get(node.text);
    if (aliased) out.push(...aliased);
    else if (lowering.imports.has(node.text)) {
      // `current_user: CurrentUser` with the alias imported from another module: the dependency link resolved it to,
      // or, when link knows nothing of it (not in the tree), an Annotated alias named for the authenticated caller
      const fact = lowering.importedFact(lowering.importedName(node.text));
      if (fact ? fact.kind === 'function' : IMPORTED_AUTH_ALIAS.test(node.text)) out.push(node);
    }
    return out;
  }
  if (node.type === 'list' || node.type === 'tuple' || node.type === 'subscript' || node.type === 'type' || node.type === 'generic_type' || node.type === 'type_parameter' || node.type === 'parenthesized_expression') {
    for (const child of node.namedChildren) dependsTargets(child, lowering, out, depth + 1);
  }
  return out;
}

/** DRF permission/authentication class lists: AllowAny only (or nothing) is public on purpose. */
function permissionListAuth(list: Node | undefined, setting: string): DecoratorAuth {
  const names = (list?.namedChildren ?? []).filter((child) => child.type !== 'comment').map((child) => lastSegment(dottedName(child) ?? child.text));
  if (names.length === 0 || names.every((name) => name === 'AllowAny')) return { public: setting === 'permission_classes' };
  return { evidence: { kind: 'decorator', name: `${setting}(${names.join(', ')})` } };
}

function decoratorAuth(expression: Node, lowering: PyLowering): DecoratorAuth {
  // @method_decorator(login_required, name="dispatch"): the decorator it applies
  const applied = expression.type === 'call' ? methodDecoratorTarget(expression) : undefined;
  if (applied) return decoratorAuth(applied, lowering);
  const call = expression.type === 'call' ? expression : undefined;
  const nameNode = call ? call.childForFieldName('function') : expression;
  const name = nameNode ? (lowering.qualifiedName(nameNode) ?? dottedName(nameNode)) : undefined;
  if (!name) return {};
  const last = lastSegment(name);
  const written = nameNode ? (dottedName(nameNode) ?? name) : name;
  if (call && (last === 'permission_classes' || last === 'authentication_classes')) return permissionListAuth(positionalArguments(call)[0], last);
  // @action(detail=True, methods=["post"], permission_classes=[AllowAny])
  const permissionKeyword = call ? keywordArgument(call, 'permission_classes') : undefined;
  if (permissionKeyword) return permissionListAuth(permissionKeyword, 'permission_classes');
  // @jwt_required(optional=True): anonymous requests are let through on purpose
  if (call && keywordArgument(call, 'optional')?.type === 'true') return { public: true };
  if (PUBLIC_DECORATOR.test(last)) return { public: true };
  const configured = lowering.config.names['auth-decorators'];
  if (AUTH_DECORATOR.test(last) || configured.includes(last) || configured.includes(written) || configured.includes(name) || importedVerifies(name, lowering)) return { evidence: { kind: 'decorator', name: written } };
  const local = call ? undefined : name;
  if (local && lowering.functionDefs.has(local)) return { custom: local };
  if (call && lowering.functionDefs.has(name)) return { custom: name }; // a decorator factory defined here
  return {};
}

function isWebFile(lowering: PyLowering): boolean {
  return WEB_MODULES.some((module) => lowering.importedModules.has(module));
}

/** The group a route or hook is registered on: a bound app/blueprint/router, or a name that looks like one. */
function groupFor(receiver: string | undefined, lowering: PyLowering, state: RoutesState): { name: string; group: Group } | undefined {
  if (!receiver) return undefined;
  const known = state.groups.get(receiver);
  if (known) return { name: receiver, group: known };
  const last = lastSegment(receiver);
  // `from panel import panel`: a router or blueprint of another module, whatever its name (link says so in a second lowering)
  const [head, ...rest] = receiver.split('.');
  const imported = lowering.imports.has(head!) ? lowering.importedFact([lowering.importedName(head!), ...rest].join('.')) : undefined;
  if (!ROUTER_NAME.test(last) && imported?.kind !== 'group') return undefined;
  if (!isWebFile(lowering) && !lowering.imports.has(head!)) return undefined;
  const group: Group = {
    framework: imported?.kind === 'group' ? (imported.framework as Framework) : lowering.importedModules.has('fastapi') && !lowering.importedModules.has('flask') ? 'fastapi' : 'flask',
    app: last === 'app' || last === 'application',
    prefix: '',
    dependencies: [],
    decorators: [],
    hooks: [],
    loc: { line: 1, column: 1, endLine: 1, endColumn: 1 },
    defined: false,
  };
  state.groups.set(receiver, group);
  return { name: receiver, group };
}

function joinPath(prefix: string, path: string): string {
  if (!prefix) return path;
  return `${prefix.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`.replace(/\/$/, '') || '/';
}

// ---- hooks ----

function onGroupAssign(target: Node, valueNode: Node, lowering: PyLowering, state: RoutesState): void {
  if (valueNode.type !== 'call') return;
  const callee = valueNode.childForFieldName('function');
  const qualified = callee ? lowering.qualifiedName(callee) : undefined;
  const factory = qualified ? GROUP_FACTORIES[lastSegment(qualified)] : undefined;
  const name = dottedName(target);
  if (!factory || !name || !qualified) return;
  const head = qualified.split('.')[0]!;
  if (!WEB_MODULES.includes(head) && !isWebFile(lowering)) return;
  const prefix = literal(keywordArgument(valueNode, 'prefix') ?? keywordArgument(valueNode, 'url_prefix') ?? (lastSegment(qualified) === 'Namespace' ? keywordArgument(valueNode, 'path') : undefined)) ?? '';
  const decorators = (keywordArgument(valueNode, 'decorators')?.namedChildren ?? []).filter((child) => child.type !== 'comment').map((child) => decoratorAuth(child, lowering));
  state.groups.set(name, {
    framework: factory.framework,
    app: factory.app,
    prefix,
    dependencies: dependsTargets(keywordArgument(valueNode, 'dependencies'), lowering),
    decorators,
    hooks: [],
    loc: lowering.loc(valueNode),
    defined: true,
  });
}

function onRegistrationCall(call: PyCall, lowering: PyLowering, scope: Scope, state: RoutesState): void {
  const method = call.method;
  const receiver = call.receiverNode ? dottedName(call.receiverNode) : undefined;
  if (!method || !receiver) return;
  switch (method) {
    case 'add_url_rule': {
      const found = groupFor(receiver, lowering, state);
      const path = pathOf(call.kwargNodes.get('rule') ?? call.argNodes[0], lowering, scope);
      const view = call.kwargNodes.get('view_func') ?? call.argNodes[2];
      if (!found || path === undefined || !view) return;
      state.routes.push({
        framework: found.group.framework,
        group: found.name,
        // class views answer the methods they define; a function view answers GET unless told
        methods: methodsOf(call.kwargNodes.get('methods'), lowering, scope) ?? (isClassView(view) ? [] : ['GET']),
        path: joinPath(found.group.prefix, path),
        handler: viewName(view),
        loc: lowering.loc(call.node),
        viewNode: view,
        dependencies: [],
      });
      return;
    }
    case 'add_resource': {
      const found = groupFor(receiver, lowering, state);
      const resource = call.argNodes[0];
      const path = pathOf(call.argNodes[1], lowering, scope);
      if (!found || !resource || path === undefined) return;
      state.routes.push({ framework: 'flask', group: found.name, methods: [], path: joinPath(found.group.prefix, path), handler: resource.text, loc: lowering.loc(call.node), viewClass: dottedName(resource), dependencies: [] });
      return;
    }
    case 'include_router':
    case 'register_blueprint': {
      const child = call.argNodes[0] ?? call.kwargNodes.get(method === 'include_router' ? 'router' : 'blueprint');
      const target = child ? dottedName(child) : undefined;
      const qualified = child ? lowering.qualifiedName(child) : undefined;
      if (!target || !qualified) return;
      const prefix = pathOf(call.kwargNodes.get(method === 'include_router' ? 'prefix' : 'url_prefix'), lowering, scope) ?? '';
      const dependencies = method === 'include_router' ? dependsTargets(call.kwargNodes.get('dependencies'), lowering) : [];
      state.mounts.push({ framework: method === 'include_router' ? 'fastapi' : 'flask', parent: receiver, target, qualified, prefix, dependencies, loc: lowering.loc(call.node) });
      return;
    }
    case 'before_request':
    case 'before_app_request': {
      const found = groupFor(receiver, lowering, state);
      const hook = call.argNodes[0];
      if (found && hook?.type === 'identifier') found.group.hooks.push({ name: hook.text, appWide: method === 'before_app_request' || found.group.app });
      return;
    }
    case 'add_middleware': {
      const middleware = call.argNodes[0] ? dottedName(call.argNodes[0]) : undefined;
      if (middleware && AUTH_MIDDLEWARE.test(lastSegment(middleware)) && groupFor(receiver, lowering, state)?.group.app) state.middleware.push({ name: middleware, loc: lowering.loc(call.node) });
      return;
    }
  }
}

function isClassView(view: Node): boolean {
  return view.type === 'call' && (view.childForFieldName('function')?.text.endsWith('.as_view') || positionalArguments(view).some(isClassView));
}

function viewName(view: Node): string {
  if (view.type === 'call') {
    const callee = view.childForFieldName('function');
    const owner = callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'as_view' ? callee.childForFieldName('object') : undefined;
    if (owner) return owner.text;
    const inner = positionalArguments(view)[0];
    return inner ? viewName(inner) : view.text;
  }
  return dottedName(view) ?? view.text;
}

function onDefinition(def: Node, decorators: Node[], fn: FunctionModel, lowering: PyLowering, scope: Scope, state: RoutesState): void {
  factsOf(lowering, fn).parentId = scope.parent?.fn?.id;
  for (const value of scope.vars.values()) noteValue(value, lowering, scope);

  const info: HandlerInfo = { fn, decorators: [], dependencies: [] };
  const routes: PendingRoute[] = [];
  for (const decorator of decorators) {
    const expression = firstExpression(decorator);
    if (!expression) continue;
    const callee = expression.type === 'call' ? expression.childForFieldName('function') : expression;
    const attribute = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
    const receiver = callee?.type === 'attribute' ? dottedName(callee.childForFieldName('object')!) : undefined;
    if (attribute === 'before_request' || attribute === 'before_app_request' || (attribute === 'middleware' && expression.type === 'call')) {
      const found = groupFor(receiver, lowering, state);
      if (found) {
        found.group.hooks.push({ name: fn.name, fnId: fn.id, appWide: attribute === 'before_app_request' || found.group.app });
        continue;
      }
    }
    if (expression.type === 'call' && attribute !== undefined && attribute in ROUTE_DECORATORS) {
      const found = groupFor(receiver, lowering, state);
      const path = pathOf(positionalArguments(expression)[0] ?? keywordArgument(expression, 'rule') ?? keywordArgument(expression, 'path'), lowering, scope.parent ?? scope);
      if (found && path !== undefined) {
        const fixed = ROUTE_DECORATORS[attribute];
        routes.push({
          framework: found.group.framework,
          group: found.name,
          methods: fixed ? [fixed] : (methodsOf(keywordArgument(expression, 'methods'), lowering, scope.parent ?? scope) ?? ['GET']),
          path: joinPath(found.group.prefix, path),
          handler: fn.name,
          loc: lowering.loc(decorator),
          handlerDef: def.id,
          dependencies: dependsTargets(keywordArgument(expression, 'dependencies'), lowering),
        });
        continue;
      }
    }
    info.decorators.push(decoratorAuth(expression, lowering));
  }
  for (const parameter of def.childForFieldName('parameters')?.namedChildren ?? []) {
    dependsTargets(parameter.childForFieldName('value'), lowering, info.dependencies);
    dependsTargets(parameter.childForFieldName('type'), lowering, info.dependencies);
  }
  // Django and DRF function views are routed in urls.py: the view itself, grouped by module
  const view = routes.length === 0 ? functionView(def, decorators, lowering) : undefined;
  if (view) {
    const identity = identityParameter(def);
    routes.push({ framework: view.framework, group: 'views', methods: view.methods, path: '', handler: fn.name, loc: lowering.loc(def.childForFieldName('name') ?? def), handlerDef: def.id, dependencies: [], ...(identity ? { identityParameter: identity } : {}) });
  }
  const identity = routes.length > 0 ? identityParameter(def) : undefined;
  for (const route of routes) {
    if (identity && route.identityParameter === undefined && route.framework !== 'fastapi') route.identityParameter = identity;
  }
  state.handlers.set(def.id, info);
  state.handlersByFn.set(fn.id, info);
  state.routes.push(...routes);
}

/** Parameters named like the caller's identity with a None default (`user=None`): an auth decorator fills them in. */
const IDENTITY_PARAMETER = /^(?:user|current_user|auth_user|authenticated_user|request_user|identity|principal|account|member)$/;

function identityParameter(def: Node): string | undefined {
  for (const parameter of def.childForFieldName('parameters')?.namedChildren ?? []) {
    if (parameter.type !== 'default_parameter' && parameter.type !== 'typed_default_parameter') continue;
    const name = parameter.childForFieldName('name')?.text;
    if (name && IDENTITY_PARAMETER.test(name) && parameter.childForFieldName('value')?.type === 'none') return name;
  }
  return undefined;
}

function onClassView(cls: Node, decorators: Node[], lowering: PyLowering, scope: Scope, state: RoutesState): void {
  const name = cls.childForFieldName('name')?.text;
  const bases = (cls.childForFieldName('superclasses')?.namedChildren ?? []).map((base) => lastSegment(lowering.qualifiedName(base) ?? base.text));
  if (!name) return;
  if (lowering.importedModules.has('fastapi')) noteDependencyClass(cls, name, bases, state);
  let framework: Framework | undefined = djangoClassFramework(bases, lowering);
  if (!framework && bases.some((base) => CLASS_VIEW_BASES[base]) && isWebFile(lowering)) framework = 'flask';
  else if (!framework && state.classes.has(bases[0] ?? '')) framework = state.classes.get(bases[0]!)!.framework; // a view deriving from a view defined here
  if (!framework) return;

  const inherited = state.classes.get(bases[0] ?? '');
  const view: ClassView = { framework, decorators: [...(inherited?.decorators ?? [])], methodDefs: [], methods: [] };
  const mixin = authMixin(bases);
  if (mixin) view.decorators.push({ evidence: { kind: 'decorator', name: mixin } });
  // @method_decorator(login_required, name="dispatch") on the class
  for (const decorator of decorators) {
    const expression = firstExpression(decorator);
    if (expression?.type === 'call' && methodDecoratorTarget(expression)) view.decorators.push(decoratorAuth(expression, lowering));
  }
  const methodRoutes: { def: Node; decorator: Node | undefined; methods: string[] }[] = [];
  for (const statement of cls.childForFieldName('body')?.namedChildren ?? []) {
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    if (assignment?.type === 'assignment') {
      const setting = assignment.childForFieldName('left')?.text;
      const right = assignment.childForFieldName('right') ?? undefined;
      if (setting === 'permission_classes' || setting === 'authentication_classes') view.decorators.push(permissionListAuth(right, setting));
      else if ((setting === 'decorators' || setting === 'method_decorators') && right) {
        const elements = right.type === 'dictionary' ? right.namedChildren.flatMap((pair) => pair.childForFieldName('value')?.namedChildren ?? []) : right.namedChildren;
        for (const element of elements) if (element.type !== 'comment') view.decorators.push(decoratorAuth(element, lowering));
      }
      continue;
    }
    const decorated = statement.type === 'decorated_definition' ? statement : undefined;
    const def = decorated ? decorated.childForFieldName('definition') : statement;
    const method = def?.type === 'function_definition' ? def.childForFieldName('name')?.text : undefined;
    if (!def || !method) continue;
    const methodDecorators = decorated?.namedChildren.filter((child) => child.type === 'decorator') ?? [];
    if (framework === 'drf' && method === 'get_permissions') {
      const found = getPermissionsAuth(def);
      if (found) view.decorators.push('public' in found ? { public: true } : { evidence: { kind: 'decorator', name: found.evidence } });
      continue;
    }
    // decorators on dispatch() guard every method of the view
    if ((framework === 'django' || framework === 'drf') && method === 'dispatch') {
      for (const decorator of methodDecorators) {
        const expression = firstExpression(decorator);
        if (expression) view.decorators.push(decoratorAuth(expression, lowering));
      }
      continue;
    }
    // @action(detail=True, methods=["post"]): an extra ViewSet route
    const action = methodDecorators.find((decorator) => /^@\s*(?:[\w.]+\.)?action\(/.test(decorator.text));
    if (framework === 'drf' && action) {
      const list = keywordArgument(firstExpression(action)!, 'methods');
      const methods = (list?.namedChildren ?? []).filter((child) => child.type === 'string').map((child) => stringContent(child).toUpperCase());
      methodRoutes.push({ def, decorator: action, methods: methods.length ? methods : ['GET'] });
      continue;
    }
    if (HTTP_METHOD_NAMES.has(method)) {
      view.methodDefs.push(def.id);
      view.methods.push(method.toUpperCase());
      methodRoutes.push({ def, decorator: undefined, methods: [ACTION_METHODS[method] ?? method.toUpperCase()] });
    }
  }
  state.classes.set(name, view);

  // flask-restx: @ns.route("/items") on the resource class
  for (const decorator of decorators) {
    const expression = firstExpression(decorator);
    const callee = expression?.type === 'call' ? expression.childForFieldName('function') : undefined;
    if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'route') continue;
    const found = groupFor(dottedName(callee.childForFieldName('object')!), lowering, state);
    const path = pathOf(positionalArguments(expression!)[0], lowering, scope);
    if (found && path !== undefined) state.routes.push({ framework: 'flask', group: found.name, methods: [], path: joinPath(found.group.prefix, path), handler: name, loc: lowering.loc(decorator), viewClass: name, dependencies: [] });
  }
  // Django and DRF views are routed in urls.py: one route per method, grouped by module
  if (framework === 'drf' || framework === 'django') {
    for (const { def, methods } of methodRoutes) {
      const method = def.childForFieldName('name')?.text ?? 'view';
      const identity = identityParameter(def);
      state.routes.push({ framework, group: 'views', methods, path: '', handler: `${name}.${method}`, loc: lowering.loc(def.childForFieldName('name') ?? def), handlerDef: def.id, ownerClass: name, dependencies: [], ...(identity ? { identityParameter: identity } : {}) });
    }
    if (methodRoutes.length === 0 && !inherited) {
      state.routes.push({ framework, group: 'views', methods: genericMethods(bases), path: '', handler: name, loc: lowering.loc(cls.childForFieldName('name') ?? cls), ownerClass: name, dependencies: [] });
    }
  }
}

/** FastAPI class dependencies: `class JWTBearer(HTTPBearer)`, or a class whose `__call__` reads or checks the token. */
function noteDependencyClass(cls: Node, name: string, bases: string[], state: RoutesState): void {
  const scheme = bases.find((base) => SECURITY_SCHEMES.has(base));
  let callDef: number | undefined;
  for (const statement of cls.childForFieldName('body')?.namedChildren ?? []) {
    const def = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (def?.type === 'function_definition' && def.childForFieldName('name')?.text === '__call__') callDef = def.id;
  }
  if (scheme || callDef !== undefined) state.dependencyClasses.set(name, { ...(scheme ? { scheme } : {}), ...(callDef !== undefined ? { callDef } : {}) });
}

// ---- resolution at the end of the module ----

interface Resolver {
  lowering: PyLowering;
  state: RoutesState;
  guards(fnId: number): boolean;
  inline(fnId: number): boolean;
}

function makeResolver(lowering: PyLowering, state: RoutesState): Resolver {
  const table = factsTable(lowering);
  const decoding = decodingFunctions(lowering);
  const children = childrenOf(table);
  const guarded = new Map<number, boolean>();
  return {
    lowering,
    state,
    guards(fnId) {
      let known = guarded.get(fnId);
      if (known === undefined) guarded.set(fnId, (known = guards(fnId, table, decoding, children)));
      return known;
    },
    inline: (fnId) => checksInline(table.get(fnId), decoding, (name) => {
      const def = lowering.functionDefs.get(name);
      const fn = def ? state.handlers.get(def.id)?.fn : undefined;
      return fn ? table.get(fn.id) : undefined;
    }),
  };
}

function handlerByName(name: string, resolver: Resolver): HandlerInfo | undefined {
  const def = resolver.lowering.functionDefs.get(name);
  return def ? resolver.state.handlers.get(def.id) : undefined;
}

/** Evidence from a decorator: named auth, or a decorator defined here whose wrapper guards. */
function evidenceOfDecorator(decorator: DecoratorAuth, resolver: Resolver, seen: Set<string>): AuthEvidence | undefined {
  if (decorator.evidence) return decorator.evidence;
  if (!decorator.custom || seen.has(decorator.custom)) return undefined;
  seen.add(decorator.custom);
  const info = handlerByName(decorator.custom, resolver);
  if (info && (resolver.guards(info.fn.id) || functionAuth(info, resolver, seen).length > 0)) return { kind: 'decorator', name: decorator.custom };
  return undefined;
}

/** Evidence from a Depends target: a security scheme, a dependency that guards (or depends on one that does), or an auth-like name. */
function evidenceOfDependency(target: Node, resolver: Resolver, seen: Set<string>): AuthEvidence | undefined {
  const { lowering } = resolver;
  const expression = target.type === 'call' ? target.childForFieldName('function') : target;
  const name = expression ? (lowering.qualifiedName(expression) ?? dottedName(expression)) : undefined;
  if (!name) return undefined;
  const written = expression ? (dottedName(expression) ?? name) : name;
  if (target.type === 'call' && SECURITY_SCHEMES.has(lastSegment(name))) return { kind: 'dependency', name: `${lastSegment(name)}()` };
  // Depends(JWTBearer()), Depends(RoleChecker(["admin"])): a class dependency defined here
  const dependencyClass = target.type === 'call' ? resolver.state.dependencyClasses.get(lastSegment(name)) : undefined;
  if (dependencyClass?.scheme) return { kind: 'dependency', name: `${lastSegment(name)}()` };
  if (dependencyClass?.callDef !== undefined) {
    const call = resolver.state.handlers.get(dependencyClass.callDef);
    if (call && (resolver.guards(call.fn.id) || functionAuth(call, resolver, seen).length > 0)) return { kind: 'dependency', name: `${lastSegment(name)}()` };
  }
  const bound = lowering.lookup(written, lowering.moduleScope);
  if (bound?.kind === 'unknown' && bound.name?.endsWith('()') && SECURITY_SCHEMES.has(lastSegment(bound.name.slice(0, -2)))) return { kind: 'dependency', name: written };
  const info = handlerByName(written, resolver);
  if (info && !seen.has(written)) {
    seen.add(written);
    if (resolver.guards(info.fn.id) || functionAuth(info, resolver, seen).length > 0) return { kind: 'dependency', name: written };
  }
  // a dependency of another module: by what link knows it does, else by its name
  if (importedVerifies(name, lowering) || AUTH_DEPENDENCY_NAME.test(lastSegment(written))) return { kind: 'dependency', name: written };
  return undefined;
}

/** The evidence a function carries itself: auth decorators and Depends on something that authenticates. */
function functionAuth(info: HandlerInfo, resolver: Resolver, seen: Set<string>): AuthEvidence[] {
  const evidence: AuthEvidence[] = [];
  for (const decorator of info.decorators) {
    const found = evidenceOfDecorator(decorator, resolver, seen);
    if (found) evidence.push(found);
  }
  for (const target of info.dependencies) {
    const found = evidenceOfDependency(target, resolver, seen);
    if (found) evidence.push(found);
  }
  return evidence;
}

function hookEvidence(hook: HookRef, resolver: Resolver): AuthEvidence | undefined {
  const info = hook.fnId !== undefined ? resolver.state.handlersByFn.get(hook.fnId) : handlerByName(hook.name, resolver);
  // `bp.before_request(check_token)` with the hook imported from another module
  if (!info) return importedVerifies(resolver.lowering.imports.get(hook.name), resolver.lowering) ? { kind: 'hook', name: hook.name } : undefined;
  // the hook checks the token itself, or carries an auth decorator (@bp.before_request @jwt_required())
  if (resolver.guards(info.fn.id) || functionAuth(info, resolver, new Set()).length) return { kind: 'hook', name: hook.name };
  return undefined;
}

function groupEvidence(group: Group, resolver: Resolver): { own: AuthEvidence[]; appWide: AuthEvidence[] } {
  const own: AuthEvidence[] = [];
  const appWide: AuthEvidence[] = [];
  for (const target of group.dependencies) {
    const found = evidenceOfDependency(target, resolver, new Set());
    if (found) (group.app ? appWide : own).push({ kind: 'router-dependency', name: found.name });
  }
  for (const decorator of group.decorators) {
    const found = evidenceOfDecorator(decorator, resolver, new Set());
    if (found) own.push({ kind: 'router-dependency', name: found.name });
  }
  for (const hook of group.hooks) {
    const found = hookEvidence(hook, resolver);
    if (found) (hook.appWide ? appWide : own).push(found);
  }
  return { own, appWide };
}

interface ViewAuth {
  evidence: AuthEvidence[];
  public: boolean;
  handlerFnIds: number[];
}

function viewAuth(route: PendingRoute, resolver: Resolver): ViewAuth {
  const result: ViewAuth = { evidence: [], public: false, handlerFnIds: [] };
  const addDecorator = (decorator: DecoratorAuth): void => {
    if (decorator.public) result.public = true;
    const found = evidenceOfDecorator(decorator, resolver, new Set());
    if (found) result.evidence.push(found);
  };
  const addHandler = (info: HandlerInfo | undefined): void => {
    if (!info) return;
    result.handlerFnIds.push(info.fn.id);
    for (const decorator of info.decorators) if (decorator.public) result.public = true;
    result.evidence.push(...functionAuth(info, resolver, new Set()));
  };
  const addClass = (name: string | undefined): void => {
    const view = name ? resolver.state.classes.get(lastSegment(name)) : undefined;
    if (!view) return;
    for (const decorator of view.decorators) addDecorator(decorator);
    for (const defId of view.methodDefs) addHandler(resolver.state.handlers.get(defId));
    if (route.methods.length === 0) route.methods = view.methods;
  };
  if (route.handlerDef !== undefined) addHandler(resolver.state.handlers.get(route.handlerDef));
  if (route.viewClass) addClass(route.viewClass);
  if (route.ownerClass) for (const decorator of resolver.state.classes.get(route.ownerClass)?.decorators ?? []) addDecorator(decorator);
  // view_func=login_required(handler), view_func=ItemAPI.as_view("items"), view_func=handler
  for (let view = route.viewNode; view; ) {
    if (view.type === 'call') {
      const callee = view.childForFieldName('function');
      if (callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'as_view') {
        addClass(dottedName(callee.childForFieldName('object')!));
        break;
      }
      addDecorator(decoratorAuth(view, resolver.lowering));
      if (callee) addDecorator(decoratorAuth(callee, resolver.lowering));
      view = positionalArguments(view)[0];
    } else {
      const name = dottedName(view);
      if (name) addHandler(handlerByName(name, resolver));
      break;
    }
  }
  for (const target of route.dependencies) {
    const found = evidenceOfDependency(target, resolver, new Set());
    if (found) result.evidence.push(found);
  }
  return result;
}

/** `SignUpView.post` → `sign_up`, `PasswordResetAPIView` → `password_reset`: a view class named for what it does. */
function classPurpose(handler: string): string | undefined {
  const owner = handler.includes('.') ? handler.slice(0, handler.indexOf('.')) : /^[A-Z]/.test(handler) ? handler : undefined;
  if (!owner) return undefined;
  return owner
    .replace(/(?:API)?(?:View|ViewSet|Resource|Handler|Endpoint)$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

function isPublicRoute(route: PendingRoute, group: Group | undefined): boolean {
  if (isPublicRoutePath(route.path)) return true;
  if (PUBLIC_HANDLER.test(route.handler)) return true;
  const purpose = classPurpose(route.handler);
  if (purpose && PUBLIC_HANDLER.test(purpose)) return true;
  // Django's home page view (`def index(request)`, `class HomeView(TemplateView)`): urls.py routes it at "/"
  if ((route.framework === 'django' || route.framework === 'drf') && (HOME_HANDLER.test(route.handler) || (purpose !== undefined && HOME_HANDLER.test(purpose)))) return true;
  if (route.methods.length === 1 && isSignUpRoute(route.methods[0]!, route.path)) return true;
  // an application's home page (on a blueprint or router, "/" is the prefix's collection)
  if (group?.app && (route.path === '/' || HOME_HANDLER.test(route.handler))) return true;
  return false;
}

function resolveRoutes(lowering: PyLowering): void {
  const state = lowering.state.get(STATE_KEY) as RoutesState | undefined;
  if (!state) return;
  const resolver = makeResolver(lowering, state);
  const model = lowering.model;

  const ownByGroup = new Map<string, AuthEvidence[]>();
  const appWide: { framework: Framework; evidence: AuthEvidence }[] = [];
  for (const [name, group] of state.groups) {
    const evidence = groupEvidence(group, resolver);
    ownByGroup.set(name, evidence.own);
    for (const found of evidence.appWide) appWide.push({ framework: group.framework, evidence: found });
  }
  for (const middleware of state.middleware) appWide.push({ framework: 'fastapi', evidence: { kind: 'hook', name: middleware.name } });
  for (const { framework, evidence } of appWide) model.globalAuth.push({ framework, name: evidence.name, loc: lowering.loc(lowering.tree.rootNode) });
  // settings that make authentication the default for every view of the project
  for (const setting of state.settingsAuth) model.globalAuth.push({ framework: setting.framework, name: setting.name, loc: setting.loc });

  // every mount goes to link, which joins them across files (prefixes, the auth they apply, the groups they form)
  for (const mount of state.mounts) {
    const evidence = mount.dependencies.map((target) => evidenceOfDependency(target, resolver, new Set())).filter((found): found is AuthEvidence => found !== undefined);
    const names = evidence.map((found) => found.name).join(', ');
    const auth = evidence.length ? [{ kind: 'router-dependency' as const, name: `include_router(${mount.target}, dependencies=[${names}])` }] : [];
    if (evidence.length && state.groups.has(mount.target)) ownByGroup.set(mount.target, [...(ownByGroup.get(mount.target) ?? []), ...evidence.map((found) => ({ kind: 'router-dependency' as const, name: found.name }))]);
    (model.routerMounts ??= []).push({ framework: mount.framework, parent: mount.parent, child: mount.qualified, prefix: mount.prefix, auth, loc: mount.loc });
  }
  for (const [name, group] of state.groups) {
    if (group.defined) (model.routerGroups ??= []).push({ framework: group.framework, name, prefix: group.prefix, auth: ownByGroup.get(name) ?? [], loc: group.loc });
  }

  let id = model.routes.length;
  for (const pending of state.routes) {
    const group = state.groups.get(pending.group);
    const view = viewAuth(pending, resolver);
    const auth: AuthEvidence[] = [...view.evidence, ...(ownByGroup.get(pending.group) ?? [])];
    for (const wide of appWide) if (wide.framework === pending.framework) auth.push(wide.evidence);
    for (const fnId of view.handlerFnIds) {
      if (resolver.inline(fnId)) {
        auth.push({ kind: 'inline', name: pending.handler });
        break;
      }
    }
    const route: RouteModel = {
      id: ++id,
      framework: pending.framework,
      group: pending.group,
      method: (pending.methods.length ? pending.methods : ['*']).join(','),
      path: pending.path,
      handler: pending.handler,
      loc: pending.loc,
      auth: dedupe(auth),
      public: view.public || isPublicRoute(pending, group),
      ...(pending.identityParameter ? { identityParameter: pending.identityParameter } : {}),
    };
    model.routes.push(route);
  }
}

function dedupe(evidence: AuthEvidence[]): AuthEvidence[] {
  const seen = new Set<string>();
  return evidence.filter((found) => {
    const key = `${found.kind}:${found.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether a function's decorators or Depends parameters authenticate (a dependency built on one that verifies), for its summary. */
export function dependenciesAuthenticate(lowering: PyLowering, fnId: number): boolean {
  const state = lowering.state.get(STATE_KEY) as RoutesState | undefined;
  const info = state?.handlersByFn.get(fnId);
  return state !== undefined && info !== undefined && functionAuth(info, makeResolver(lowering, state), new Set()).length > 0;
}

/** `CurrentUser = Annotated[User, Depends(get_current_user)]` aliases of this module, for other modules that import them. */
export function dependencyAliases(lowering: PyLowering): Map<string, Node[]> {
  return (lowering.state.get(STATE_KEY) as RoutesState | undefined)?.aliases ?? new Map();
}

/** `REST_FRAMEWORK = {"DEFAULT_PERMISSION_CLASSES": [...]}`, `MIDDLEWARE = [..., "…LoginRequiredMiddleware"]` in a settings module. */
function onSettings(name: string, valueNode: Node, lowering: PyLowering, state: RoutesState): void {
  if (name === 'REST_FRAMEWORK') {
    const auth = restFrameworkDefaultAuth(valueNode);
    if (auth) state.settingsAuth.push({ framework: 'drf', name: auth, loc: lowering.loc(valueNode) });
    return;
  }
  const middleware = loginRequiredMiddleware(valueNode);
  if (middleware) for (const framework of ['django', 'drf'] as const) state.settingsAuth.push({ framework, name: middleware, loc: lowering.loc(valueNode) });
}

export const routesRecognizer: Recognizer = {
  onCall(call, lowering, scope) {
    if (lowering.isSilent) return undefined;
    noteCall(call, lowering, scope);
    if (call.receiverNode) onRegistrationCall(call, lowering, scope, stateOf(lowering));
    return undefined;
  },
  onAssign(target, value, valueNode, lowering, scope) {
    noteValue(value, lowering, scope);
    onGroupAssign(target, valueNode, lowering, stateOf(lowering));
    if (target.type === 'identifier' && (target.text === 'REST_FRAMEWORK' || target.text === 'MIDDLEWARE') && scope === lowering.moduleScope) onSettings(target.text, valueNode, lowering, stateOf(lowering));
    if (target.type === 'identifier' && valueNode.type === 'subscript' && /^(?:typing\.)?Annotated$/.test(valueNode.childForFieldName('value')?.text ?? '')) {
      const targets = dependsTargets(valueNode, lowering);
      if (targets.length) stateOf(lowering).aliases.set(target.text, targets);
    }
  },
  onFunction(def, decorators, fn, lowering, scope) {
    onDefinition(def, decorators, fn, lowering, scope, stateOf(lowering));
  },
  onClass(cls, decorators, lowering, scope) {
    onClassView(cls, decorators, lowering, scope, stateOf(lowering));
  },
  onCondition(condition, value, lowering, scope) {
    noteValue(value, lowering, scope);
    noteCondition(condition, lowering, scope);
  },
  onCompare(_node, _operator, left, right, lowering, scope) {
    noteValue(left, lowering, scope);
    noteValue(right, lowering, scope);
  },
  onReturn(_node, value, lowering, scope) {
    noteReturn(value, lowering, scope);
  },
  onModuleEnd(lowering) {
    resolveRoutes(lowering);
  },
};
