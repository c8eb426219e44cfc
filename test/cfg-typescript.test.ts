/**
 * The JS/TS CFG, path by path (lines, `!` after a line whose exception edge was taken,
 * `F` before a finally copy's lines, ending in `exit` or `raise`), then the resource
 * events, roles and path analysis on top of it.
 */
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/engine/config.js';
import { typescriptFrontEnd } from '../src/lang/typescript/index.js';
import { buildTsCfg } from '../src/lang/typescript/cfg.js';
import { enumeratePaths, findDoubleReleases, findMissingReleases, pathToText } from '../src/model/cfg.js';
import type { FileModel } from '../src/model/types.js';

function paths(source: string): string[] {
  const sourceFile = ts.createSourceFile('a.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  let fn: ts.SignatureDeclaration | undefined;
  const find = (node: ts.Node): void => {
    if (!fn && ts.isFunctionLike(node)) fn = node;
    else ts.forEachChild(node, find);
  };
  find(sourceFile);
  const cfg = buildTsCfg(fn!, sourceFile);
  return enumeratePaths(cfg).map((path) => pathToText(cfg, path)).sort();
}

async function lower(source: string, name = 'app.ts'): Promise<FileModel> {
  const result = await typescriptFrontEnd.analyse(source, name, defaultConfig());
  if (!result.ok) throw new Error(result.reason);
  return result.model;
}

describe('typescript cfg paths', () => {
  it('if/else and early return', () => {
    expect(
      paths(`function f(x: number) {
  if (x > 1) {
    return 1;
  } else if (x > 0) {
    x = 2;
  }
  return x;
}`),
    ).toEqual(['2 3 exit', '2 4 5 7 exit', '2 4 7 exit']);
  });

  it('calls and awaits may throw; throw has no normal successor', () => {
    expect(
      paths(`async function f(x: string) {
  await load(x);
  if (!x) throw new Error('no');
  return x;
}`),
    ).toEqual(['2 3 3! raise', '2 3 4 exit', '2! raise']);
  });

  it('for loop with break and continue', () => {
    expect(
      paths(`function f(items: number[]) {
  for (const item of items) {
    if (item === 1) break;
    if (item === 2) continue;
    total = item;
  }
  return total;
}`),
    ).toEqual(['2 3 3 7 exit', '2 3 4 4 2 3 3 7 exit', '2 3 4 4 2 7 exit', '2 3 4 5 2 3 3 7 exit', '2 3 4 5 2 7 exit', '2 7 exit']);
  });

  it('try/catch/finally: finally copied for fall-through, return and rethrow', () => {
    expect(
      paths(`async function f() {
  try {
    await work();
    return 1;
  } catch (err) {
    await log(err);
    throw err;
  } finally {
    close();
  }
}`),
    ).toEqual(['3 4 F9 exit', '3 4 F9! raise', '3! 5 6 7! F9 raise', '3! 5 6! F9 raise']);
  });

  it('switch with fall-through and default', () => {
    expect(
      paths(`function f(x: number) {
  switch (x) {
    case 1:
      y = 1;
    case 2:
      y = 2;
      break;
    default:
      y = 3;
  }
  return y;
}`),
    ).toEqual(['2 4 6 7 11 exit', '2 6 7 11 exit', '2 9 11 exit']);
  });

  it('an arrow with an expression body is one statement', () => {
    expect(paths(`const f = (req: Request) => handle(req);`)).toEqual(['1 exit', '1! raise']);
  });
});

const PRELUDE = `import Redis from 'ioredis';
import jwt from 'jsonwebtoken';
const redis = new Redis();
const KEY = process.env.KEY!;
const sessions = new Map<string, string>();
function claimsOf(token: string) {
  return jwt.verify(token, KEY, { algorithms: ['RS256'] }) as jwt.JwtPayload;
}
`;

describe('typescript resource events and path analysis', () => {
  it('records token-keyed events with comparable keys; module-level Maps are containers', async () => {
    const model = await lower(`${PRELUDE}
export async function logout(token: string) {
  const claims = claimsOf(token);
  const key = \`session:\${claims.sid}\`;
  await redis.set(key, '1');
  await redis.del('session:' + claims.sid);
  sessions.delete(claims.jti);
  await redis.del('static');
  other.delete(claims.jti);
}
`);
    const fn = model.functions.find((candidate) => candidate.name === 'logout')!;
    expect(fn.events?.map((event) => [event.kind, event.api, event.key, event.loc.line])).toEqual([
      ['acquire', 'redis.set', 'redis:session:<claims>[sid]', 13],
      ['release', 'redis.del', 'redis:session:<claims>[sid]', 14],
      ['release', 'sessions.delete', 'sessions:<claims>[jti]', 15],
    ]);
    expect(fn.cfg?.nodes.length).toBeGreaterThan(0);
  });

  it('a lock handle releases the key it was acquired with', async () => {
    const model = await lower(`${PRELUDE}
export async function job(token: string) {
  const claims = claimsOf(token);
  const lock = await redlock.acquire([\`lock:\${claims.sub}\`], 5000);
  await build(claims);
  await lock.release();
}
`);
    const fn = model.functions.find((candidate) => candidate.name === 'job')!;
    expect(fn.events?.map((event) => [event.kind, event.key])).toEqual([
      ['acquire', 'redlock:lock:<claims>[sub]'],
      ['release', 'redlock:lock:<claims>[sub]'],
    ]);
    const missing = findMissingReleases(fn.cfg!);
    expect(missing.map((leak) => [leak.acquire.loc.line, leak.exit, leak.exitLine])).toEqual([[12, 'raise', 13]]);
  });

  it('finds catch + finally double release with the path', async () => {
    const model = await lower(`${PRELUDE}
export async function job(token: string) {
  const claims = claimsOf(token);
  await redis.sadd('active', claims.jti);
  try {
    await run(claims);
  } catch (err) {
    await redis.srem('active', claims.jti);
    throw err;
  } finally {
    await redis.srem('active', claims.jti);
  }
}
`);
    const doubles = findDoubleReleases(model.functions.find((candidate) => candidate.name === 'job')!.cfg!);
    expect(doubles.map((double) => [double.first.loc.line, double.second.loc.line, double.path])).toEqual([[16, 19, 'raised at line 14, released at line 16 in the exception handler, raised at line 17, and again at line 19 in finally']]);
  });

  it('sets Express roles: middleware, error middleware, finish listener registered by its middleware', async () => {
    const model = await lower(
      `const express = require('express');
const jwt = require('jsonwebtoken');
const app = express();
function mw(req, res, next) {
  res.on('finish', () => cleanup(req));
  next();
}
app.use((err, req, res, next) => res.status(500).end());
app.get('/x', (req, res) => res.json({}));
`,
      'app.js',
    );
    const mw = model.functions.find((fn) => fn.name === 'mw')!;
    expect(mw.role).toBe('middleware');
    const listener = model.functions.find((fn) => fn.role === 'finish-listener')!;
    expect(listener.registeredBy).toBe(mw.id);
    expect(model.functions.filter((fn) => fn.role === 'error-handler')).toHaveLength(1);
    expect(model.functions.filter((fn) => fn.role === 'route')).toHaveLength(1);
  });
});
