/**
 * Link over real lowered models: names followed through every import form, summaries
 * resolved to a fixed point, what each file is told, and the same answer whatever order
 * the models come in.
 */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/engine/config.js';
import { link } from '../src/model/link.js';
import { ModuleGraph } from '../src/model/module-graph.js';
import { NameResolver, resolveSummaries } from '../src/model/summaries.js';
import type { FileModel } from '../src/model/types.js';
import { pythonFrontEnd } from '../src/lang/python/index.js';
import { javascriptFrontEnd, typescriptFrontEnd } from '../src/lang/typescript/index.js';

async function lowerAll(files: Record<string, string>): Promise<FileModel[]> {
  await pythonFrontEnd.prepare();
  const models: FileModel[] = [];
  for (const [file, text] of Object.entries(files)) {
    const frontEnd = file.endsWith('.py') ? pythonFrontEnd : /\.[cm]?js$/.test(file) ? javascriptFrontEnd : typescriptFrontEnd;
    const result = await frontEnd.analyse(text, file, defaultConfig());
    if (!result.ok) throw new Error(`${file}: ${result.reason}`);
    models.push(result.model);
  }
  return models;
}

function resolverOf(models: FileModel[], aliases: ConstructorParameters<typeof ModuleGraph>[1] = []): NameResolver {
  const byFile = new Map(models.map((model) => [model.file, model]));
  return new NameResolver(byFile, new ModuleGraph([...byFile.keys()], aliases));
}

function targetName(resolver: NameResolver, file: string, qualified: string): string | undefined {
  const target = resolver.resolve(file, qualified);
  return target?.kind === 'export' ? `${target.file}#${target.export.name}` : target?.kind === 'module' ? target.module : undefined;
}

const UNVERIFIED = `
import jwt

def peek(token):
    return jwt.decode(token, options={"verify_signature": False})
`;

describe('link: Python names', () => {
  it('follows relative and absolute imports, __init__.py re-exports, star imports and submodules', async () => {
    const models = await lowerAll({
      'app/core/security.py': UNVERIFIED,
      'app/core/__init__.py': 'from .security import peek\n',
      'app/star.py': 'from app.core.security import *\n',
      'app/views.py': 'from .core import peek\nfrom app.core import security\nimport app.core.security\nfrom .star import *\n',
    });
    const resolver = resolverOf(models);
    expect(targetName(resolver, 'app/views.py', 'core.peek')).toBe('app/core/security.py#peek');
    expect(targetName(resolver, 'app/views.py', 'app.core.security.peek')).toBe('app/core/security.py#peek');
    // a bare name from `from .star import *`, which itself star-imports security
    expect(targetName(resolver, 'app/views.py', 'peek')).toBe('app/core/security.py#peek');
    expect(targetName(resolver, 'app/views.py', 'app.core.security')).toBe('app/core/security.py');
  });

  it('ends an import cycle as unknown', async () => {
    const models = await lowerAll({ 'pkg/a.py': 'from .b import token_of\n', 'pkg/b.py': 'from .a import token_of\n', 'pkg/c.py': 'from .a import token_of\n' });
    expect(targetName(resolverOf(models), 'pkg/c.py', 'a.token_of')).toBeUndefined();
  });

  it('leaves third-party names unknown: no knowledge is made up for them', async () => {
    const models = await lowerAll({ 'app/views.py': 'import jwt\nfrom flask import request\n\ndef view():\n    return jwt.decode(request.headers["Authorization"], options={"verify_signature": False})\n' });
    expect(targetName(resolverOf(models), 'app/views.py', 'jwt.decode')).toBeUndefined();
    expect(link(models).relower.size).toBe(0);
  });
});

