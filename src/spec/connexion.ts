/**
 * Routes declared by an API document: connexion's `app.add_api('openapi.yml')` routes each
 * operation's `operationId` (with `x-openapi-router-controller` in front, when given) to a
 * Python function and enforces the operation's `security` before it runs, through the
 * scheme's `x-bearerInfoFunc` / `x-tokenInfoFunc` handler (connexion denies the request
 * when the handler is missing). Each such operation becomes a route of the function's
 * file, authenticated by the document and by any check in the function itself, so that
 * the route rules (missing-auth-route) see connexion apps like any other.
 */
import path from 'node:path';
import type { AuthEvidence, FileModel, FunctionModel, RouteModel, SpecMount } from '../model/types.js';
import { isPublicRoutePath } from '../model/routes.js';
import { allowsAnonymous, describeSecurity, requiresAuth } from './security.js';
import type { SpecDocument, SpecOperation } from './types.js';

export function attachSpecRoutes(models: FileModel[], documents: SpecDocument[]): void {
  if (documents.length === 0) return;
  const nextId = new Map<FileModel, number>();
  for (const model of models) {
    for (const mount of model.specMounts ?? []) {
      const document = mountedDocument(model.file, mount, documents);
      if (!document) continue;
      for (const operation of document.operations) {
        const target = handlerName(operation);
        const handler = target ? findFunction(target, models, model.file) : undefined;
        if (!handler) continue;
        const route = specRoute(document, operation, mount, target!, handler.fn);
        const id = (nextId.get(handler.model) ?? Math.max(0, ...handler.model.routes.map((existing) => existing.id))) + 1;
        nextId.set(handler.model, id);
        handler.model.routes.push({ ...route, id });
      }
    }
  }
}

/** `x-openapi-router-controller` + `operationId`, or the operationId alone: the dotted name of the function. */
function handlerName(operation: SpecOperation): string | undefined {
  if (!operation.operationId) return undefined;
  return operation.controller ? `${operation.controller}.${operation.operationId}` : operation.operationId;
}

function specRoute(document: SpecDocument, operation: SpecOperation, mount: SpecMount, target: string, fn: FunctionModel): Omit<RouteModel, 'id'> {
  const base = mount.basePath ?? operation.basePaths[0] ?? '';
  const routePath = `${base.replace(/\/+$/, '')}${operation.path}` || '/';
  const auth: AuthEvidence[] = [];
  if (requiresAuth(operation.security)) {
    const named = new Set(operation.security.requirements.flatMap((requirement) => requirement.schemes.map((scheme) => scheme.name)));
    const handlers = document.schemes.filter((scheme) => named.has(scheme.name) && scheme.handler).map((scheme) => scheme.handler);
    auth.push({ kind: 'spec', name: `${describeSecurity(operation.security)} in ${path.posix.basename(document.file)}${handlers.length ? `, checked by ${handlers.join(', ')}` : ''}` });
  }
  if (fn.inlineAuth) auth.push({ kind: 'inline', name: fn.inlineAuth });
  // an anonymous alternative (`security: [{}, {bearer: []}]`) lets callers in without credentials on purpose
  const optional = operation.security.requirements.length > 0 && allowsAnonymous(operation.security);
  return {
    framework: 'connexion',
    group: document.file,
    method: operation.method,
    path: routePath,
    handler: target,
    loc: fn.loc,
    auth,
    public: optional || routePath === '/' || isPublicRoutePath(routePath),
  };
}

/** The document `add_api` names: relative to the app's `specification_dir`, itself relative to the app's module. */
function mountedDocument(appFile: string, mount: SpecMount, documents: SpecDocument[]): SpecDocument | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(mount.document)) return undefined;
  const expected = path.posix.normalize(path.posix.join(path.posix.dirname(appFile), mount.specificationDir, mount.document));
  const exact = documents.find((document) => document.file === expected);
  if (exact) return exact;
  // a specification_dir built at run time (`pathlib.Path(__file__).parent / "openapi"`): the one document of that name
  const byName = documents.filter((document) => path.posix.basename(document.file) === path.posix.basename(mount.document));
  return byName.length === 1 ? byName[0] : undefined;
}

/**
 * `api_views.users.debug` → function `debug` in the file whose module path ends with
 * `api_views.users`; `models.user.User.check` → `check` in `models/user.py`. Among files
 * of the same module name, the one nearest the app wins.
 */
function findFunction(dotted: string, models: FileModel[], appFile: string): { model: FileModel; fn: FunctionModel } | undefined {
  const parts = dotted.split('.').filter(Boolean);
  for (let split = parts.length - 1; split >= 1; split--) {
    const module = parts.slice(0, split).join('.');
    const name = parts[parts.length - 1]!;
    const candidates = models.filter((model) => model.language === 'python' && moduleOf(model.file).endsWith(`.${module}`));
    candidates.sort((a, b) => sharedPrefix(b.file, appFile) - sharedPrefix(a.file, appFile) || (a.file < b.file ? -1 : 1));
    for (const model of candidates) {
      const fn = model.functions.find((candidate) => candidate.name === name);
      if (fn) return { model, fn };
    }
  }
  return undefined;
}

/** `app/api/users.py` → `.app.api.users`; a package's `__init__.py` is the package. */
function moduleOf(file: string): string {
  return `.${file.replace(/\.py$/, '').replace(/\/__init__$/, '').replace(/\//g, '.')}`;
}

function sharedPrefix(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  let count = 0;
  while (count < left.length - 1 && count < right.length - 1 && left[count] === right[count]) count++;
  return count;
}
