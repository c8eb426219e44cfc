/**
 * API documents (src/spec): which files are read as OpenAPI/Swagger and how, the model
 * read from them (operations, effective security, base paths, locations across $refs),
 * how operations meet routes, and the config's named documents.
 */
import fs from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfigError, defaultConfig, parseConfig, type Config } from '../src/engine/config.js';
import { scan, type ScanResult } from '../src/engine/scan.js';
import { matchPath, methodServes } from '../src/spec/paths.js';
import { allowsAnonymous, describeSecurity, requiresAuth } from '../src/spec/security.js';
import type { SpecDocument } from '../src/spec/types.js';
import { makeTree } from './helpers/scan.js';
import { RULES } from '../src/rules/index.js';

const roots: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

async function scanTree(files: Record<string, string>, config: Partial<Config> = {}): Promise<ScanResult> {
  const root = makeTree(files);
  roots.push(root);
  return scan({ rules: RULES, root, config: { ...defaultConfig(), ...config } });
}

function only(result: ScanResult): SpecDocument {
  expect(result.specs?.length, JSON.stringify(result.skipped)).toBe(1);
  return result.specs![0]!;
}

const MINIMAL_30 = ['openapi: 3.0.3', 'info: {title: t, version: "1"}', 'paths:', '  /items:', '    get:', '      responses: {"200": {description: ok}}', ''].join('\n');

describe('which files are API documents', () => {
  it('recognises a document by its content, whatever the file is called, and ignores other YAML and JSON', async () => {
    const result = await scanTree({
      'contract/billing-description.yml': MINIMAL_30,
      'config/settings.yaml': 'openapi_url: /openapi.json\nport: 8080\n',
      'data/fixtures.json': '{"swagger": "not a version", "items": []}',
      'package.json': '{"name": "x", "scripts": {"openapi": "openapi-generator generate"}}',
    });
    expect(result.specs?.map((document) => document.file)).toEqual(['contract/billing-description.yml']);
    expect(result.skipped).toEqual([]);
    expect(result.stats.apiDocuments).toBe(1);
  });

  it('honours .gitignore, the built-in exclude list and the config excludes, and skips documents over the size cap with the reason', async () => {
    const result = await scanTree(
      {
        '.gitignore': 'generated/\n',
        'generated/openapi.yaml': MINIMAL_30,
        'node_modules/lib/openapi.yaml': MINIMAL_30,
        'legacy/openapi.yaml': MINIMAL_30,
        'big/openapi.yaml': `${MINIMAL_30}${'# padding\n'.repeat(200)}`,
        'openapi.yaml': MINIMAL_30,
      },
      { exclude: ['legacy/**'], 'max-file-size': 1000 },
    );
    expect(result.specs?.map((document) => document.file)).toEqual(['openapi.yaml']);
    expect(result.skipped).toEqual([{ file: 'big/openapi.yaml', reason: expect.stringContaining('larger than the size cap') }]);
  });

  it('leaves documents in test and fixture folders alone unless test files are scanned', async () => {
    const files = { 'tests/fixtures/petstore.yaml': MINIMAL_30, 'spec/openapi.yaml': MINIMAL_30 };
    expect((await scanTree(files)).specs?.map((document) => document.file)).toEqual(['spec/openapi.yaml']);
    expect((await scanTree(files, { 'test-files': 'scan' })).specs?.map((document) => document.file).sort()).toEqual(['spec/openapi.yaml', 'tests/fixtures/petstore.yaml']);
  });

  it('reads the same API kept as YAML and as generated JSON once (the YAML, where comments can be written)', async () => {
    const json = JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/items': { get: { responses: { 200: { description: 'ok' } } } } } }, null, 2);
    const result = await scanTree({ 'openapi.yaml': MINIMAL_30, 'openapi.json': json });
    expect(result.specs?.map((document) => document.file)).toEqual(['openapi.yaml']);
  });

  it('leaves vendored documents alone: they describe other people\'s APIs', async () => {
    const result = await scanTree({ 'vendor/github.com/acme/sdk/swagger.yaml': MINIMAL_30, 'third_party/stripe/openapi.yaml': MINIMAL_30, 'api/openapi.yaml': MINIMAL_30 });
    expect(result.specs?.map((document) => document.file)).toEqual(['api/openapi.yaml']);
  });
});

