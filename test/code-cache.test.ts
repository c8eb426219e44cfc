/**
 * The V8 code cache the bundles load the TypeScript compiler through (src/engine/code-cache.ts):
 * a real CommonJS file compiled with node:vm, the cache written, read back and used by V8,
 * and every way a cache can be wrong falling back to a plain compile with the same result.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFileName, codeCacheDir, isPrivateDir, loadWithCodeCache, readCacheFile, writeCacheFile } from '../src/engine/code-cache.js';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tokengate-code-cache-'));
  roots.push(dir);
  return dir;
}

/** A CommonJS module big enough for V8 to cache, using require, module and __dirname as the compiler does. */
function moduleFile(dir: string, variant = 'a'): string {
  const file = path.join(dir, `lib-${variant}.cjs`);
  const functions = Array.from({ length: 200 }, (_, index) => `function f${index}(x) { return x.map((y) => y * ${index} + ${JSON.stringify(variant)}.length); }`).join('\n');
  fs.writeFileSync(
    file,
    `'use strict';\nconst path = require('node:path');\n${functions}\nmodule.exports = { variant: ${JSON.stringify(variant)}, here: path.basename(__dirname), self: path.basename(__filename), sum: (xs) => f7(xs).reduce((a, b) => a + b, 0) };\n`,
  );
  return file;
}

interface Loaded {
  variant: string;
  here: string;
  self: string;
  sum(xs: number[]): number;
}

describe('loadWithCodeCache', () => {
  it('compiles from the source first, then runs from the cache it wrote, with the same module', () => {
    const dir = tempDir();
    const cacheDir = path.join(dir, 'cache');
    const file = moduleFile(dir);
    const first = loadWithCodeCache(file, 'sha256:one', cacheDir);
    expect(first.cache).toBe('missing');
    expect(first.cacheFile && fs.existsSync(first.cacheFile)).toBe(false);
    const firstExports = first.exports as Loaded;
    expect(firstExports).toMatchObject({ variant: 'a', here: path.basename(dir), self: 'lib-a.cjs' });
    expect(firstExports.sum([1, 2])).toBe(7 + 1 + 14 + 1);
    first.save();
    expect(fs.existsSync(first.cacheFile!)).toBe(true);

    const second = loadWithCodeCache(file, 'sha256:one', cacheDir);
    expect(second.cache).toBe('accepted');
    expect(second.cacheFile).toBe(first.cacheFile);
    expect((second.exports as Loaded).sum([1, 2])).toBe(firstExports.sum([1, 2]));
  });

  it('never reads a cache made for other contents: the key names the file, its digest and length, Node and the CPU', () => {
    const dir = tempDir();
    const cacheDir = path.join(dir, 'cache');
    const file = moduleFile(dir);
    loadWithCodeCache(file, 'sha256:one', cacheDir).save();
    expect(loadWithCodeCache(file, 'sha256:two', cacheDir).cache).toBe('missing');
    expect(cacheFileName(file, 'k', 10)).not.toBe(cacheFileName(file, 'k', 11));
    expect(cacheFileName(file, 'k', 10)).not.toBe(cacheFileName(path.join(dir, 'other.cjs'), 'k', 10));
    expect(cacheFileName(file, 'k', 10)).toBe(cacheFileName(file, 'k', 10));
  });

  it('falls back to the source when V8 rejects the data (made from another source under the same name)', () => {
    const dir = tempDir();
    const cacheDir = path.join(dir, 'cache');
    const made = loadWithCodeCache(moduleFile(dir, 'a'), 'same', cacheDir);
    made.save();
    const other = moduleFile(dir, 'longer-variant');
    const target = path.join(cacheDir, cacheFileName(other, 'same', fs.readFileSync(other, 'utf8').length));
    fs.copyFileSync(made.cacheFile!, target);
    const loaded = loadWithCodeCache(other, 'same', cacheDir);
    expect(loaded.cache).toBe('rejected');
    expect((loaded.exports as Loaded).variant).toBe('longer-variant');
  });

  it('treats a damaged cache file as missing, and a save writes a good one again', () => {
    const dir = tempDir();
    const cacheDir = path.join(dir, 'cache');
    const file = moduleFile(dir);
    const made = loadWithCodeCache(file, 'k', cacheDir);
    made.save();
    const bytes = fs.readFileSync(made.cacheFile!);
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff;
    fs.writeFileSync(made.cacheFile!, bytes);
    expect(readCacheFile(made.cacheFile!)).toBeUndefined();
    const damaged = loadWithCodeCache(file, 'k', cacheDir);
    expect(damaged.cache).toBe('missing');
    expect((damaged.exports as Loaded).sum([1])).toBe(8);
    damaged.save();
    expect(loadWithCodeCache(file, 'k', cacheDir).cache).toBe('accepted');
    // truncated to less than its digest
    fs.writeFileSync(made.cacheFile!, bytes.subarray(0, 5));
    expect(loadWithCodeCache(file, 'k', cacheDir).cache).toBe('missing');
  });

  it('uses no folder that others can write to, and none that is not a folder', () => {
    const dir = tempDir();
    const shared = path.join(dir, 'shared');
    fs.mkdirSync(shared, { mode: 0o777 });
    fs.chmodSync(shared, 0o777);
    expect(isPrivateDir(shared)).toBe(false);
    const loaded = loadWithCodeCache(moduleFile(dir), 'k', shared);
    expect(loaded.cache).toBe('off');
    loaded.save();
    expect(fs.readdirSync(shared)).toEqual([]);
    const notADir = path.join(dir, 'file');
    fs.writeFileSync(notADir, '');
    expect(isPrivateDir(notADir)).toBe(false);
    // a new folder is made private
    const fresh = path.join(dir, 'fresh', 'cache');
    expect(isPrivateDir(fresh)).toBe(true);
    expect(fs.statSync(fresh).mode & 0o077).toBe(0);
  });

  it('runs without a cache folder at all', () => {
    const dir = tempDir();
    const loaded = loadWithCodeCache(moduleFile(dir), 'k', undefined);
    expect(loaded.cache).toBe('off');
    expect(loaded.cacheFile).toBeUndefined();
    expect((loaded.exports as Loaded).variant).toBe('a');
  });
});

