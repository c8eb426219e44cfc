/**
 * Django and Django REST framework vocabulary for the routes recognizer: which classes are
 * views and which HTTP methods they answer, which mixins and decorators authenticate, what
 * `get_permissions()` and the `REST_FRAMEWORK` settings say, and which module-level
 * functions are function views. Pure functions over syntax; routes.ts records the routes.
 */
import type { Node } from '../syntax-node.js';
import type { PyLowering } from '../lowering-api.js';
import { dottedName, stringContent } from '../syntax.js';

export type DjangoFramework = 'drf' | 'django';

const DRF_BASE = /APIView$|ViewSet$|^GenericAPIView$|^(?:List|Create|Retrieve|Update|Destroy|ListCreate|RetrieveUpdate|RetrieveDestroy|RetrieveUpdateDestroy)APIView$/;
const DJANGO_VIEW_BASE = /^(?:View|TemplateView|RedirectView|ListView|DetailView|CreateView|UpdateView|DeleteView|FormView|ArchiveIndexView|YearArchiveView|MonthArchiveView|DayArchiveView|DateDetailView)$/;

/** The HTTP methods of DRF generic views and viewsets that define no handler methods themselves. */
const GENERIC_METHODS: [RegExp, string[]][] = [
  [/^ReadOnlyModelViewSet$/, ['GET']],
  [/^ListAPIView$|^RetrieveAPIView$/, ['GET']],
  [/^CreateAPIView$/, ['POST']],
  [/^ListCreateAPIView$/, ['GET', 'POST']],
  [/^UpdateAPIView$/, ['PUT', 'PATCH']],
  [/^DestroyAPIView$/, ['DELETE']],
  [/^RetrieveUpdateAPIView$/, ['GET', 'PUT', 'PATCH']],
  [/^RetrieveDestroyAPIView$/, ['GET', 'DELETE']],
  [/^RetrieveUpdateDestroyAPIView$/, ['GET', 'PUT', 'PATCH', 'DELETE']],
  [/ViewSet$/, ['*']],
];

/** ViewSet actions and the HTTP method each answers. */
export const ACTION_METHODS: Record<string, string> = { list: 'GET', retrieve: 'GET', create: 'POST', update: 'PUT', partial_update: 'PATCH', destroy: 'DELETE' };

/** Mixins that make a class-based view require a signed-in or permitted user. */
const AUTH_MIXIN = /^(?:LoginRequired|PermissionRequired|UserPassesTest|Staff(?:user|Member)?Required|SuperuserRequired|GroupRequired|MultiplePermissionsRequired|Access)Mixin$/;

/** The framework a class with these bases belongs to, when it is a Django or DRF view. */
export function djangoClassFramework(bases: string[], lowering: PyLowering): DjangoFramework | undefined {
  if (lowering.importedModules.has('rest_framework') && bases.some((base) => DRF_BASE.test(base))) return 'drf';
  if (lowering.importedModules.has('django') && bases.some((base) => DJANGO_VIEW_BASE.test(base))) return 'django';
  return undefined;
}

/** The methods Django's generic class-based views answer. */
const DJANGO_GENERIC_METHODS: [RegExp, string[]][] = [
  [/^(?:TemplateView|RedirectView|ListView|DetailView|ArchiveIndexView|YearArchiveView|MonthArchiveView|DayArchiveView|DateDetailView)$/, ['GET']],
  [/^(?:CreateView|UpdateView|FormView|DeleteView)$/, ['GET', 'POST']],
];

/** The methods a view class answers when it defines none itself (generic views, model viewsets). */
export function genericMethods(bases: string[]): string[] {
  for (const [pattern, methods] of DJANGO_GENERIC_METHODS) if (bases.some((base) => pattern.test(base))) return methods;
  for (const [pattern, methods] of GENERIC_METHODS) if (bases.some((base) => pattern.test(base))) return methods;
  return ['*'];
}

/** `LoginRequiredMixin` among the bases. */
export function authMixin(bases: string[]): string | undefined {
  return bases.find((base) => AUTH_MIXIN.test(base));
}

/** `method_decorator(login_required, name="dispatch")` → the decorator it applies. */
export function methodDecoratorTarget(call: Node): Node | undefined {
  const callee = call.childForFieldName('function');
  if (!callee || (dottedName(callee) ?? '').split('.').pop() !== 'method_decorator') return undefined;
  return call.childForFieldName('arguments')?.namedChildren.find((child) => child.type !== 'keyword_argument' && child.type !== 'comment') ?? undefined;
}

const PERMISSION_CLASS = /^(?:Is\w+|\w*Permission\w*|Has\w+|DjangoModelPermissions\w*|DjangoObjectPermissions|TokenHasScope\w*|TokenHasReadWriteScope)$/;

/**
 * What a `get_permissions()` override returns: the permission classes it names. Only
 * AllowAny: public; another permission class: authentication (for some actions at least).
 */