describe('reading a document', () => {
  it('reads Swagger 2.0: securityDefinitions, basePath, operation security overriding the global one', async () => {
    const document = only(
      await scanTree({
        'swagger.yaml': [
          'swagger: "2.0"',
          'info: {title: t, version: "1"}',
          'basePath: /v2/',
          'securityDefinitions:',
          '  token: {type: apiKey, in: header, name: Authorization}',
          '  basic: {type: basic}',
          'security: [{token: []}]',
          'paths:',
          '  /pets:',
          '    get: {responses: {"200": {description: ok}}}',
          '    post:',
          '      security: [{basic: []}, {token: []}]',
          '      responses: {"200": {description: ok}}',
          '  /pets/{id}:',
          '    delete:',
          '      security: []',
          '      parameters: [{name: id, in: path, required: true, type: integer}, {name: reason, in: query, type: string}]',
          '      responses: {"204": {description: gone}}',
          '',
        ].join('\n'),
      }),
    );
    expect(document.version).toBe('2.0');
    expect(document.schemes.map((scheme) => [scheme.name, scheme.type, scheme.in, scheme.parameterName])).toEqual([
      ['token', 'apiKey', 'header', 'Authorization'],
      ['basic', 'basic', undefined, undefined],
    ]);
    const [list, create, remove] = document.operations;
    expect(list).toMatchObject({ method: 'GET', path: '/pets', basePaths: ['/v2'], security: { source: 'document' } });
    expect(describeSecurity(list!.security)).toBe('token');
    expect(create!.security.source).toBe('operation');
    expect(describeSecurity(create!.security)).toBe('basic or token');
    expect(remove).toMatchObject({ method: 'DELETE', security: { source: 'operation', requirements: [] }, queryParameters: ['reason'] });
    expect(requiresAuth(remove!.security)).toBe(false);
  });

  it('reads OpenAPI 3.1 JSON: servers with variables, path and operation servers, scopes, anonymous alternatives', async () => {
    const document = only(
      await scanTree({
        'api/openapi.json': JSON.stringify(
          {
            openapi: '3.1.0',
            info: { title: 't', version: '1' },
            servers: [{ url: '{scheme}://api.example.com/{base}', variables: { scheme: { default: 'https' }, base: { default: 'v1' } } }, { url: 'localhost:8080/v1' }],
            components: { securitySchemes: { oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { 'orders:read': 'read' } } } } } },
            paths: {
              '/orders': { get: { security: [{ oauth: ['orders:read'] }, {}], responses: { 200: { description: 'ok' } } } },
              '/internal/jobs': { servers: [{ url: '/internal-api' }], post: { responses: { 200: { description: 'ok' } } } },
              '/reports': { get: { servers: [{ url: 'https://reports.example.com/' }], responses: { 200: { description: 'ok' } } } },
            },
          },
          null,
          2,
        ),
      }),
    );
    expect(document.version).toBe('3.1');
    expect(document.service).toBe('');
    const [orders, jobs, reports] = document.operations;
    expect(orders!.basePaths).toEqual(['/v1']);
    expect(describeSecurity(orders!.security)).toBe('oauth (orders:read)');
    expect(allowsAnonymous(orders!.security)).toBe(true);
    expect(jobs!.basePaths).toEqual(['/internal-api']);
    expect(reports!.basePaths).toEqual(['']);
    expect(jobs!.security.source).toBe('none');
  });

  it('follows $refs across files and keeps each operation where it is written', async () => {
    const document = only(
      await scanTree({
        'openapi/main.yaml': [
          'openapi: 3.0.3',
          'info: {title: t, version: "1"}',
          'paths:',
          '  /users/{id}:',
          '    $ref: "paths/users.yaml#/item"',
          'components:',
          '  securitySchemes:',
          '    jwt:',
          '      $ref: "common/security.yaml#/jwt"',
          '',
        ].join('\n'),
        'openapi/paths/users.yaml': ['item:', '  parameters:', '    - $ref: "../common/params.yaml#/UserId"', '  get:', '    security: [{jwt: []}]', '    responses: {"200": {description: ok}}', ''].join('\n'),
        'openapi/common/params.yaml': 'UserId: {name: id, in: path, required: true, schema: {type: string}}\n',
        'openapi/common/security.yaml': 'jwt: {type: http, scheme: bearer, bearerFormat: JWT, x-bearerInfoFunc: app.auth.decode}\n',
      }),
    );
    expect(document.files).toEqual(['openapi/common/params.yaml', 'openapi/common/security.yaml', 'openapi/main.yaml', 'openapi/paths/users.yaml']);
    expect(document.service).toBe('');
    expect(document.operations[0]!.loc).toEqual({ file: 'openapi/paths/users.yaml', line: 4, column: 3 });
    expect(document.operations[0]!.security.loc).toEqual({ file: 'openapi/paths/users.yaml', line: 5, column: 5 });
    expect(document.schemes).toEqual([{ name: 'jwt', type: 'http', scheme: 'bearer', bearerFormat: 'JWT', handler: 'app.auth.decode', loc: { file: 'openapi/main.yaml', line: 8, column: 5 } }]);
  });

  it('never fetches a remote $ref, and reads the rest of the document', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const document = only(
      await scanTree({
        'openapi.yaml': [
          'openapi: 3.0.3',
          'info: {title: t, version: "1"}',
          'paths:',
          '  /shared:',
          '    $ref: "https://127.0.0.1:9/shared.yaml#/paths/shared"',
          '  /orders:',
          '    get:',
          '      parameters: [{$ref: "http://127.0.0.1:9/common.yaml#/parameters/Page"}]',
          '      responses: {"200": {$ref: "http://127.0.0.1:9/common.yaml#/responses/Ok"}}',
          '',
        ].join('\n'),
      }),
    );
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(document.remoteRefs).toEqual(['http://127.0.0.1:9/common.yaml', 'https://127.0.0.1:9/shared.yaml']);
    expect(document.operations.map((operation) => `${operation.method} ${operation.path}`)).toEqual(['GET /orders']);
  });

  it('skips what it cannot read, with the reason, and scans on', async () => {
    const result = await scanTree({
      'a.yaml': 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /x: {get: {responses: {"200": {description: ok}}}\n',
      'b.yaml': 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  x: {}\n',
      'c.json': '{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {"/x": {"get": {"responses": {}}}}}',
      'd.yaml': MINIMAL_30,
      'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
    });
    expect(result.skipped.map((entry) => entry.file)).toEqual(['a.yaml', 'b.yaml', 'c.json']);
    expect(result.skipped[0]!.reason).toMatch(/^not valid YAML \(line \d+\)/);
    expect(result.skipped[1]!.reason).toMatch(/^not a valid OpenAPI 3\.0\.3 document: .*leading slash/);
    expect(result.skipped[2]!.reason).toMatch(/^not a valid Swagger 2\.0 document: /);
    expect(result.specs?.map((document) => document.file)).toEqual(['d.yaml']);
    expect(result.stats.files).toBe(1);
  });

  it('takes the folder above a documents folder as the service it describes', async () => {
    const result = await scanTree({ 'services/billing/docs/openapi/api.yaml': MINIMAL_30, 'services/users/openapi.yaml': MINIMAL_30 });
    expect(result.specs?.map((document) => [document.file, document.service])).toEqual([
      ['services/billing/docs/openapi/api.yaml', 'services/billing'],
      ['services/users/openapi.yaml', 'services/users'],
    ]);
  });
});

