/** TokenFlow and TokenQueryRead facts the Python sinks recognizer records, and how token values propagate to them. */
import { describe, expect, it } from 'vitest';
import type { FileModel, TokenFlow } from '../src/model/types.js';
import { scanPython } from './helpers/scan.js';

async function model(source: string, name = 'app.py', config?: Parameters<typeof scanPython>[2]): Promise<FileModel> {
  const result = await scanPython(source, name, config);
  expect(result.skipped).toEqual([]);
  return result.models[0]!;
}

/** line, sink, api, source kind, transforms: the parts of a flow the tests compare. */
function summary(flows: TokenFlow[]): [number, string, string, string, string][] {
  return flows.map((flow) => [flow.loc.line, flow.sink, flow.api, flow.value.source.kind, flow.value.transforms.join(',')]);
}

const HEADER = `import json, logging
from flask import Flask, request
app = Flask(__name__)
logger = logging.getLogger(__name__)
`;

describe('value propagation into sinks', () => {
  it('carries a header token through helper returns and every string-building form', async () => {
    const { flows } = await model(`${HEADER}
def bearer(req):
    return req.headers["Authorization"].removeprefix("Bearer ")

def handler():
    token = bearer(request)
    logger.info(f"token {token}")
    logger.info("token %s" % token)
    logger.info("token {}".format(token))
    logger.info("token " + token)
    logger.info("t", extra={"ctx": [token]})
    logger.info("user %s", 42)
    logger.info("auth %s", "yes" if token else "no")
    logger.info("auth %s", token if token else "-")
    logger.info(json.dumps({"auth": token}))
`);
    expect(summary(flows)).toEqual([
      [11, 'log', 'logger.info', 'auth-header', 'removeprefix,bearer(),f-string'],
      [12, 'log', 'logger.info', 'auth-header', 'removeprefix,bearer(),%-format'],
      [13, 'log', 'logger.info', 'auth-header', 'removeprefix,bearer(),.format'],
      [14, 'log', 'logger.info', 'auth-header', 'removeprefix,bearer(),concatenation'],
      [15, 'log', 'logger.info', 'auth-header', 'removeprefix,bearer()'],
      [18, 'log', 'logger.info', 'auth-header', 'removeprefix,bearer()'],
      [19, 'log', 'logger.info', 'auth-header', 'removeprefix,bearer(),json.dumps'],
    ]);
    expect(flows.every((flow) => flow.hashed === false && flow.value.name === 'token')).toBe(true);
  });

  it('passes a token argument through a helper that returns something derived from its parameter', async () => {
    const { flows } = await model(`${HEADER}import jwt, os
def bearer(header, scheme="Bearer"):
    return header.removeprefix(scheme + " ").strip()
def size(value):
    return len(value)
def claims_of(raw):
    return jwt.decode(raw, os.environ["K"], algorithms=["RS256"], audience="a")
def handler():
    header = request.headers["Authorization"]
    logger.info(bearer(header))
    logger.info(bearer(header=header))
    logger.info(size(header))
    logger.info(claims_of(header))
    logger.info(bearer("not a token"))
`);
    expect(summary(flows)).toEqual([
      [14, 'log', 'logger.info', 'auth-header', 'removeprefix,strip,bearer()'],
      [15, 'log', 'logger.info', 'auth-header', 'removeprefix,strip,bearer()'],
    ]);
  });

  it('marks literal slices of at most 8 characters as redacted, and prefers the whole token when both appear', async () => {
    const { flows } = await model(`${HEADER}
def handler():
    token = request.headers["Authorization"]
    logger.info("%s", token[:8])
    logger.info("%s", token[-4:])
    logger.info("%s", token[:9])
    logger.info("%s", token[7:])
    logger.info(f"{token[:6]} {token}")
`);
    expect(flows.map((flow) => flow.value.transforms.at(-1) === 'redacted-slice' || flow.value.transforms.includes('redacted-slice'))).toEqual([true, true, false, false, false]);
  });

  it('does not treat hashed tokens or verified claims as tokens', async () => {
    const { flows } = await model(`${HEADER}import hashlib, jwt, os
def handler():
    token = request.headers["Authorization"]
    logger.info(hashlib.sha256(token.encode()).hexdigest())
    claims = jwt.decode(token, os.environ["K"], algorithms=["RS256"], audience="a")
    logger.info("sub %s jti %s", claims["sub"], claims["jti"])
`);
    expect(flows).toEqual([]);
  });
});

