/**
 * Reads the spec model out of a document's syntax trees: operations with their effective
 * security, the security schemes, base paths and connexion's routing extensions, each
 * with the place it is written. `$ref`s are followed across the document's files (the
 * loader has read every file they reach; the parser library has checked they resolve).
 */
import type { Node } from 'yaml';
import { entries, entry, get, items, location, pointerNode, refTarget, text, type SourceFile } from './source.js';
import type { OperationSecurity, SecurityRequirement, SecurityScheme, SpecDocument, SpecOperation, SpecVersion } from './types.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
/** Extensions that hand the API to a gateway, which then enforces the document's security itself. */
const GATEWAY_EXTENSION = /^x-(?:amazon-apigateway|google-backend|google-endpoints|google-management|kong|azure-api-management|apigee|tyk)/;
const HANDLER_EXTENSIONS = ['x-bearerInfoFunc', 'x-tokenInfoFunc', 'x-apikeyInfoFunc', 'x-basicInfoFunc', 'x-tokenInfoUrl'];
const MAX_REF_HOPS = 32;

interface Located {
  source: SourceFile;
  node: Node;
}

export interface ExtractInput {
  root: SourceFile;
  files: Map<string, SourceFile>;
  version: SpecVersion;
  versionKey: Node;
  service: string;
  remoteRefs: string[];
  suppressions: SpecDocument['suppressions'];
}

export function extractDocument(input: ExtractInput): SpecDocument {
  const { root, version } = input;
  const top = root.doc.contents as Node | undefined;
  const follow = (source: SourceFile, node: Node | undefined): Located | undefined => followRefs(input.files, source, node);

  const schemes = securitySchemes(input, top, follow);
  const globalEntry = entry(root, top, 'security');
  const globalSecurity: OperationSecurity | undefined = globalEntry ? { requirements: requirementsOf(root, globalEntry.value), source: 'document', loc: location(root, globalEntry.key) } : undefined;
  const documentBases = version === '2.0' ? swaggerBase(root, top) : serverBases(root, get(root, top, 'servers'));

  let gateway = entries(root, top).find((item) => GATEWAY_EXTENSION.test(item.name))?.name;
  const operations: SpecOperation[] = [];
  for (const { name: pathKey, value } of entries(root, get(root, top, 'paths'))) {
    if (!pathKey.startsWith('/')) continue;
    const item = follow(root, value);
    if (!item) continue;
    const pathBases = version === '2.0' ? undefined : optionalServerBases(item.source, get(item.source, item.node, 'servers'));
    const pathController = text(item.source, get(item.source, item.node, 'x-openapi-router-controller'));
    const pathQuery = queryParameters(item.source, get(item.source, item.node, 'parameters'), follow);
    for (const method of METHODS) {
      const found = entry(item.source, item.node, method);
      if (!found) continue;
      const operation = follow(item.source, found.value);
      if (!operation) continue;
      const { source, node } = operation;
      gateway ??= entries(source, node).find((candidate) => GATEWAY_EXTENSION.test(candidate.name))?.name;
      const own = entry(source, node, 'security');
      const security: OperationSecurity = own
        ? { requirements: requirementsOf(source, own.value), source: 'operation', loc: location(source, own.key) }
        : (globalSecurity ?? { requirements: [], source: 'none' });
      const operationBases = version === '2.0' ? undefined : optionalServerBases(source, get(source, node, 'servers'));
      const operationId = text(source, get(source, node, 'operationId'));
      const controller = text(source, get(source, node, 'x-openapi-router-controller')) ?? pathController;
      operations.push({
        method: method.toUpperCase(),
        path: pathKey,
        basePaths: operationBases ?? pathBases ?? documentBases,
        ...(operationId ? { operationId } : {}),
        ...(controller ? { controller } : {}),
        security,
        queryParameters: [...new Set([...pathQuery, ...queryParameters(source, get(source, node, 'parameters'), follow)])],
        loc: location(item.source, found.key),
      });
    }
  }

  return {
    file: root.file,
    version,
    files: [...input.files.keys()].sort(),
    service: input.service,
    schemes,
    operations,
    remoteRefs: input.remoteRefs,
    ...(gateway ? { gateway } : {}),
    loc: location(root, input.versionKey),
    suppressions: input.suppressions,
  };
}

/** Follows `$ref` chains to the node they lead to; undefined for a remote or broken reference. */
export function followRefs(files: Map<string, SourceFile>, source: SourceFile, node: Node | undefined): Located | undefined {
  let current: Located | undefined = node ? { source, node } : undefined;
  for (let hop = 0; current && hop < MAX_REF_HOPS; hop++) {
    const ref = text(current.source, get(current.source, current.node, '$ref'));
    if (ref === undefined) return current;
    const target = refTarget(current.source.file, ref);
    if (target.kind !== 'local') return undefined;
    const file = files.get(target.file);
    const next = file ? pointerNode(file, target.pointer) : undefined;
    current = file && next ? { source: file, node: next } : undefined;
  }
  return undefined;
}