describe('operations meet routes', () => {
  it.each([
    ['/users/:id', '/users/{id}', [''], 'full'],
    ['/users/<int:user_id>', '/users/{id}', [''], 'full'],
    ['/users/[id]', '/users/{userId}', [''], 'full'],
    ['/api/users/{id}', '/users/{id}', ['/api'], 'full'],
    ['/users/{id}', '/users/{id}', ['/api'], 'bare'],
    ['/files/<path:name>', '/files/{dir}/{name}', [''], 'full'],
    ['/docs/[...slug]', '/docs/{a}/{b}', [''], 'full'],
    ['/items/:id?', '/items', [''], 'full'],
    ['/items/:id(\\d+)', '/items/{id}', [''], 'full'],
    ['/orders', '/v2/orders', [''], 'suffix'],
    ['/v1/orders', '/orders', [''], 'suffix'],
    ['/users/:id', '/users/me', [''], undefined],
    ['/users/me', '/users/{id}', [''], undefined],
    ['/files/*', '/feed', [''], undefined],
    ['/:id', '/orders', [''], undefined],
  ])('route %s, documented %s under %j: %s', (route, documented, bases, expected) => {
    expect(matchPath(route, documented, bases)).toBe(expected);
  });

  it('compares methods, with GET answering HEAD and method-less routes answering all', () => {
    expect(methodServes('GET,POST', 'POST')).toBe(true);
    expect(methodServes('GET', 'HEAD')).toBe(true);
    expect(methodServes('DEL', 'DELETE')).toBe(true);
    expect(methodServes('*', 'PATCH')).toBe(true);
    expect(methodServes('GET', 'DELETE')).toBe(false);
  });

  const APP = [
    'from fastapi import APIRouter, Depends',
    'from fastapi.security import OAuth2PasswordBearer',
    '',
    'oauth2 = OAuth2PasswordBearer(tokenUrl="token")',
    'router = APIRouter()',
    '',
    '@router.get("/orders", dependencies=[Depends(oauth2)])',
    'def list_orders(): ...',
    '',
    '@router.get("/orders/{order_id}", dependencies=[Depends(oauth2)])',
    'def get_order(order_id: int): ...',
    '',
    '@router.delete("/orders/{order_id}")',
    'def delete_order(order_id: int): ...',
    '',
    '@router.get("/orders/stats", dependencies=[Depends(oauth2)])',
    'def stats(): ...',
    '',
  ].join('\n');
  const DOCUMENT = [
    'openapi: 3.0.3',
    'info: {title: t, version: "1"}',
    'security: [{oauth: []}]',
    'components: {securitySchemes: {oauth: {type: http, scheme: bearer}}}',
    'paths:',
    '  /orders: {get: {responses: {"200": {description: ok}}}}',
    '  /orders/{id}:',
    '    get: {responses: {"200": {description: ok}}}',
    '    delete: {responses: {"204": {description: ok}}}',
    '',
  ].join('\n');
  const ids = (result: ScanResult): string[] => result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId} ${finding.severity}`);

  it('correlates a document with the routes of the service folder it describes (config: specs)', async () => {
    const files = { 'billing/app/orders.py': APP, 'billing/api/openapi.yaml': DOCUMENT, 'shop/app/orders.py': APP };
    const expected = ['billing/app/orders.py:13 TG701 high', 'billing/app/orders.py:13 TG801 critical', 'billing/app/orders.py:16 TG802 medium', 'shop/app/orders.py:13 TG701 high'];
    expect(ids(await scanTree(files))).toEqual(expected);
    // a document kept apart from its service describes the whole repository, unless the config says which folder
    const apart = { 'shop/app/orders.py': APP, 'contracts/shop.yaml': DOCUMENT, 'billing/app/orders.py': APP };
    expect(ids(await scanTree(apart))).toEqual([...expected.slice(0, 3), 'shop/app/orders.py:13 TG701 high', 'shop/app/orders.py:13 TG801 critical', 'shop/app/orders.py:16 TG802 medium']);
    expect(ids(await scanTree(apart, { specs: [{ file: 'contracts/shop.yaml', service: 'shop' }] }))).toEqual(['billing/app/orders.py:13 TG701 high', 'shop/app/orders.py:13 TG701 high', 'shop/app/orders.py:13 TG801 critical', 'shop/app/orders.py:16 TG802 medium']);
  });

  it('stops with a configuration error when a named document or service folder is not there', async () => {
    await expect(scanTree({ 'app.py': '' }, { specs: [{ file: 'api/openapi.yaml' }] })).rejects.toThrow(ConfigError);
    await expect(scanTree({ 'app.py': '' }, { specs: [{ file: 'api/openapi.yaml' }] })).rejects.toThrow('config specs[0].file is "api/openapi.yaml"; expected an existing file (relative to the scanned folder)');
    await expect(scanTree({ 'openapi.yaml': MINIMAL_30 }, { specs: [{ file: 'openapi.yaml', service: 'svc' }] })).rejects.toThrow('config specs[0].service is "svc"; expected an existing folder inside the scanned folder');
    await expect(scanTree({ 'openapi.yaml': MINIMAL_30 }, { specs: [{ file: '../openapi.yaml' }] })).rejects.toThrow('expected a path inside the scanned folder');
  });

  it('reads a named document whatever its content, and says when it is not one', async () => {
    // (beside a code file: a scan in which nothing at all is analysed stops with an error)
    const result = await scanTree({ 'api.txt.yaml': 'title: not a document\n', 'app.py': '' }, { specs: [{ file: 'api.txt.yaml' }] });
    expect(result.skipped).toEqual([{ file: 'api.txt.yaml', reason: expect.stringContaining('not an OpenAPI 3.x or Swagger 2.0 document') }]);
  });

  it('leaves documents handed to an API gateway to the gateway', async () => {
    const gateway = DOCUMENT.replace('paths:', 'x-amazon-apigateway-request-validators: {all: {validateRequestBody: true}}\npaths:');
    expect(ids(await scanTree({ 'app/orders.py': APP, 'openapi.yaml': gateway }))).toEqual(['app/orders.py:13 TG701 high', 'app/orders.py:16 TG802 medium']);
  });

  it('applies a suppression comment in the document, and reports one that suppresses nothing', async () => {
    const document = ['openapi: 3.0.3', 'info: {title: t, version: "1"}', 'paths:', '  /orders:', '    get:', '      # tokengate: ignore[TG804] the scheme is defined by the gateway import', '      security: [{gateway: []}]', '      responses: {"200": {description: ok}}', '  /users:', '    get:', '      security: [{gateway: []}]  # tokengate: ignore[TG801] stale', '      responses: {"200": {description: ok}}', ''].join('\n');
    const result = await scanTree({ 'openapi.yaml': document });
    expect(result.suppressed.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId}`)).toEqual(['openapi.yaml:7 TG804']);
    expect(ids(result)).toEqual(['openapi.yaml:11 TG804 medium', 'openapi.yaml:11 TG902 low']);
  });
});