describe('sinks', () => {
  it('recognises loggers by binding, by name and by factory call, and configured loggers', async () => {
    const { flows } = await model(
      `${HEADER}import structlog, sys
audit = structlog.get_logger()
def handler():
    token = request.cookies["access_token"]
    audit.msg("t", token=token)
    logging.getLogger("x").warning(token)
    print(token)
    sys.stdout.write(token)
    emit_event("login", token)
    metrics.info(token)
`,
      'app.py',
      { names: { loggers: ['emit_event'], caches: [], 'auth-decorators': [] } },
    );
    expect(summary(flows).map(([line, sink, api]) => [line, sink, api])).toEqual([
      [9, 'log', 'audit.msg'],
      [10, 'log', 'logging.getLogger().warning'],
      [11, 'log', 'print'],
      [12, 'log', 'sys.stdout.write'],
      [13, 'log', 'emit_event'],
    ]);
  });

  it('records URLs built with a token once, where they are built, and query-string reads', async () => {
    const { flows, queryReads } = await model(`${HEADER}import requests
from urllib.parse import urlencode
def handler():
    token = request.headers["Authorization"]
    url = f"https://api.example.com/x?token={token}"
    requests.get(url)
    requests.get("https://api.example.com/x", params={"jwt": token})
    q = urlencode({"token": token})
    requests.get(f"https://api.example.com/x?{q}")
    requests.get(f"https://api.example.com/x", headers={"Authorization": token})
    t = request.args.get("access_token")
`);
    expect(summary(flows).map(([line, sink, api]) => [line, sink, api])).toEqual([
      [9, 'url', 'URL built with the token'],
      [11, 'url', 'requests.get(params=…)'],
      [12, 'url', 'urlencode'],
    ]);
    expect(queryReads.map((read) => [read.loc.line, read.name])).toEqual([[15, 'access_token']]);
  });

  it('treats token-named scalar FastAPI route parameters outside the path as query-string reads', async () => {
    const { queryReads, flows } = await model(`import logging
from fastapi import FastAPI, Depends, Header
app = FastAPI()
log = logging.getLogger(__name__)
@app.get("/a")
def a(token: str, page: int = 1):
    log.info(token)
@app.get("/b/{token}")
def b(token: str):
    return {}
@app.get("/c")
def c(token: str = Header(...), access_token: str | None = None):
    return {}
def helper(token: str):
    return token
`);
    expect(queryReads.map((read) => [read.loc.line, read.name])).toEqual([
      [6, 'token'],
      [12, 'access_token'],
    ]);
    expect(flows.map((flow) => [flow.loc.line, flow.value.source.kind, flow.value.source.strength])).toEqual([[7, 'query', 'strong']]);
  });

  it('records responses only from incoming tokens, and route returns only in route handlers', async () => {
    const { flows } = await model(`${HEADER}import jwt, os
from flask import jsonify, abort
def bearer():
    return request.headers["Authorization"]
@app.get("/echo")
def echo():
    token = bearer()
    if not token:
        abort(401, "missing")
    if token == "x":
        abort(401, f"bad {token}")
    return {"token": token}
@app.post("/login")
def login():
    issued = jwt.encode({"sub": "u", "exp": 1}, os.environ["K"], algorithm="HS256")
    return jsonify(token=issued)
`);
    expect(summary(flows).map(([line, sink, api]) => [line, sink, api])).toEqual([
      [15, 'response', 'abort'],
      [16, 'response', 'the return value of echo()'],
      [20, 'response', 'jsonify'],
    ]);
    // the issued token is recorded as such: token-reflected leaves it alone (handing it out is the login's job)
    expect(flows.map((flow) => flow.value.source.kind)).toEqual(['auth-header', 'auth-header', 'issued']);
  });

  it('records raw-token keys of caches, sessions, module dict caches and rate limiters, not hashed ones', async () => {
    const { flows } = await model(`${HEADER}import hashlib, redis
from flask import session
from flask_limiter import Limiter
r = redis.Redis()
_cache = {}
KNOWN = {"a": 1}
limiter = Limiter(app, key_func=lambda: request.headers.get("Authorization"))
def handler():
    token = request.headers["Authorization"]
    r.setex(f"s:{token}", 60, 1)
    _cache[token] = 1
    session[token] = 1
    KNOWN.get(token)
    r.set(hashlib.sha256(token.encode()).hexdigest(), 1)
`);
    expect(summary(flows).map(([line, sink, api]) => [line, sink, api])).toEqual([
      [11, 'cache-key', 'Limiter(key_func=…)'],
      [14, 'cache-key', 'r.setex'],
      [15, 'cache-key', '_cache[…]'],
      [16, 'cache-key', 'session[…]'],
    ]);
  });

  it('records hash() keys that reach shared stores, not in-process ones or __hash__', async () => {
    const { flows } = await model(`${HEADER}import redis
r = redis.Redis()
_local = {}
class Key:
    def __hash__(self):
        return hash(self.value)
def handler():
    token = request.headers["Authorization"]
    key = f"revoked:{hash(token)}"
    r.set(key, 1)
    _local[hash(token)] = 1
    Token.objects.filter(digest=hash(token))
`);
    expect(flows.map((flow) => [flow.loc.line, flow.sink, flow.api, flow.value.source.name, flow.value.name])).toEqual([
      [14, 'hash-key', 'r.set', 'token', 'key'],
      [16, 'hash-key', 'Token.objects.filter', 'token', undefined],
    ]);
  });
});