describe('link: JS/TS names', () => {
  it('follows barrels, renamed re-exports, namespace and default imports, CommonJS exports and aliases', async () => {
    const models = await lowerAll({
      'src/lib/jwt.ts': "import jws from 'jws';\nexport const decode = (token: string) => { return jws.decode(token)?.payload; };\n",
      'src/lib/index.ts': "export * from './jwt';\nexport { decode as peek } from './jwt';\n",
      'src/lib/legacy.js': "const jwt = require('jsonwebtoken');\nfunction unsafe(token) { return jwt.decode(token); }\nmodule.exports = { unsafe };\n",
      'src/app.ts': "import * as lib from './lib';\nimport { peek } from '@/lib';\nimport legacy from './lib/legacy.js';\nconst { unsafe } = require('./lib/legacy');\n",
    });
    const resolver = resolverOf(models, [{ dir: '', paths: { '@/*': ['src/*'] } }]);
    expect(targetName(resolver, 'src/app.ts', './lib.decode')).toBe('src/lib/jwt.ts#decode');
    expect(targetName(resolver, 'src/app.ts', '@/lib.peek')).toBe('src/lib/jwt.ts#decode');
    expect(targetName(resolver, 'src/app.ts', './lib/legacy.js.unsafe')).toBe('src/lib/legacy.js#unsafe');
    expect(targetName(resolver, 'src/app.ts', './lib/legacy.unsafe')).toBe('src/lib/legacy.js#unsafe');
  });
});

describe('link: summaries to a fixed point', () => {
  it('a wrapper of a wrapper of jwt.decode returns unverified claims; verifying through a chain verifies', async () => {
    const models = await lowerAll({
      'app/a.py': UNVERIFIED,
      'app/b.py': 'from .a import peek\n\ndef claims_of(token):\n    return peek(token)\n',
      'app/c.py': 'from .b import claims_of\n\ndef read(token):\n    return claims_of(token)\n',
      'app/guard.py': 'import jwt\nfrom fastapi import HTTPException\nKEY = "k"\n\ndef check(token):\n    try:\n        return jwt.decode(token, KEY, algorithms=["HS256"])\n    except jwt.PyJWTError:\n        raise HTTPException(status_code=401)\n',
      'app/middle.py': 'from .guard import check\nfrom .outer import outer\n\ndef middle(token):\n    check(token)\n    return outer(token)\n',
      'app/outer.py': 'from .middle import middle\n\ndef outer(token):\n    middle(token)\n',
    });
    const byFile = new Map(models.map((model) => [model.file, model]));
    const summaries = resolveSummaries(byFile, new NameResolver(byFile, new ModuleGraph([...byFile.keys()])));
    expect(summaries.get('app/c.py#read')?.returns).toMatchObject({ kind: 'claims', verified: false, api: 'jwt.decode' });
    expect(summaries.get('app/middle.py#middle')?.verifies).toBe(true);
    // outer and middle call each other: the cycle still reaches check through middle
    expect(summaries.get('app/outer.py#outer')?.verifies).toBe(true);
  });
});

describe('link: what each file is told', () => {
  const files = {
    'lib/security.ts': "import jws from 'jws';\nexport const decode = (token: string) => { return jws.decode(token)?.payload; };\nexport const unused = 'x';\n",
    'routes/chat.ts': "import * as security from '../lib/security';\nexport function userOf(req: any) { const token = req.headers.authorization; return security.decode(token)?.data?.id; }\n",
    'routes/health.ts': "import * as security from '../lib/security';\nexport const name = 'health';\n",
  };

  it('tells a file what the imported functions it calls are, and not a file that only imports them', async () => {
    const linked = link(await lowerAll(files));
    expect([...linked.relower.keys()]).toEqual(['routes/chat.ts']);
    expect(linked.relower.get('routes/chat.ts')!.names['../lib/security.decode']).toMatchObject({ kind: 'function', file: 'lib/security.ts', name: 'decode', summary: { returns: { kind: 'claims', verified: false } } });
  });

  it('gives the same answer whatever order the models come in', async () => {
    const models = await lowerAll(files);
    const forward = link(models).relower;
    const backward = link([...models].reverse()).relower;
    expect(JSON.stringify([...backward])).toBe(JSON.stringify([...forward]));
  });
});
