/** Facts the Python secrets and checks recognizers record: SecretBinding, SplitUse, CompareUse, VerifyHandler. */
import { describe, expect, it } from 'vitest';
import type { FileModel } from '../src/model/types.js';
import { scanFiles, scanPython } from './helpers/scan.js';

async function model(source: string, name = 'app.py'): Promise<FileModel> {
  const result = await scanPython(source, name);
  expect(result.skipped).toEqual([]);
  return result.models[0]!;
}

describe('secret bindings', () => {
  it('records each kind of literal secret with its context, once per literal', async () => {
    const { secrets } = await model(`
import os, jwt
from flask import Flask
app = Flask(__name__)
SECRET = "constant-key-0123456789abcdef0123456789"
def a(p): return jwt.encode(p, SECRET, algorithm="HS256")
def b(p): return jwt.encode(p, SECRET, algorithm="HS256")
def c(t): return jwt.decode(t, key="literal-key", algorithms=["HS256"])
app.config["JWT_SECRET_KEY"] = "dev"
app.secret_key = "flask-session"
FALLBACK_SECRET = os.getenv("FALLBACK_SECRET", "changeme")
`);
    expect(secrets.map((binding) => [binding.loc.line, binding.name, binding.context])).toEqual([
      [5, 'SECRET', 'constant-used-as-key'],
      [8, 'the key passed to jwt.decode', 'key-argument'],
      [9, 'app.config["JWT_SECRET_KEY"]', 'setting'],
      [10, 'app.secret_key', 'setting'],
      [11, 'FALLBACK_SECRET', 'env-fallback'],
    ]);
    expect(secrets[4]!.value).toEqual({ kind: 'env', name: 'FALLBACK_SECRET', fallback: { kind: 'string', value: 'changeme' } });
  });

  it('records a constant used as a key only while it still holds the literal', async () => {
    const { secrets } = await model(`
import os, jwt
KEY = "first-literal-that-is-replaced-later-000"
KEY = os.environ["JWT_KEY"]
def issue(p): return jwt.encode(p, KEY, algorithm="HS256")
`);
    expect(secrets).toEqual([]);
  });

  it('records nothing for env reads without fallback, empty strings, reject lists and public keys', async () => {
    const { secrets } = await model(`
import os, jwt
INSECURE_DEFAULTS = {"changeme", "secret"}
SECRET_KEY = os.environ["SECRET_KEY"]
JWT_SECRET = os.getenv("JWT_SECRET", "")
PUBLIC_KEY = "-----BEGIN PUBLIC KEY-----\\nMFkw\\n-----END PUBLIC KEY-----"
def check(t):
    if SECRET_KEY in INSECURE_DEFAULTS:
        raise RuntimeError("placeholder")
    return jwt.decode(t, PUBLIC_KEY, algorithms=["ES256"])
`);
    expect(secrets).toEqual([]);
  });

  it('keeps module-level SECRET_KEY only in settings modules', async () => {
    const source = 'SECRET_KEY = "django-insecure-0123456789"\nINSTALLED_APPS = []\n';
    expect((await model(source, 'project/app.py')).secrets.map((binding) => binding.context)).toEqual(['setting']);
    expect((await model('SECRET_KEY = "django-insecure-0123456789"\n', 'project/settings.py')).secrets).toHaveLength(1);
    expect((await model('SECRET_KEY = "django-insecure-0123456789"\n', 'project/views.py')).secrets).toEqual([]);
  });

  it('reads simplejwt SIGNING_KEY and itsdangerous serializer keys', async () => {
    const { secrets } = await model(`
from itsdangerous import URLSafeTimedSerializer
SIMPLE_JWT = {"ALGORITHM": "HS256", "SIGNING_KEY": "simplejwt-key"}
s = URLSafeTimedSerializer("reset-secret")
`);
    expect(secrets.map((binding) => [binding.name, binding.context])).toEqual([
      ['SIMPLE_JWT["SIGNING_KEY"]', 'setting'],
      ['the key passed to itsdangerous.URLSafeTimedSerializer', 'key-argument'],
    ]);
  });

  it('keeps secrets quiet in test files under test-files: skip-secrets, and reports them with scan', async () => {
    const files = { 'tests/test_auth.py': 'import jwt\nTOKEN = jwt.encode({"sub": "u"}, "test-secret", algorithm="HS256")\n' };
    const secretRules = (result: Awaited<ReturnType<typeof scanFiles>>) => result.findings.filter((finding) => finding.ruleId === 'TG201' || finding.ruleId === 'TG202');
    const skipped = await scanFiles(files, { 'test-files': 'skip-secrets' });
    expect(skipped.models[0]!.secrets).toHaveLength(1);
    expect(secretRules(skipped)).toEqual([]);
    expect(secretRules(await scanFiles(files, { 'test-files': 'scan' })).map((finding) => finding.ruleId)).toEqual(['TG201']);
  });

  it('never repeats the secret in a message', async () => {
    const result = await scanPython('import os, jwt\nJWT_SECRET = os.getenv("JWT_SECRET", "hunter2-hunter2")\ndef f(p): return jwt.encode(p, "s3cr3t-value-xyz", algorithm="HS256")\n');
    const secretFindings = result.findings.filter((finding) => finding.ruleId === 'TG201' || finding.ruleId === 'TG202');
    expect(secretFindings.map((finding) => finding.ruleId).sort()).toEqual(['TG201', 'TG202']);
    for (const finding of secretFindings) expect(finding.message).not.toMatch(/hunter2|s3cr3t/);
  });
});