describe('unstable keys outside token code', () => {
  it('lowers a file with hash() and a shared store even when nothing in it says token', async () => {
    const result = await scanPython(`import redis
r = redis.Redis()
def remember(query, result):
    r.setex(f"q:{hash(query)}", 60, result)
`);
    expect(result.findings.filter((finding) => finding.ruleId === 'TG405').map((finding) => [finding.line, finding.message.slice(0, 40)])).toEqual([[4, 'hash() of `query` reaches r.setex, a sto']]);
  });
});

describe('one-time codes', () => {
  // no fixture: an `expect: TG401` comment would itself make the helper's body worth walking
  it('reports a code that a delivery helper prints, and not a status code', async () => {
    const source = 'from jose import jwt\n\n\ndef send_code_to_phone_number(phone_number: str, code: str):\n    # a third-party service would send it\n    print(f"Sending code {code} to phone number {phone_number}")\n    return True\n\n\ndef render_error(code: str):\n    print(f"error code {code}")\n';
    const result = await scanPython(source, 'app/auth/utils.py');
    expect(result.findings.map((finding) => `${finding.line} ${finding.ruleId}`)).toEqual(['6 TG401']);
    expect(result.findings[0]!.message).toContain('`code`');
  });
});

describe('weak sources', () => {
  const lexer = `import logging
log = logging.getLogger(__name__)
def dump(token):
    print(token)
    log.debug("token %r", token)
`;

  it('records the flows of a name-only token but reports them only in web or JWT files', async () => {
    const plain = await scanPython(lexer);
    expect(plain.models[0]!.flows.map((flow) => flow.value.source.strength)).toEqual(['weak', 'weak']);
    expect(plain.findings.filter((finding) => finding.ruleId === 'TG401')).toEqual([]);

    const web = await scanPython(`from flask import Flask\n${lexer}`);
    expect(web.findings.filter((finding) => finding.ruleId === 'TG401').map((finding) => finding.line)).toEqual([5, 6]);

    const test = await scanPython(`from flask import Flask\n${lexer}`, 'tests/test_dump.py', { 'test-files': 'scan' });
    expect(test.findings.filter((finding) => finding.ruleId === 'TG401')).toEqual([]);
  });

  it('never puts the token value in a message', async () => {
    const result = await scanPython(`${HEADER}
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.sig"
def handler():
    token = request.headers.get("Authorization", TOKEN)
    logger.info(token)
`);
    const messages = result.findings.filter((finding) => finding.ruleId === 'TG401').map((finding) => finding.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('Authorization header');
    expect(messages[0]).not.toContain('eyJ');
  });
});