function securitySchemes(input: ExtractInput, top: Node | undefined, follow: (source: SourceFile, node: Node | undefined) => Located | undefined): SecurityScheme[] {
  const { root } = input;
  const container = input.version === '2.0' ? get(root, top, 'securityDefinitions') : get(root, get(root, top, 'components'), 'securitySchemes');
  const schemes: SecurityScheme[] = [];
  for (const { name, key, value } of entries(root, container)) {
    const located = follow(root, value);
    const source = located?.source ?? root;
    const node = located?.node;
    const scheme = text(source, get(source, node, 'scheme'))?.toLowerCase();
    const bearerFormat = text(source, get(source, node, 'bearerFormat'));
    const where = text(source, get(source, node, 'in'))?.toLowerCase();
    const parameterName = text(source, get(source, node, 'name'));
    const handler = HANDLER_EXTENSIONS.map((extension) => text(source, get(source, node, extension))).find((value) => value !== undefined);
    // connexion reads `x-authentication-scheme: Bearer` on an apiKey scheme as a bearer token
    const apiKeyScheme = text(source, get(source, node, 'x-authentication-scheme'))?.toLowerCase();
    schemes.push({
      name,
      type: text(source, get(source, node, 'type')) ?? 'unknown',
      ...(scheme ?? apiKeyScheme ? { scheme: scheme ?? apiKeyScheme } : {}),
      ...(bearerFormat ? { bearerFormat } : {}),
      ...(where ? { in: where } : {}),
      ...(parameterName ? { parameterName } : {}),
      ...(handler ? { handler } : {}),
      loc: location(root, key),
    });
  }
  return schemes;
}

/** A `security` list: alternatives, each a mapping of scheme names to scopes. */
function requirementsOf(source: SourceFile, list: Node | undefined): SecurityRequirement[] {
  return items(source, list).map((requirement) => ({
    schemes: entries(source, requirement).map(({ name, key, value }) => ({
      name,
      scopes: items(source, value).flatMap((scope) => {
        const scopeText = text(source, scope);
        return scopeText === undefined ? [] : [scopeText];
      }),
      loc: location(source, key),
    })),
    loc: location(source, requirement),
  }));
}

function queryParameters(source: SourceFile, list: Node | undefined, follow: (source: SourceFile, node: Node | undefined) => Located | undefined): string[] {
  return items(source, list).flatMap((parameter) => {
    const located = follow(source, parameter);
    if (!located) return [];
    const where = text(located.source, get(located.source, located.node, 'in'));
    const name = text(located.source, get(located.source, located.node, 'name'));
    return where === 'query' && name ? [name] : [];
  });
}

function swaggerBase(source: SourceFile, top: Node | undefined): string[] {
  const base = text(source, get(source, top, 'basePath'));
  return [normalizeBase(base ?? '')];
}

function optionalServerBases(source: SourceFile, servers: Node | undefined): string[] | undefined {
  return items(source, servers).length ? serverBases(source, servers) : undefined;
}

/** The URL paths of `servers[].url`, with server variables replaced by their defaults. */
function serverBases(source: SourceFile, servers: Node | undefined): string[] {
  const bases = items(source, servers).flatMap((server) => {
    let url = text(source, get(source, server, 'url'));
    if (url === undefined) return [];
    for (const { name, value } of entries(source, get(source, server, 'variables'))) {
      const fallback = text(source, get(source, value, 'default'));
      if (fallback !== undefined) url = url.split(`{${name}}`).join(fallback);
    }
    return [normalizeBase(urlPath(url))];
  });
  return bases.length ? [...new Set(bases)] : [''];
}

/** `https://api.example.com/v1` → `/v1`; `localhost:5000/api` → `/api`; `/b2b/v2` stays. */
function urlPath(url: string): string {
  const withoutQuery = url.replace(/[?#].*$/, '');
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(withoutQuery);
  if (absolute) return absolute[1] ?? '';
  if (withoutQuery.startsWith('/')) return withoutQuery;
  const slash = withoutQuery.indexOf('/');
  const head = slash < 0 ? withoutQuery : withoutQuery.slice(0, slash);
  // a host without a scheme (`localhost:5000/api`, `api.example.com/v1`)
  if (/[:.]/.test(head)) return slash < 0 ? '' : withoutQuery.slice(slash);
  return `/${withoutQuery}`;
}

function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/\/+$/, '');
  if (!trimmed) return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}
