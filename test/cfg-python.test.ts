/**
 * The Python CFG, path by path: each path is written as its statement lines, `!` after a
 * line whose exception edge was taken, `F` before a line of a finally copy, ending in
 * `exit` (normal return) or `raise`. Then the acquire/release facts and the path analysis
 * on top of them.
 */
import { describe, expect, it } from 'vitest';
import type { Node } from 'web-tree-sitter';
import { defaultConfig } from '../src/engine/config.js';
import { pythonFrontEnd } from '../src/lang/python/index.js';
import { buildPythonCfg } from '../src/lang/python/cfg.js';
import { getPythonParser, parsePython } from '../src/lang/python/parser.js';
import { enumeratePaths, findDoubleReleases, findMissingReleases, pathToText } from '../src/model/cfg.js';
import type { FileModel } from '../src/model/types.js';

/** Paths of the first function in `source` (line 1 is the def). */
async function paths(source: string): Promise<string[]> {
  const parser = await getPythonParser();
  const tree = parsePython(parser, source);
  try {
    const def = tree.rootNode.descendantsOfType('function_definition')[0] as Node;
    const cfg = buildPythonCfg(def);
    return enumeratePaths(cfg).map((path) => pathToText(cfg, path)).sort();
  } finally {
    tree.delete();
  }
}

async function lower(source: string, config = defaultConfig()): Promise<FileModel> {
  const result = await pythonFrontEnd.analyse(source, 'app.py', config);
  if (!result.ok) throw new Error(result.reason);
  return result.model;
}

describe('python cfg paths', () => {
  it('if/elif/else: one path per branch, no exception edge without a call', async () => {
    expect(
      await paths(`def f(x):
    if x > 1:
        a = 1
    elif x > 0:
        a = 2
    else:
        a = 3
    return a
`),
    ).toEqual(['2 3 8 exit', '2 4 5 8 exit', '2 4 7 8 exit']);
  });

  it('early return skips the rest; a call may raise to the raise-exit', async () => {
    expect(
      await paths(`def f(x):
    if not x:
        return None
    work(x)
    return 1
`),
    ).toEqual(['2 3 exit', '2 4 5 exit', '2 4! raise']);
  });

  it('while with break and continue; the loop header is revisited', async () => {
    expect(
      await paths(`def f(n):
    while n:
        if n == 3:
            break
        if n == 2:
            continue
        n = n - 1
    return n
`),
    ).toEqual(['2 3 4 8 exit', '2 3 5 6 2 3 4 8 exit', '2 3 5 6 2 8 exit', '2 3 5 7 2 3 4 8 exit', '2 3 5 7 2 8 exit', '2 8 exit']);
  });

  it('for loop over an iterable that may raise, with else', async () => {
    expect(
      await paths(`def f(items):
    for item in load(items):
        x = item
    else:
        x = None
    return x
`),
    ).toEqual(['2 3 2 5 6 exit', '2 5 6 exit', '2! raise', '2 3 2! raise'].sort());
  });

  it('raise and abort() have no normal successor', async () => {
    expect(
      await paths(`def f(x):
    if x:
        raise ValueError("bad")
    abort(401)
`),
    ).toEqual(['2 3! raise', '2 4! raise']);
    expect(
      await paths(`def f(x):
    if x:
        raise HTTPException(status_code=401)
    return 1
`),
    ).toEqual(['2 3! raise', '2 4 exit']);
  });

  it('try/except/else/finally: finally is copied per exit (fall through, return, re-raise)', async () => {
    expect(
      await paths(`def f(x):
    try:
        work()
    except ValueError:
        return 0
    else:
        done()
    finally:
        close()
    return 1
`),
    ).toEqual([
      '3 7 F9 10 exit', // body, else, finally, after the try
      '3 7 F9! raise', // finally's own call raises
      '3 7! F9 raise', // else raises: finally on the way out, then re-raised
      '3! 4 5 F9 exit', // handled: the return goes through finally
      '3! 4 5 F9! raise',
      '3! F9 raise', // not a ValueError: finally, then re-raised
    ]);
  });

  it('a bare except catches everything: no edge past it', async () => {
    expect(
      await paths(`def f():
    try:
        work()
    except Exception:
        pass
    return 1
`),
    ).toEqual(['3 6 exit', '3! 4 5 6 exit']);
  });

  it('with: the items may raise, the body runs, no release node', async () => {
    expect(
      await paths(`def f(token):
    with lock(token):
        x = 1
    return x
`),
    ).toEqual(['2 3 4 exit', '2! raise']);
  });

  it('await and yield may raise (a FastAPI dependency receives the request exception at its yield)', async () => {
    expect(
      await paths(`async def f(token):
    await start(token)
    try:
        yield token
    finally:
        stop(token)
`),
    ).toEqual(['2 4 F6 exit', '2 4 F6! raise', '2 4! F6 raise', '2! raise']);
  });

  it('break inside try runs finally before leaving the loop', async () => {
    expect(
      await paths(`def f(items):
    for item in items:
        try:
            break
        finally:
            close(item)
    return 1
`),
    ).toEqual(['2 4 F6 7 exit', '2 4 F6! raise', '2 7 exit']);
  });
});

