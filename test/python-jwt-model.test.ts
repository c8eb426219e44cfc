/** What the Python front end records about JWT calls: the facts the JWT rules read. */
import { describe, expect, it } from 'vitest';
import type { FileModel, JwtOperation } from '../src/model/types.js';
import { scanPython } from './helpers/scan.js';

async function model(source: string): Promise<FileModel> {
  const result = await scanPython(source, 'app.py', { 'test-files': 'scan' });
  return result.models[0]!;
}

function opAt(model: FileModel, line: number): JwtOperation {
  const op = model.jwtOps.find((candidate) => candidate.loc.line === line);
  if (!op) throw new Error(`no JWT operation on line ${line}: ${JSON.stringify(model.jwtOps.map((o) => o.loc.line))}`);
  return op;
}

describe('Python JWT operations', () => {
  it('resolves every import form to the catalog API', async () => {
    const m = await model(
      [
        'import jwt as pyjwt',
        'from jwt import decode',
        'from jose import jwt',
        'from jose.jwt import decode as d',
        'import jose.jwt',
        'def f(token, key):',
        '    pyjwt.decode(token, key, algorithms=["RS256"])',
        '    decode(token, key, algorithms=["RS256"])',
        '    jwt.decode(token, key, algorithms=["RS256"])',
        '    d(token, key, algorithms=["RS256"])',
        '    jose.jwt.get_unverified_claims(token)',
      ].join('\n'),
    );
    expect(m.jwtOps.map((op) => [op.api, op.library, op.kind])).toEqual([
      ['jwt.decode', 'PyJWT', 'decode'],
      ['jwt.decode', 'PyJWT', 'decode'],
      ['jose.jwt.decode', 'python-jose', 'decode'],
      ['jose.jwt.decode', 'python-jose', 'decode'],
      ['jose.jwt.get_unverified_claims', 'python-jose', 'unverified-decode'],
    ]);
  });

  it('reads options inline, through a variable, dict(...) and a ** splat', async () => {
    const m = await model(
      [
        'import jwt',
        'OPTS = {"verify_exp": False}',
        'def f(token, key):',
        '    jwt.decode(token, key, algorithms=["HS256"], options={"verify_aud": False})',
        '    jwt.decode(token, key, algorithms=["HS256"], options=OPTS)',
        '    jwt.decode(token, key, algorithms=["HS256"], options=dict(verify_iss=False))',
        '    extra = {"options": {"verify_signature": False}}',
        '    jwt.decode(token, key, **extra)',
      ].join('\n'),
    );
    expect(opAt(m, 4).options).toEqual({ verifyAud: false });
    expect(opAt(m, 5).options).toEqual({ verifyExp: false });
    expect(opAt(m, 6).options).toEqual({ verifyIss: false });
    expect(opAt(m, 8)).toMatchObject({ kind: 'unverified-decode', options: { verifySignature: false } });
  });

  it('knows when the algorithms come from the token header, and when an allow-list checked them', async () => {
    const m = await model(
      [
        'import jwt',
        'def f(token, key):',
        '    header = jwt.get_unverified_header(token)',
        '    jwt.decode(token, key, algorithms=[header["alg"]])',
        'def g(token, key):',
        '    header = jwt.get_unverified_header(token)',
        '    if header["alg"] not in ALLOWED:',
        '        raise ValueError()',
        '    jwt.decode(token, key, algorithms=[header["alg"]])',
      ].join('\n'),
    );
    expect(opAt(m, 4).algorithmsFromToken).toBe(true);
    expect(opAt(m, 9).algorithmsFromToken).toBe(false);
    expect(opAt(m, 3)).toMatchObject({ kind: 'header-peek', resultUse: 'key-selection' });
  });

  it('computes payload claims and the lifetime of an encode, also when exp is added later', async () => {
    const m = await model(
      [
        'import jwt, time',
        'from datetime import datetime, timedelta, timezone',
        'def f(user, key):',
        '    payload = {"sub": user.id}',
        '    jwt.encode(payload, key, algorithm="HS256")',
        '    payload["exp"] = datetime.now(timezone.utc) + timedelta(days=7)',
        '    jwt.encode(payload, key, algorithm="HS256")',
        '    jwt.encode({"sub": 1, "exp": int(time.time()) + 3600}, key)',
        '    jwt.encode(user.claims(), key)',
      ].join('\n'),
    );
    expect(opAt(m, 5)).toMatchObject({ payloadClaims: ['sub'], expiresInSeconds: undefined });
    expect(opAt(m, 7)).toMatchObject({ payloadClaims: ['sub', 'exp'], expiresInSeconds: 7 * 86400, algorithms: { kind: 'string', value: 'HS256' } });
    expect(opAt(m, 8)).toMatchObject({ expiresInSeconds: 3600, algorithms: 'missing' });
    expect(opAt(m, 9).payloadClaims).toBeNull();
  });

  it('tells what a token is for from the payload type, the variable and the function', async () => {
    const m = await model(
      [
        'import jwt',
        'def login(user, key):',
        '    refresh_token = jwt.encode({"sub": user.id}, key)',
        '    jwt.encode({"sub": user.id, "type": "access"}, key)',
        'def send_password_reset(user, key):',
        '    jwt.encode({"sub": user.id}, key)',
      ].join('\n'),
    );
    expect([opAt(m, 3).tokenType, opAt(m, 4).tokenType, opAt(m, 6).tokenType]).toEqual(['refresh', 'access', 'other']);
  });

  it('separates an unverified peek that selects the key from claims that drive a decision', async () => {
    const m = await model(
      [
        'import jwt',
        'def select(token):',
        '    unverified = jwt.decode(token, options={"verify_signature": False})',
        '    issuer = unverified["iss"]',
        '    key = keys_for(issuer)',
        '    return jwt.decode(token, key, algorithms=["RS256"], issuer=issuer)',
        'def decide(token):',
        '    claims = jwt.decode(token, options={"verify_signature": False})',
        '    if claims.get("admin"):',
        '        return True',
        'def lookup(token, users):',
        '    claims = jwt.decode(token, options={"verify_signature": False})',
        '    return users.find(claims["sub"])',
        'def log_only(token, logger):',
        '    claims = jwt.decode(token, options={"verify_signature": False})',
        '    logger.info("token for %s", claims["sub"])',
        'def exp_only(token, now):',
        '    claims = jwt.decode(token, options={"verify_signature": False})',
        '    return claims["exp"] < now',
      ].join('\n'),
    );
    expect(opAt(m, 3).resultUse).toBe('key-selection');
    expect(opAt(m, 8).resultUse).toBe('decision');
    expect(opAt(m, 12).resultUse).toBe('decision');
    expect(opAt(m, 15).resultUse).toBe('other');
    expect(opAt(m, 18).resultUse).toBe('other');
  });

  it('models authlib instances, itsdangerous max_age and flask-jwt-extended expiry', async () => {
    const m = await model(
      [
        'from authlib.jose import JsonWebToken',
        'from itsdangerous import URLSafeTimedSerializer',
        'from flask_jwt_extended import create_access_token',
        'jwt = JsonWebToken(["RS256"])',
        's = URLSafeTimedSerializer(KEY)',
        'def f(token, key, user):',
        '    claims = jwt.decode(token, key)',
        '    s.loads(token)',
        '    s.loads(token, max_age=60)',
        '    create_access_token(identity=user, expires_delta=False)',
        '    return claims["sub"]',
      ].join('\n'),
    );
    expect(opAt(m, 7)).toMatchObject({ api: 'authlib.jose.JsonWebToken.decode', algorithms: { kind: 'list', items: [{ kind: 'string', value: 'RS256' }] }, options: { verifyExp: false } });
    expect(opAt(m, 8).options.verifyExp).toBe(false);
    expect(opAt(m, 9).options.verifyExp).toBeUndefined();
    expect(opAt(m, 10)).toMatchObject({ library: 'flask-jwt-extended', tokenType: 'access' });
    expect(opAt(m, 10).payloadClaims).not.toContain('exp');
  });

  it('records lifetime settings from app.config, config classes, constants and SIMPLE_JWT', async () => {
    const m = await model(
      [
        'from datetime import timedelta',
        'app.config["JWT_ACCESS_TOKEN_EXPIRES"] = timedelta(hours=2)',
        'class Config:',
        '    JWT_REFRESH_TOKEN_EXPIRES = False',
        'ACCESS_TOKEN_EXPIRE_MINUTES = 30',
        'SIMPLE_JWT = {"ACCESS_TOKEN_LIFETIME": timedelta(minutes=5), "REFRESH_TOKEN_LIFETIME": timedelta(days=1)}',
        'JWT_SECRET_NAME = "x"',
      ].join('\n'),
    );
    expect(m.lifetimes.map((setting) => [setting.name, setting.value, setting.tokenType, setting.loc.line])).toEqual([
      ['JWT_ACCESS_TOKEN_EXPIRES', 7200, 'access', 2],
      ['JWT_REFRESH_TOKEN_EXPIRES', false, 'refresh', 4],
      ['ACCESS_TOKEN_EXPIRE_MINUTES', 1800, 'access', 5],
      ['SIMPLE_JWT["ACCESS_TOKEN_LIFETIME"]', 300, 'access', 6],
      ['SIMPLE_JWT["REFRESH_TOKEN_LIFETIME"]', 86400, 'refresh', 6],
    ]);
  });
});
