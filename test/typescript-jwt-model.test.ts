/** The facts the JS/TS front end records for JWT libraries, secrets and hand-written checks. */
import { describe, expect, it } from 'vitest';
import { parseSpan } from '../src/lang/typescript/catalog/lifetimes.js';
import type { FileModel, JwtOperation } from '../src/model/types.js';
import { scanFiles } from './helpers/scan.js';

async function model(source: string, name = 'app.ts'): Promise<FileModel> {
  const result = await scanFiles({ [name]: source });
  return result.models[0]!;
}

function op(m: FileModel, api: string): JwtOperation {
  const found = m.jwtOps.find((candidate) => candidate.api === api);
  if (!found) throw new Error(`no ${api} op in ${m.jwtOps.map((candidate) => candidate.api).join(', ')}`);
  return found;
}

describe('import forms', () => {
  it('resolves default, namespace, aliased and required imports to one catalog name', async () => {
    const m = await model(`
      import jwt from 'jsonwebtoken';
      import * as ns from 'jsonwebtoken';
      import { jwtVerify as v } from 'jose';
      const { decode: peek } = require('jsonwebtoken');
      const simple = require('jwt-simple');
      export const a = (t: string) => jwt.verify(t, process.env.K!);
      export const b = (t: string) => ns.sign({ sub: t }, process.env.K!, { expiresIn: '1h' });
      export const c = (t: string) => v(t, new TextEncoder().encode(process.env.K!));
      export const d = (t: string) => peek(t);
      export const e = (t: string) => simple.decode(t, process.env.K!, false, 'HS256');
    `);
    expect(m.jwtOps.map((candidate) => `${candidate.kind} ${candidate.api}`)).toEqual([
      'decode jsonwebtoken.verify',
      'encode jsonwebtoken.sign',
      'decode jose.jwtVerify',
      'unverified-decode jsonwebtoken.decode',
      'decode jwt-simple.decode',
    ]);
  });

  it('knows jwt-decode v3 (default export) and v4 (named export) as unverified decodes', async () => {
    const v3 = await model(`import jwtDecode from 'jwt-decode';\nexport const f = (token: string) => jwtDecode(token);`);
    const v4 = await model(`const { jwtDecode } = require('jwt-decode');\nexport const f = (token) => jwtDecode(token, { header: true });`, 'app.js');
    expect(v3.jwtOps.map((candidate) => candidate.kind)).toEqual(['unverified-decode']);
    expect(v4.jwtOps.map((candidate) => candidate.kind)).toEqual(['header-peek']);
  });
});

describe('algorithms', () => {
  it('is missing for jsonwebtoken without algorithms, not-applicable for jose (the key type decides)', async () => {
    const m = await model(`
      import jwt from 'jsonwebtoken';
      import { jwtVerify, createRemoteJWKSet } from 'jose';
      const JWKS = createRemoteJWKSet(new URL('https://idp.example.com/jwks'));
      export const a = (t: string) => jwt.verify(t, process.env.K!);
      export const b = (t: string) => jwtVerify(t, JWKS);
      export const c = (t: string) => jwtVerify(t, JWKS, { algorithms: ['RS256'] });
    `);
    expect(m.jwtOps[0]!.algorithms).toBe('missing');
    expect(m.jwtOps[1]!.algorithms).toBe('not-applicable');
    expect(m.jwtOps[2]!.algorithms).toEqual({ kind: 'list', items: [{ kind: 'string', value: 'RS256' }] });
  });

  it('marks algorithms read from the unverified header', async () => {
    const m = await model(`
      import jwt from 'jsonwebtoken';
      export function check(token: string, key: string) {
        const decoded = jwt.decode(token, { complete: true });
        return jwt.verify(token, key, { algorithms: [decoded.header.alg] });
      }
    `);
    expect(op(m, 'jsonwebtoken.verify').algorithmsFromToken).toBe(true);
    expect(op(m, 'jsonwebtoken.decode').resultUse).toBe('key-selection');
  });
});