const PRELUDE = `import jwt
from redis import Redis
redis = Redis()
KEY = open("k.pem").read()


def claims_of(token):
    return jwt.decode(token, KEY, algorithms=["RS256"], audience="api")
`;

describe('python resource events and path analysis', () => {
  it('records token-keyed acquire/release with keys that compare equal however the key is built', async () => {
    const model = await lower(`${PRELUDE}

def logout(token):
    claims = claims_of(token)
    key = f"session:{claims['sid']}"
    redis.set(key, "1")
    redis.delete("session:" + claims["sid"])
    redis.delete(f"session:{claims['jti']}")
    redis.delete("static-key")
    redis.delete(token)
`);
    const fn = model.functions.find((candidate) => candidate.name === 'logout')!;
    expect(fn.events?.map((event) => [event.kind, event.api, event.key, event.loc.line])).toEqual([
      ['acquire', 'redis.set', 'redis:session:<claims>[sid]', 14],
      ['release', 'redis.delete', 'redis:session:<claims>[sid]', 15],
      ['release', 'redis.delete', 'redis:session:<claims>[jti]', 16],
      ['release', 'redis.delete', 'redis:<token>', 18],
    ]);
    expect(fn.cfg?.nodes.length).toBeGreaterThan(0);
    expect(model.functions.find((candidate) => candidate.name === 'claims_of')!.cfg, 'no graph without resource events').toBeUndefined();
  });

  it('with blocks and non-cache receivers record nothing', async () => {
    const model = await lower(`${PRELUDE}

def careful(token):
    claims = claims_of(token)
    with redis.lock(f"lock:{claims['jti']}"):
        requests.delete(f"https://idp/sessions/{claims['sid']}")
`);
    expect(model.functions.find((candidate) => candidate.name === 'careful')!.events).toBeUndefined();
  });

  it('describes the double-release path: raised, released in except, again in finally', async () => {
    const model = await lower(`${PRELUDE}

def job(token):
    claims = claims_of(token)
    redis.sadd("active", claims["jti"])
    try:
        run(claims)
    except Exception:
        redis.srem("active", claims["jti"])
        raise
    finally:
        redis.srem("active", claims["jti"])
`);
    const cfg = model.functions.find((candidate) => candidate.name === 'job')!.cfg!;
    const doubles = findDoubleReleases(cfg);
    expect(doubles.map((double) => [double.first.loc.line, double.second.loc.line, double.path])).toEqual([[17, 20, 'raised at line 15, released at line 17 in the exception handler, raised at line 18, and again at line 20 in finally']]);
    expect(findMissingReleases(cfg)).toEqual([]);
  });

  it('finds the leak on the exception path and names the raise', async () => {
    const model = await lower(`${PRELUDE}

def job(token):
    claims = claims_of(token)
    redis.setex(f"lease:{claims['jti']}", 30, "1")
    report = build(claims)
    redis.delete(f"lease:{claims['jti']}")
    return report
`);
    const missing = findMissingReleases(model.functions.find((candidate) => candidate.name === 'job')!.cfg!);
    expect(missing.map((leak) => [leak.acquire.loc.line, leak.release.loc.line, leak.exit, leak.exitLine])).toEqual([[13, 15, 'raise', 14]]);
  });

  it('takes acquire, release and idempotent names from the config', async () => {
    const config = defaultConfig();
    config.resources = { acquire: ['leases.take'], release: ['leases.give_back'], idempotent: ['leases.give_back'] };
    const source = `${PRELUDE}

def job(token):
    claims = claims_of(token)
    leases.take(claims["jti"])
    try:
        run(claims)
    except Exception:
        leases.give_back(claims["jti"])
        raise
    finally:
        leases.give_back(claims["jti"])
`;
    const idempotent = await lower(source, config);
    const fn = idempotent.functions.find((candidate) => candidate.name === 'job')!;
    expect(fn.events?.map((event) => [event.kind, event.idempotent])).toEqual([
      ['acquire', false],
      ['release', true],
      ['release', true],
    ]);
    expect(findDoubleReleases(fn.cfg!)).toEqual([]);
    config.resources.idempotent = [];
    const strict = await lower(source, config);
    expect(findDoubleReleases(strict.functions.find((candidate) => candidate.name === 'job')!.cfg!).map((double) => double.second.loc.line)).toEqual([20]);
  });

  it('sets framework roles: yield dependency, exception handler, teardown, route', async () => {
    const model = await lower(`${PRELUDE}
from fastapi import FastAPI
from flask import Flask
app = FastAPI()
flask_app = Flask(__name__)


async def lease(token: str):
    claims = claims_of(token)
    redis.sadd("active", claims["jti"])
    try:
        yield claims
    finally:
        redis.srem("active", claims["jti"])


@app.exception_handler(ValueError)
async def on_error(request, exc):
    return None


@flask_app.teardown_request
def teardown(exc):
    return None


def on_404(error):
    return None


flask_app.register_error_handler(404, on_404)


@app.get("/x")
def route():
    return None
`);
    const roles = Object.fromEntries(model.functions.map((fn) => [fn.name, fn.role]));
    expect(roles).toMatchObject({ lease: 'dependency', on_error: 'error-handler', teardown: 'teardown', on_404: 'error-handler', route: 'route' });
  });
});
