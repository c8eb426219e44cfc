/**
 * What the link phase adds to a scan, beyond the fixtures' finding lines: messages and
 * related locations of findings judged across files, reported-once constants, the full
 * mounted path of routes, unknown stays unknown, and the same report from the worker pool.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, REPO_ROOT, scanFiles } from './helpers/scan.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');

describe('findings judged across files', () => {
  it('names the wrapper in the message and links to it', async () => {
    const result = await scanFiles({
      'lib/security.ts': "import jws from 'jws';\nexport const decode = (token: string) => {\n  return jws.decode(token)?.payload;\n};\n",
      'routes/chat.ts': "import * as security from '../lib/security';\nexport function userOf(req: any) {\n  const claims = security.decode(req.headers.authorization);\n  if (claims.admin) return true;\n  return false;\n}\n",
    });
    const finding = result.findings.find((candidate) => candidate.ruleId === 'TG101')!;
    expect(finding).toMatchObject({ file: 'routes/chat.ts', line: 3 });
    expect(finding.message).toMatch(/^security\.decode \(wraps jws\.decode\) returns the claims without verifying the signature/);
    expect(finding.related).toEqual([{ file: 'lib/security.ts', line: 2, column: 14, message: 'decode decodes the token without verifying it' }]);
    expect(result.findings.filter((candidate) => candidate.file === 'lib/security.ts')).toEqual([]);
  });

  it('reports an imported literal key once, at its first use, with where it is written', async () => {
    const use = (name: string) => `from datetime import datetime, timedelta, timezone\nimport jwt\nfrom .keys import PHRASE\n\ndef ${name}(user):\n    return jwt.encode({"sub": user, "exp": datetime.now(timezone.utc) + timedelta(minutes=5)}, PHRASE, algorithm="HS256")\n`;
    const result = await scanFiles({ 'app/keys.py': 'PHRASE = "a-literal-that-is-long-enough-for-hs256-0123"\n', 'app/a.py': use('issue'), 'app/b.py': use('refresh') });
    const secrets = result.findings.filter((finding) => finding.ruleId === 'TG201');
    expect(secrets.map((finding) => `${finding.file}:${finding.line}`)).toEqual(['app/a.py:6']);
    expect(secrets[0]!.message).toMatch(/^The signing key PHRASE is a hardcoded string literal/);
    expect(secrets[0]!.related).toEqual([{ file: 'app/keys.py', line: 1, column: 1, message: 'PHRASE is written here' }]);
    expect(JSON.stringify(result.findings)).not.toContain('a-literal-that-is-long-enough');
  });

  it('leaves what it cannot resolve unknown: a wrapper from a package that is not in the tree is no finding', async () => {
    const result = await scanFiles({
      'app/views.py': 'from flask import request\nfrom company_auth import peek_claims\n\ndef is_admin():\n    claims = peek_claims(request.headers["Authorization"])\n    return claims["role"] == "admin"\n',
    });
    expect(result.findings).toEqual([]);
  });
});

describe('routes across files', () => {
  it('records the full mounted path of a route, with every prefix above it', async () => {
    const result = await scanFiles({
      'app/main.py': 'from fastapi import FastAPI\nfrom .api import api_router\nfrom .config import API_PREFIX\n\napp = FastAPI()\napp.include_router(api_router, prefix=API_PREFIX)\n',
      'app/config.py': 'API_PREFIX = "/api/v1"\n',
      'app/api.py': 'from fastapi import APIRouter\nfrom .items import router as items\n\napi_router = APIRouter()\napi_router.include_router(items, prefix="/shop")\n',
      'app/items.py': 'from fastapi import APIRouter\n\nrouter = APIRouter(prefix="/items")\n\n@router.get("/{item_id}")\ndef get_item(item_id: int):\n    return {}\n',
      'src/app.ts': "import express from 'express';\nimport v2 from './v2';\nconst app = express();\napp.use('/v2', v2);\n",
      'src/v2/index.ts': "import { Router } from 'express';\nimport teams from './teams';\nconst v2 = Router();\nv2.use('/teams', teams);\nexport default v2;\n",
      // route and mount files that name no token word are lowered too: they import a web framework
      'src/v2/teams.ts': "import { Router } from 'express';\nconst teams = Router();\nteams.get('/:id', (req, res) => res.json({}));\nexport default teams;\n",
    });
    const route = (file: string) => result.models.find((model) => model.file === file)!.routes[0]!;
    expect(route('app/items.py')).toMatchObject({ path: '/items/{item_id}', mounted: { prefix: '/api/v1/shop', path: '/api/v1/shop/items/{item_id}', group: 'app/items.py#router' } });
    expect(route('src/v2/teams.ts')).toMatchObject({ path: '/:id', mounted: { prefix: '/v2/teams', path: '/v2/teams/:id' } });
  });

  it('leaves the full path out when a router is mounted at two prefixes', async () => {
    const result = await scanFiles({
      'app/main.py': 'from fastapi import FastAPI\nfrom .items import router\n\napp = FastAPI()\napp.include_router(router, prefix="/v1")\napp.include_router(router, prefix="/v2")\n',
      'app/items.py': 'from fastapi import APIRouter\n\nrouter = APIRouter()\n\n@router.get("/items")\ndef items():\n    return []\n',
    });
    const mounted = result.models.find((model) => model.file === 'app/items.py')!.routes[0]!.mounted!;
    expect(mounted.path).toBeUndefined();
    expect(mounted.prefix).toBe('');
  });
});

describe('the worker pool', () => {
  it('reports the same cross-file findings with workers as on one thread', async () => {
    const files: Record<string, string> = {
      'lib/security.py': 'import jwt\n\ndef peek(token):\n    return jwt.decode(token, options={"verify_signature": False})\n',
    };
    for (let index = 0; index < 1_000; index++) {
      files[`pkg${index % 20}/m${index}.py`] =
        index % 100 === 0 ? 'from flask import request\nfrom lib.security import peek\n\ndef view():\n    claims = peek(request.headers["Authorization"])\n    return claims["sub"] == "root"\n' : `def f${index}(a):\n    return a + ${index}\n`;
    }
    const many = makeTree(files);
    try {
      const scanWith = (workers: string) =>
        new Promise<{ findings: { file: string; ruleId: string; message: string }[]; stats: { workers: number } }>((resolve, reject) => {
          execFile(process.execPath, [CLI, 'scan', many, '--format', 'json', '--min-score', '0', '--fail-on-severity', 'none'], { env: { ...process.env, TOKENGATE_WORKERS: workers }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout))));
        });
      const [pooled, single] = await Promise.all([scanWith('2'), scanWith('0')]);
      expect(pooled.stats.workers).toBe(2);
      expect(pooled.findings.filter((finding) => finding.ruleId === 'TG101').map((finding) => finding.file)).toHaveLength(10);
      expect(pooled.findings).toEqual(single.findings);
    } finally {
      fs.rmSync(many, { recursive: true, force: true });
    }
  }, 120_000);
});