describe('expiry', () => {
  it('parses ms-style and jose time spans into seconds', () => {
    expect(parseSpan('2h')).toBe(7200);
    expect(parseSpan('1d')).toBe(86400);
    expect(parseSpan('7 days')).toBe(604800);
    expect(parseSpan('1.5h')).toBe(5400);
    expect(parseSpan('2 weeks')).toBe(1209600);
    expect(parseSpan('+15 minutes')).toBe(900);
    expect(parseSpan('120')).toBe(0.12); // the ms package reads a bare number string as milliseconds
    expect(parseSpan('soon')).toBeUndefined();
  });

  it('reads expiresIn, exp claims computed from now, and SignJWT chains (chained or step by step)', async () => {
    const m = await model(`
      import jwt from 'jsonwebtoken';
      import { SignJWT } from 'jose';
      const key = new TextEncoder().encode(process.env.K!);
      export const a = (id: string) => jwt.sign({ sub: id }, process.env.K!, { expiresIn: 60 * 60 * 24 * 30 });
      export const b = (id: string) => jwt.sign({ sub: id, exp: Math.floor(Date.now() / 1000) + 900 }, process.env.K!);
      export const c = (id: string) => new SignJWT({ sub: id }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('2h').sign(key);
      export async function d(id: string) {
        const builder = new SignJWT({ sub: id });
        builder.setProtectedHeader({ alg: 'ES256' });
        return builder.sign(key);
      }
    `);
    const [a, b, c, d] = m.jwtOps;
    expect(a!.expiresInSeconds).toBe(2592000);
    expect(b!.expiresInSeconds).toBe(900);
    expect(c).toMatchObject({ api: 'jose.SignJWT', expiresInSeconds: 7200, algorithms: { kind: 'string', value: 'HS256' } });
    expect(c!.payloadClaims).toContain('exp');
    expect(d).toMatchObject({ api: 'jose.SignJWT', algorithms: { kind: 'string', value: 'ES256' }, payloadClaims: ['sub'] });
    expect(d!.expiresInSeconds).toBeUndefined();
  });

  it('takes NestJS module settings from register and from registerAsync useFactory; JwtService.sign is opaque', async () => {
    const m = await model(`
      import { Module } from '@nestjs/common';
      import { JwtModule, JwtService } from '@nestjs/jwt';
      @Module({ imports: [JwtModule.registerAsync({ useFactory: () => ({ secret: process.env.K, signOptions: { expiresIn: '7d' } }) })] })
      export class AuthModule {}
      export class AuthService {
        constructor(private readonly jwtService: JwtService) {}
        login(id: string) { return this.jwtService.sign({ sub: id }); }
      }
    `);
    expect(op(m, 'JwtModule.register')).toMatchObject({ kind: 'encode', expiresInSeconds: 604800 });
    expect(op(m, 'JwtService.sign').payloadClaims).toBeNull();
  });
});

describe('how decoded claims are used', () => {
  const server = `import express from 'express';\nimport jwt from 'jsonwebtoken';\nimport { jwtDecode } from 'jwt-decode';\n`;

  it('a claim in a condition or a user lookup is a decision; a null check or exp alone is not', async () => {
    const m = await model(`${server}
      export function a(token: string) { const c = jwt.decode(token); if (c.role === 'admin') return 1; }
      export function b(token: string) { const c = jwt.decode(token); if (!c) return 0; return c.exp; }
      export async function d(token: string, db: any) { const c = jwt.decode(token); return db.users.find(c.sub); }
    `);
    expect(m.jwtOps.map((candidate) => candidate.resultUse)).toEqual(['decision', 'other', 'decision']);
  });

  it('reading claims in browser code (a .tsx component) decides what the UI shows, not who is authorised', async () => {
    const source = `import { jwtDecode } from 'jwt-decode';\nexport function isAdmin(token: string) { return jwtDecode<{ role: string }>(token).role === 'admin'; }\n`;
    expect((await model(source, 'Menu.tsx')).jwtOps[0]!.resultUse).toBe('other');
    expect((await model(`${server}export function isAdmin(token: string) { return jwtDecode<{ role: string }>(token).role === 'admin'; }\n`)).jwtOps[0]!.resultUse).toBe('decision');
  });
});