export function getPermissionsAuth(def: Node): { public: true } | { evidence: string } | undefined {
  const names = new Set<string>();
  const visit = (node: Node): void => {
    if (node.type === 'identifier' || node.type === 'attribute') {
      const last = (dottedName(node) ?? node.text).split('.').pop() ?? '';
      if (last === 'AllowAny' || PERMISSION_CLASS.test(last)) names.add(last);
      if (node.type === 'attribute') return;
    }
    for (const child of node.namedChildren) visit(child);
  };
  const body = def.childForFieldName('body');
  if (body) visit(body);
  const protecting = [...names].filter((name) => name !== 'AllowAny');
  if (protecting.length) return { evidence: `get_permissions(${protecting.join(', ')})` };
  return names.has('AllowAny') ? { public: true } : undefined;
}

/** The permission classes a `REST_FRAMEWORK = {...}` settings dict makes the default, when they authenticate. */
export function restFrameworkDefaultAuth(dict: Node): string | undefined {
  if (dict.type !== 'dictionary') return undefined;
  for (const pair of dict.namedChildren) {
    const key = pair.type === 'pair' ? pair.childForFieldName('key') : null;
    const value = pair.childForFieldName('value');
    if (key?.type !== 'string' || stringContent(key) !== 'DEFAULT_PERMISSION_CLASSES' || !value) continue;
    const names = value.namedChildren.filter((child) => child.type === 'string').map((child) => stringContent(child).split('.').pop() ?? '');
    const protecting = names.filter((name) => name !== 'AllowAny');
    if (protecting.length) return `REST_FRAMEWORK DEFAULT_PERMISSION_CLASSES (${protecting.join(', ')})`;
  }
  return undefined;
}

/** `MIDDLEWARE = [..., "django.contrib.auth.middleware.LoginRequiredMiddleware"]`: every Django view requires login. */
export function loginRequiredMiddleware(list: Node): string | undefined {
  if (list.type !== 'list' && list.type !== 'tuple') return undefined;
  const entry = list.namedChildren.find((child) => child.type === 'string' && /LoginRequiredMiddleware$/.test(stringContent(child)));
  return entry ? stringContent(entry).split('.').pop() : undefined;
}

const METHOD_DECORATORS: Record<string, string[]> = { require_GET: ['GET'], require_POST: ['POST'], require_safe: ['GET', 'HEAD'] };
const RESPONSE_RETURN = /\breturn\s+(?:[\w.]+\.)?(?:render|redirect|render_to_response|HttpResponse\w*|JsonResponse|Response|TemplateResponse|FileResponse|StreamingHttpResponse)\(/;

/** The HTTP methods a view decorator restricts to: `@require_POST`, `@require_http_methods(["GET"])`, `@api_view(["GET", "POST"])`. */
function decoratorMethods(expression: Node): string[] | undefined {
  const call = expression.type === 'call' ? expression : undefined;
  const name = ((call ? dottedName(call.childForFieldName('function')!) : dottedName(expression)) ?? '').split('.').pop() ?? '';
  if (METHOD_DECORATORS[name]) return METHOD_DECORATORS[name];
  if (call && (name === 'require_http_methods' || name === 'api_view')) {
    const list = call.childForFieldName('arguments')?.namedChildren[0];
    const methods = (list?.namedChildren ?? []).filter((child) => child.type === 'string').map((child) => stringContent(child).toUpperCase());
    return methods.length ? methods : name === 'api_view' ? ['GET'] : undefined;
  }
  if (name === 'api_view') return ['GET'];
  return undefined;
}

/** A private function, or one the module calls itself (`return render_page(request, context)`): a helper of the views. */
function isViewHelper(def: Node, lowering: PyLowering): boolean {
  const name = def.childForFieldName('name')?.text ?? '';
  if (name.startsWith('_')) return true;
  const calls = lowering.text.match(new RegExp(`(?<![\\w.])${name}\\(`, 'g'))?.length ?? 0;
  return calls > 1; // the def itself is one
}

/**
 * A module-level function view: its first parameter is `request`, in a Django or DRF file,
 * and it is decorated as a view or returns a response without being a helper of other views. Its HTTP methods, '*' when open.
 */
export function functionView(def: Node, decorators: Node[], lowering: PyLowering): { framework: DjangoFramework; methods: string[] } | undefined {
  if (!lowering.importedModules.has('django') && !lowering.importedModules.has('rest_framework')) return undefined;
  if (def.parent?.type !== 'module' && def.parent?.parent?.type !== 'module') return undefined;
  const first = def.childForFieldName('parameters')?.namedChildren[0];
  const firstName = first?.type === 'identifier' ? first.text : first?.type === 'typed_parameter' ? first.namedChildren.find((child) => child.type === 'identifier')?.text : undefined;
  if (firstName !== 'request') return undefined;
  let methods: string[] | undefined;
  let apiView = false;
  for (const decorator of decorators) {
    const expression = decorator.namedChildren[0];
    if (!expression) continue;
    methods ??= decoratorMethods(expression);
    if (/^@\s*(?:[\w.]+\.)?api_view\b/.test(decorator.text)) apiView = true;
  }
  if (decorators.length === 0 && (!RESPONSE_RETURN.test(lowering.text.slice(def.startIndex, def.endIndex)) || isViewHelper(def, lowering))) return undefined;
  return { framework: apiView ? 'drf' : 'django', methods: methods ?? ['*'] };
}
