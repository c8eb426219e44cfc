/**
 * Loads a large CommonJS file through a V8 code cache kept in the user's cache folder. The
 * bundles load the TypeScript compiler (9 MB of JavaScript) this way: compiling it costs
 * about 0.3 s at every start, and the parser's functions are compiled again at first use;
 * from the cache, V8 reads the bytecode of both instead. On the npm tree's scan that is
 * about half a second of 3.3 s (see README, Performance).
 *
 * The cache is only ever an optimisation. A missing, stale, corrupt or unsafe cache file
 * means a plain compile, never an error: V8 rejects data made by another V8 or with other
 * flags, a digest in the file catches a damaged one, and the folder is used only when it
 * belongs to this user and nobody else can write to it (cached bytecode runs as code).
 * TOKENGATE_CODE_CACHE=0 turns it off; TOKENGATE_CACHE_DIR moves it.
 *
 * This file is standalone (Node built-ins only): scripts/build.mjs transpiles it to the
 * bundles' ts-compiler.cjs.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

const DIGEST_BYTES = 32;

/** The folder for cache files, or undefined when caching is off or there is no home to keep it in. */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  if (env.TOKENGATE_CODE_CACHE === '0') return undefined;
  if (env.TOKENGATE_CACHE_DIR) return path.resolve(env.TOKENGATE_CACHE_DIR);
  const base = platform === 'win32' ? env.LOCALAPPDATA : env.XDG_CACHE_HOME || (homeDir() ? path.join(homeDir()!, '.cache') : undefined);
  return base ? path.join(base, 'tokengate') : undefined;
}

function homeDir(): string | undefined {
  try {
    return os.homedir() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Creates the folder if needed and says whether cached code may be read from it: a real
 * directory, owned by this user, writable by nobody else. Where Node cannot tell owners
 * (Windows), the folder under the user's own profile is trusted.
 */
export function isPrivateDir(dir: string): boolean {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = fs.lstatSync(dir);
    if (!stat.isDirectory()) return false;
    if (typeof process.getuid !== 'function') return true;
    return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/** The cache file's name: what the compiled code depends on besides the source itself. */
export function cacheFileName(file: string, sourceKey: string, sourceLength: number): string {
  const key = crypto
    .createHash('sha256')
    .update([path.basename(file), sourceKey, String(sourceLength), process.version, process.arch].join('\0'))
    .digest('hex')
    .slice(0, 32);
  return `${path.basename(file)}-${key}.v8cache`;
}

/** The cached data in a cache file, or undefined when there is none or its digest does not match. */
export function readCacheFile(cacheFile: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  if (bytes.length <= DIGEST_BYTES) return undefined;
  const data = bytes.subarray(DIGEST_BYTES);
  const digest = crypto.createHash('sha256').update(data).digest();
  return digest.equals(bytes.subarray(0, DIGEST_BYTES)) ? data : undefined;
}

/** Writes a cache file whole or not at all (a temporary file renamed into place), so a reader never sees half of one. */
export function writeCacheFile(cacheFile: string, data: Buffer): void {
  const temporary = `${cacheFile}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  try {
    const digest = crypto.createHash('sha256').update(data).digest();
    fs.writeFileSync(temporary, Buffer.concat([digest, data]), { mode: 0o600 });
    fs.renameSync(temporary, cacheFile);
  } catch {
    fs.rmSync(temporary, { force: true });
  }
}

export interface CodeCacheLoad {
  exports: unknown;
  /** 'accepted' when V8 used the cache; otherwise why it compiled from the source. */
  cache: 'accepted' | 'rejected' | 'missing' | 'off';
  /** The cache file, when there is a usable cache folder. */
  cacheFile?: string;
  /** Writes the cache from what has been compiled so far (the functions run until now included). */
  save(): void;
}

/**
 * Runs `file` as a CommonJS module, from cached code when there is a valid cache for it.
 * `sourceKey` identifies the file's contents (the build stamps its SHA-256), so that a
 * changed file never meets code compiled from the old one. When the cache was not used, it
 * is written when the process (or worker) exits, with the functions compiled by then.
 */
export function loadWithCodeCache(file: string, sourceKey: string, cacheDir: string | undefined): CodeCacheLoad {
  const source = fs.readFileSync(file, 'utf8');
  const cacheFile = cacheDir && isPrivateDir(cacheDir) ? path.join(cacheDir, cacheFileName(file, sourceKey, source.length)) : undefined;
  const cachedData = cacheFile ? readCacheFile(cacheFile) : undefined;
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const cache = !cacheFile ? 'off' : !cachedData ? 'missing' : script.cachedDataRejected ? 'rejected' : 'accepted';
  const module = { exports: {} as unknown, filename: file, id: file };
  const moduleFunction = script.runInThisContext() as (...args: unknown[]) => void;
  moduleFunction.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  const save = () => {
    if (!cacheFile) return;
    try {
      writeCacheFile(cacheFile, script.createCachedData());
    } catch {
      // a cache that cannot be written costs the next run its compile, nothing else
    }
  };
  if (cache === 'missing' || cache === 'rejected') process.once('exit', save);
  return { exports: module.exports, cache, ...(cacheFile ? { cacheFile } : {}), save };
}