describe('secrets', () => {
  it('records literal keys where they are written, through constants, step-by-step options and env fallbacks', async () => {
    const result = await scanFiles({
      'app.js': `
        const jwt = require('jsonwebtoken');
        const { Strategy } = require('passport-jwt');
        const KEY = 'a-literal-signing-key-that-is-long-enough';
        const opts = {};
        opts.secretOrKey = 'step-by-step';
        new Strategy(opts, (p, done) => done(null, p));
        const jwtSecret = process.env.JWT_SECRET || 'changeme';
        module.exports = (id) => jwt.sign({ id }, KEY, { expiresIn: '1h', algorithm: 'HS256' });
      `,
    });
    const m = result.models[0]!;
    expect(m.secrets.map((binding) => `${binding.loc.line} ${binding.name} ${binding.context}`)).toEqual(['4 KEY constant-used-as-key', '6 opts.secretOrKey setting', '8 jwtSecret env-fallback']);
    const messages = result.findings.map((finding) => finding.message).join('\n');
    for (const secret of ['a-literal-signing-key', 'step-by-step', 'changeme']) expect(messages).not.toContain(secret);
  });

  it('ignores public keys, empty fallbacks and values from the environment', async () => {
    const m = await model(`
      import jwt from 'jsonwebtoken';
      const PUBLIC = '-----BEGIN PUBLIC KEY-----\\nMIIB\\n-----END PUBLIC KEY-----';
      const jwtSecret = process.env.JWT_SECRET || '';
      export const a = (t: string) => jwt.verify(t, PUBLIC, { algorithms: ['RS256'] });
      export const b = (t: string) => jwt.verify(t, process.env.JWT_SECRET!, { algorithms: ['HS256'] });
      export const c = (t: string) => jwt.verify(t, jwtSecret, { algorithms: ['HS256'] });
    `);
    expect(m.secrets).toEqual([]);
  });
});

describe('hand-written checks', () => {
  it('records header splits with their guards', async () => {
    const m = await model(`
      export function a(req: any) { return req.headers.authorization.split(' ')[1]; }
      export function b(req: any) { return req.headers.authorization?.split(' ')[1]; }
      export function c(req: any) { const h = req.headers.authorization; if (!h) return; return h.split(' ')[1]; }
      export function d(req: any) { return req.headers.authorization.split(' ')[0]; }
    `);
    expect(m.splits.map((split) => `${split.loc.line} ${split.guarded}`)).toEqual(['2 false', '3 true', '4 true']);
  });

  it('records try/catch around verification: swallowing, continuing, denying', async () => {
    const m = await model(`
      import jwt from 'jsonwebtoken';
      export function a(req: any, res: any, next: any) {
        try { req.user = jwt.verify(req.cookies.token, process.env.K!, { algorithms: ['HS256'] }); } catch (e) {}
        next();
      }
      export function b(req: any, res: any, next: any) {
        try { req.user = jwt.verify(req.cookies.token, process.env.K!, { algorithms: ['HS256'] }); } catch (e) { return res.sendStatus(401); }
        next();
      }
      export function c(req: any, res: any, next: any) {
        try { JSON.parse('{}'); } catch (e) {}
        next();
      }
    `);
    expect(m.verifyHandlers.map((handler) => [handler.loc.line, handler.swallows, handler.continuesToProtectedCode, handler.verifyOpIds.length])).toEqual([
      [4, true, true, 1],
      [8, false, false, 1],
    ]);
  });

  it('records comparisons of a presented token, not of other strings', async () => {
    const m = await model(`
      export function a(req: any) { return req.headers['x-api-key'] === process.env.API_KEY; }
      export function b(req: any) { return req.params.id === process.env.ADMIN_ID; }
    `);
    expect(m.compares).toHaveLength(1);
    expect(m.compares[0]).toMatchObject({ operator: '===', against: { kind: 'env', name: 'API_KEY' }, againstName: 'process.env.API_KEY' });
  });
});