describe('reports show both sides of a spec finding', () => {
  const EXAMPLE = new URL('../examples/openapi/invoices-vulnerable/', import.meta.url).pathname;
  let result: ScanResult;
  const byRule = (ruleId: string) => result.findings.find((finding) => finding.ruleId === ruleId)!;

  beforeAll(async () => {
    result = await scan({ rules: RULES, root: EXAMPLE, config: defaultConfig() });
  });

  it('places the findings in the code and in the document', () => {
    expect(byRule('TG801').file).toBe('src/routes/invoices.ts');
    expect(byRule('TG804').file).toBe('openapi.yaml');
  });

  it('SARIF: the route with the document as a related location, and results located in the document', async () => {
    const { toSarif } = await import('../src/report/sarif.js');
    type Location = { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } };
    const sarif = toSarif(result) as { runs: { results: { ruleId: string; locations: Location[]; relatedLocations?: Location[]; partialFingerprints: Record<string, string> }[] }[] };
    const results = sarif.runs[0]!.results;
    const notEnforced = results.find((entry) => entry.ruleId === 'TG801')!;
    expect(notEnforced.locations[0]!.physicalLocation.artifactLocation.uri).toBe('src/routes/invoices.ts');
    expect(notEnforced.relatedLocations?.map((related) => `${related.physicalLocation.artifactLocation.uri}:${related.physicalLocation.region.startLine}`)).toEqual(['paths/invoices.yaml:19']);
    const undefinedScheme = results.find((entry) => entry.ruleId === 'TG804')!;
    expect(undefinedScheme.locations[0]!.physicalLocation.artifactLocation.uri).toBe('openapi.yaml');
    expect(undefinedScheme.relatedLocations?.[0]!.physicalLocation.artifactLocation.uri).toBe('src/routes/invoices.ts');
    expect(undefinedScheme.partialFingerprints['tokengate/v1']).toMatch(/^[0-9a-f]{32}$/);
  });

  it('the job summary links both places, the text report names both, annotations carry the other side', async () => {
    const { renderMarkdown } = await import('../src/report/markdown.js');
    const { renderText } = await import('../src/report/text.js');
    const { checkAnnotation, emitInline } = await import('../src/action/annotations.js');
    const summary = renderMarkdown(result, { verdict: { passed: false, warnOnly: false, minScore: 80, reasons: ['Score below 80.'] }, links: { serverUrl: 'https://github.com', repository: 'o/r', sha: 'abc' } }, { variant: 'summary' });
    const row = summary.split('\n').find((line) => line.includes('`TG801`'))!;
    expect(row).toContain('[`src/routes/invoices.ts:');
    expect(row).toContain('(see [`paths/invoices.yaml:19`](https://github.com/o/r/blob/abc/paths/invoices.yaml#L19))');
    expect(renderText(result, { verdict: { passed: false, warnOnly: false, minScore: 80, reasons: [] } })).toContain('related: paths/invoices.yaml:19:');
    const annotation = checkAnnotation(byRule('TG804'));
    expect(annotation.path).toBe('openapi.yaml');
    expect(annotation.message).toContain('See also src/routes/invoices.ts:');
    const messages: string[] = [];
    const sink = { error: (message: string) => messages.push(message), warning: (message: string) => messages.push(message), notice: (message: string) => messages.push(message) };
    emitInline([byRule('TG801')], sink);
    expect(messages[0]).toContain('See also paths/invoices.yaml:19: DELETE /api/invoices/{id} requires bearerAuth');
  });
});