describe('header splits', () => {
  const prelude = 'from flask import request, abort\n';
  async function guarded(body: string): Promise<boolean[]> {
    return (await model(prelude + body)).splits.map((split) => split.guarded);
  }

  it('marks a bare split of the Authorization header unguarded', async () => {
    expect(await guarded('def f():\n    return request.headers["Authorization"].split(" ")[1]\n')).toEqual([false]);
  });

  it('marks startswith, length, containment and IndexError guards', async () => {
    expect(await guarded('def f():\n    h = request.headers.get("Authorization", "")\n    if not h.startswith("Bearer "):\n        abort(401)\n    return h.split(" ")[1]\n')).toEqual([true]);
    expect(await guarded('def f():\n    parts = request.headers.get("Authorization", "").split()\n    if len(parts) != 2:\n        abort(401)\n    return parts[1]\n')).toEqual([true]);
    expect(await guarded('def f():\n    h = request.headers.get("Authorization", "")\n    if " " not in h:\n        abort(401)\n    return h.split(" ")[1]\n')).toEqual([true]);
    expect(await guarded('def f():\n    h = request.headers.get("Authorization", "")\n    try:\n        return h.split(" ")[1]\n    except IndexError:\n        abort(401)\n')).toEqual([true]);
  });

  it('does not carry a guard from one function into another', async () => {
    expect(await guarded('def f():\n    h = request.headers.get("Authorization", "")\n    if h.startswith("Bearer "):\n        pass\ndef g():\n    h = request.headers.get("Authorization", "")\n    return h.split(" ")[1]\n')).toEqual([false]);
  });

  it('records no split for index 0, -1 or partition', async () => {
    expect(await guarded('def f():\n    h = request.headers.get("Authorization", "")\n    return h.split(" ")[0], h.split(" ")[-1], h.partition(" ")[2]\n')).toEqual([]);
  });
});

describe('token comparisons', () => {
  it('records == and != with the presented token and what it is compared with', async () => {
    const { compares } = await model(`
import os
from flask import request
def f():
    t = request.headers.get("X-API-Key")
    a = t == os.getenv("API_KEY")
    b = t is None
    c = t != "Bearer"
`);
    expect(compares.map((use) => [use.operator, use.presented.name, use.against.kind])).toEqual([
      ['==', 't', 'env'],
      ['!=', 't', 'string'],
    ]);
  });
});

describe('verify handlers', () => {
  const prelude = 'import jwt, logging\nfrom flask import abort\nKEY = "k"\n';
  async function handlers(body: string) {
    return (await model(prelude + body)).verifyHandlers.map((handler) => ({ swallows: handler.swallows, continues: handler.continuesToProtectedCode, ops: handler.verifyOpIds.length }));
  }

  it('marks a pass handler around a decode as swallowing and continuing', async () => {
    expect(await handlers('def f(t):\n    try:\n        jwt.decode(t, KEY, algorithms=["HS256"])\n    except jwt.InvalidTokenError:\n        pass\n    return "data"\n')).toEqual([{ swallows: true, continues: true, ops: 1 }]);
  });

  it('does not mark handlers that raise, abort, return or set a checked flag', async () => {
    const decode = 'def f(t):\n    ok = True\n    try:\n        jwt.decode(t, KEY, algorithms=["HS256"])\n';
    expect(await handlers(`${decode}    except jwt.InvalidTokenError:\n        raise\n    return 1\n`)).toMatchObject([{ swallows: false }]);
    expect(await handlers(`${decode}    except jwt.InvalidTokenError:\n        abort(401)\n    return 1\n`)).toMatchObject([{ swallows: false }]);
    expect(await handlers(`${decode}    except jwt.InvalidTokenError:\n        return None\n    return 1\n`)).toMatchObject([{ swallows: false }]);
    expect(await handlers(`${decode}    except jwt.InvalidTokenError:\n        ok = False\n    if not ok:\n        return None\n    return 1\n`)).toMatchObject([{ swallows: false }]);
    expect(await handlers(`${decode}    except jwt.InvalidTokenError:\n        ok = False\n    return 1\n`)).toMatchObject([{ swallows: true, continues: true }]);
  });

  it('sees verify-like helper calls, and nothing continues after a try that ends the function', async () => {
    const model_ = await model(`${prelude}def f(t):\n    try:\n        verify_token(t)\n    except ValueError:\n        logging.warning("bad")\n`);
    expect(model_.verifyHandlers).toMatchObject([{ swallows: true, continuesToProtectedCode: false, verifyOpIds: [], verifyCalls: ['verify_token'] }]);
  });

  it('records nothing for a try without verification', async () => {
    expect(await handlers('def f(p):\n    try:\n        open(p).read()\n    except OSError:\n        pass\n    return 1\n')).toEqual([]);
  });
});
