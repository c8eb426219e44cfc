/** Where each import form leads: the module graph over a repository's files. */
import { describe, expect, it } from 'vitest';
import { ModuleGraph } from '../src/model/module-graph.js';

const PYTHON = [
  'app/main.py',
  'app/config.py',
  'app/apis/__init__.py',
  'app/apis/router.py',
  'app/apis/auth/utils.py',
  'app/apis/auth/services/login.py',
  'backend/app/__init__.py',
  'backend/app/api/deps.py',
  'backend/app/api/routes/users.py',
  'backend/app/core/security.py',
  'services/workshop/utils/jwt.py',
  'services/workshop/utils/__init__.py',
  'services/workshop/crapi/views.py',
];

describe('module graph: Python', () => {
  const graph = new ModuleGraph(PYTHON);

  it('resolves an absolute import against the source root that holds the importing file', () => {
    expect(graph.resolve('app/apis/router.py', 'apis.auth.utils')).toBe('app/apis/auth/utils.py');
    expect(graph.resolve('app/apis/auth/services/login.py', 'config')).toBe('app/config.py');
    expect(graph.resolve('backend/app/api/routes/users.py', 'app.api.deps')).toBe('backend/app/api/deps.py');
    expect(graph.resolve('services/workshop/crapi/views.py', 'utils.jwt')).toBe('services/workshop/utils/jwt.py');
  });

  it('resolves a package to its __init__.py and a folder without one to the namespace package', () => {
    expect(graph.resolve('app/main.py', 'apis')).toBe('app/apis/__init__.py');
    expect(graph.resolve('backend/app/api/deps.py', 'app.core')).toBe('backend/app/core/');
    expect(graph.submodule('backend/app/core/', 'security')).toBe('backend/app/core/security.py');
    expect(graph.submodule('app/apis/__init__.py', 'router')).toBe('app/apis/router.py');
  });

  it('resolves relative imports by level', () => {
    expect(graph.resolve('app/apis/auth/services/login.py', '..utils')).toBe('app/apis/auth/utils.py');
    expect(graph.resolve('app/apis/auth/services/login.py', '...router')).toBe('app/apis/router.py');
    expect(graph.resolve('app/apis/router.py', '.')).toBe('app/apis/__init__.py');
    expect(graph.resolve('backend/app/api/routes/users.py', '..deps')).toBe('backend/app/api/deps.py');
  });

  it('leaves third-party and standard-library modules unresolved, even when a package holds a file of that name', () => {
    expect(graph.resolve('app/main.py', 'fastapi')).toBeUndefined();
    expect(graph.resolve('app/main.py', 'os.path')).toBeUndefined();
    // services/workshop/utils is a package: its jwt.py is utils.jwt, never PyJWT's `jwt`
    expect(graph.resolve('services/workshop/utils/__init__.py', 'jwt')).toBeUndefined();
    expect(graph.resolve('services/workshop/crapi/views.py', 'jwt')).toBeUndefined();
  });

  it('does not resolve an absolute import from a source root that does not hold the importing file', () => {
    expect(graph.resolve('app/main.py', 'api.deps')).toBeUndefined();
  });
});

const SCRIPTS = ['src/app.ts', 'src/lib/auth.ts', 'src/lib/index.ts', 'src/routes/index.js', 'src/routes/users.mjs', 'src/legacy.cjs', 'web/pages/api/me.tsx', 'web/lib/session.ts'];

describe('module graph: JS/TS', () => {
  const graph = new ModuleGraph(SCRIPTS, [
    { dir: '', paths: { '@/*': ['src/*'], '#auth': ['src/lib/auth.ts'] } },
    { dir: 'web', baseUrl: 'web', paths: { '~/*': ['web/lib/*'] } },
  ]);

  it('resolves relative specifiers with extensions and index files', () => {
    expect(graph.resolve('src/app.ts', './lib/auth')).toBe('src/lib/auth.ts');
    expect(graph.resolve('src/app.ts', './lib')).toBe('src/lib/index.ts');
    expect(graph.resolve('src/app.ts', './routes')).toBe('src/routes/index.js');
    expect(graph.resolve('src/routes/index.js', './users.mjs')).toBe('src/routes/users.mjs');
    expect(graph.resolve('src/lib/auth.ts', '../legacy')).toBe('src/legacy.cjs');
  });

  it('resolves a .js specifier written for a .ts file (ESM TypeScript)', () => {
    expect(graph.resolve('src/app.ts', './lib/auth.js')).toBe('src/lib/auth.ts');
  });

  it('resolves tsconfig paths aliases and baseUrl, the nearest config first', () => {
    expect(graph.resolve('src/app.ts', '@/lib/auth')).toBe('src/lib/auth.ts');
    expect(graph.resolve('src/app.ts', '#auth')).toBe('src/lib/auth.ts');
    expect(graph.resolve('web/pages/api/me.tsx', '~/session')).toBe('web/lib/session.ts');
    expect(graph.resolve('web/pages/api/me.tsx', 'lib/session')).toBe('web/lib/session.ts');
    // the web config has no `@/*`: that alias is the root config's, which does not apply under web/
    expect(graph.resolve('web/pages/api/me.tsx', '@/lib/auth')).toBeUndefined();
  });

  it('leaves packages and paths outside the scan unresolved', () => {
    expect(graph.resolve('src/app.ts', 'express')).toBeUndefined();
    expect(graph.resolve('src/app.ts', '@nestjs/common')).toBeUndefined();
    expect(graph.resolve('src/app.ts', '../../outside')).toBeUndefined();
  });
});