describe('the cache folder', () => {
  it('is off with TOKENGATE_CODE_CACHE=0, moved by TOKENGATE_CACHE_DIR, else under the user cache folder', () => {
    expect(codeCacheDir({ TOKENGATE_CODE_CACHE: '0', TOKENGATE_CACHE_DIR: '/x' }, 'linux')).toBeUndefined();
    expect(codeCacheDir({ TOKENGATE_CACHE_DIR: '/x/y' }, 'linux')).toBe(path.resolve('/x/y'));
    expect(codeCacheDir({ XDG_CACHE_HOME: '/home/u/.xdg' }, 'linux')).toBe(path.join('/home/u/.xdg', 'tokengate'));
    expect(codeCacheDir({}, 'linux')).toBe(path.join(os.homedir(), '.cache', 'tokengate'));
    expect(codeCacheDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32')).toBe(path.join('C:\\Users\\u\\AppData\\Local', 'tokengate'));
    expect(codeCacheDir({}, 'win32')).toBeUndefined();
  });

  it('gets whole files only: a write goes through a temporary file that never stays behind', () => {
    const dir = tempDir();
    const target = path.join(dir, 'x.v8cache');
    writeCacheFile(target, Buffer.from('0123456789'.repeat(10)));
    expect(readCacheFile(target)?.toString()).toBe('0123456789'.repeat(10));
    expect(fs.readdirSync(dir)).toEqual(['x.v8cache']);
    // into a folder that does not exist: nothing written, nothing thrown
    expect(() => writeCacheFile(path.join(dir, 'missing', 'y.v8cache'), Buffer.from('data'))).not.toThrow();
    expect(fs.readdirSync(dir)).toEqual(['x.v8cache']);
  });
});