describe('documents that would cost too much to read', () => {
  it('skips a YAML bomb before anything expands it', async () => {
    const levels = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (let level = 1; level < 12; level++) levels.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array.from({ length: 10 }, () => `*${String.fromCharCode(96 + level)}`).join(', ')}]`);
    const bomb = ['openapi: 3.0.3', 'info: {title: t, version: "1"}', 'paths: {}', 'x-bomb:', ...levels.map((line) => `  ${line}`), ''].join('\n');
    const result = await scanTree({ 'openapi.yaml': bomb, 'app.py': '' });
    expect(result.skipped).toEqual([{ file: 'openapi.yaml', reason: 'uses more than 100 YAML aliases' }]);
  });
});

describe('spec-auth-not-enforced stays silent where the authentication is out of sight', () => {
  it('reports an open route only on a router that visibly authenticates others', async () => {
    const document = ['openapi: 3.0.3', 'info: {title: t, version: "1"}', 'security: [{jwt: []}]', 'components: {securitySchemes: {jwt: {type: http, scheme: bearer}}}', 'paths:', '  /a: {get: {responses: {"200": {description: ok}}}}', '  /b: {get: {responses: {"200": {description: ok}}}}', '  /c: {get: {responses: {"200": {description: ok}}}}', ''].join('\n');
    const guarded = ['from fastapi import APIRouter, Depends', 'from fastapi.security import HTTPBearer', '', 'bearer = HTTPBearer()', 'router = APIRouter()', '', '@router.get("/a", dependencies=[Depends(bearer)])', 'def a(): ...', '', '@router.get("/b")', 'def b(): ...', ''].join('\n');
    // every route of this router is open in code: a proxy in front of it, or middleware tokengate does not know
    const unseen = ['from fastapi import APIRouter', '', 'router = APIRouter()', '', '@router.get("/c")', 'def c(): ...', ''].join('\n');
    const result = await scanTree({ 'openapi.yaml': document, 'app/guarded.py': guarded, 'app/unseen.py': unseen });
    expect(result.findings.filter((finding) => finding.ruleId === 'TG801').map((finding) => `${finding.file}:${finding.line} ${finding.severity}`)).toEqual(['app/guarded.py:10 high']);
  });
});

describe('the config key specs', () => {
  const message = (input: unknown): string => {
    try {
      parseConfig(input, '.tokengate.yml', RULES);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('expected a configuration error');
  };

  it('names the key, the value and what is expected', () => {
    expect(message({ specs: 'openapi.yaml' })).toBe('.tokengate.yml: specs is "openapi.yaml"; expected a list');
    expect(message({ specs: [{ path: 'openapi.yaml' }] })).toContain('unknown key specs[0].path; known keys of specs[0]: file, service');
    expect(message({ specs: [{ file: 'a.yaml', servce: 'svc' }] })).toContain('unknown key specs[0].servce (did you mean specs[0].service?)');
    expect(message({ specs: [{ file: '' }] })).toBe('.tokengate.yml: specs[0].file is ""; expected a non-empty string');
  });

  it('takes a list of documents with an optional service folder', () => {
    expect(parseConfig({ specs: [{ file: 'a.yaml', service: 'svc' }, { file: 'b.json' }] }, '.tokengate.yml', RULES).specs).toEqual([{ file: 'a.yaml', service: 'svc' }, { file: 'b.json' }]);
    expect(defaultConfig().specs).toEqual([]);
  });
});
