/**
 * Start-up: the CLI bundle evaluates only the front ends its files need. The bundle runs
 * as a process with a preloaded hook (test/helpers/record-loads.mjs) that logs every ES
 * module loaded, every script compiled with node:vm and every WebAssembly compilation; the
 * TypeScript compiler is recognised by its own source, the Python front end by the
 * tree-sitter wasm it compiles.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, makeTree } from './helpers/scan.js';

const execFileAsync = promisify(execFile);
const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
const WORKER = path.join(REPO_ROOT, 'dist', 'cli', 'worker', 'index.js');
const HOOK = path.join(REPO_ROOT, 'test', 'helpers', 'record-loads.mjs');
/** A line of the TypeScript compiler's own source (typescript.js), in whichever file of the bundle holds it. */
const TYPESCRIPT_COMPILER = /versionMajorMinor = "\d+\.\d+"/;

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

interface Loads {
  typescript: boolean;
  wasm: boolean;
  modules: string[];
  stdout: string;
}

/** Runs the CLI bundle with the hook; what it loaded. */
async function loadsOf(args: string[], env: Record<string, string> = {}): Promise<Loads> {
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tokengate-loads-')), 'loads.log');
  roots.push(path.dirname(log));
  const result = await execFileAsync(process.execPath, ['--import', HOOK, CLI, ...args], {
    env: { ...process.env, ...env, TOKENGATE_TEST_LOAD_LOG: log },
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stdout: string; stderr: string; code: number }) => error);
  const lines = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  const modules = lines.filter((line) => line.startsWith('module file:')).map((line) => fileURLToPath(line.slice('module '.length)));
  const scripts = lines.filter((line) => line.startsWith('script ')).map((line) => line.slice('script '.length));
  expect(modules, `the hook saw the bundle load (stderr: ${result.stderr})`).toContain(CLI);
  return {
    typescript: [...modules, ...scripts].some((file) => TYPESCRIPT_COMPILER.test(fs.readFileSync(file, 'utf8'))),
    wasm: lines.some((line) => line.startsWith('wasm ')),
    modules,
    stdout: result.stdout,
  };
}

function tree(files: Record<string, string>): string {
  const root = makeTree(files);
  roots.push(root);
  return root;
}

const PYTHON = { 'app.py': 'import jwt\n\n\ndef user(token, key):\n    return jwt.decode(token, key)\n' };
const JAVASCRIPT = { 'app.js': 'const jwt = require("jsonwebtoken");\nmodule.exports = (token) => jwt.decode(token);\n' };

describe('the CLI bundle loads a front end only when its files are present', () => {
  it('a Python-only tree compiles the tree-sitter wasm and never evaluates TypeScript', async () => {
    const loads = await loadsOf(['scan', tree(PYTHON), '--format', 'json', '--min-score', '0']);
    expect(JSON.parse(loads.stdout).stats.languages.python.files).toBe(1);
    expect(loads.wasm).toBe(true);
    expect(loads.typescript).toBe(false);
  });

  it('scan workers load only the front end their files need', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 8; index++) files[`m${index}.py`] = PYTHON['app.py'];
    const loads = await loadsOf(['scan', tree(files), '--format', 'json', '--min-score', '0', '--fail-on-severity', 'none'], { TOKENGATE_WORKERS: '2' });
    expect(JSON.parse(loads.stdout).stats.workers).toBe(2);
    // the main thread loads the CLI's entry, and each worker the worker bundle's alone
    expect(loads.modules.filter((file) => file === CLI)).toHaveLength(1);
    expect(loads.modules.filter((file) => file === WORKER)).toHaveLength(2);
    expect(loads.modules.filter((file) => path.dirname(file) === path.dirname(CLI) && file !== CLI), 'no chunk of the CLI bundle').toEqual([]);
    expect(loads.wasm).toBe(true);
    expect(loads.typescript).toBe(false);
  });

  it('a JS-only tree evaluates TypeScript and never compiles the wasm', async () => {
    const loads = await loadsOf(['scan', tree(JAVASCRIPT), '--format', 'json', '--min-score', '0']);
    expect(JSON.parse(loads.stdout).stats.languages.javascript.files).toBe(1);
    expect(loads.typescript).toBe(true);
    expect(loads.wasm).toBe(false);
  });

  it('--version and a scan of an empty folder load neither front end', async () => {
    for (const args of [['--version'], ['help'], ['scan', tree({ 'README.md': '# nothing to scan\n' })]]) {
      const loads = await loadsOf(args);
      expect(loads.typescript, args.join(' ')).toBe(false);
      expect(loads.wasm, args.join(' ')).toBe(false);
      expect(loads.modules, args.join(' ')).toEqual([CLI]);
    }
  });
});
