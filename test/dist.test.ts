/**
 * The committed bundles load and run. Unit tests run the source; these run dist/ as users
 * do, which catches an ESM dependency the bundler broke or a .wasm the bundle cannot find.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, makeTree } from './helpers/scan.js';
import { TOOL_VERSION } from '../src/version.js';

const execFileAsync = promisify(execFile);
const DIST = path.join(REPO_ROOT, 'dist');
const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

const roots: string[] = [];
/**
 * The CLI runs from a copy of dist/ outside the repository: in place, a missing
 * dist/wasm would go unnoticed because the wasm lookup walks up to node_modules.
 */
let CLI = '';
beforeAll(() => {
  const installed = fs.mkdtempSync(path.join(os.tmpdir(), 'tokengate-dist-'));
  roots.push(installed);
  for (const part of ['cli', 'wasm', 'package.json']) {
    if (fs.existsSync(path.join(DIST, part))) fs.cpSync(path.join(DIST, part), path.join(installed, 'dist', part), { recursive: true });
  }
  CLI = path.join(installed, 'dist', 'cli', 'index.js');
});
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

describe('dist bundles', () => {
  it('hold the CLI, the action and the wasm they load', () => {
    for (const file of ['index.js', 'cli/index.js', 'wasm/web-tree-sitter.wasm', 'wasm/tree-sitter-python.wasm']) {
      expect(fs.existsSync(path.join(DIST, file)), `dist/${file} (run npm run build)`).toBe(true);
    }
    // a .wasm file starts with "\0asm"
    for (const file of ['wasm/web-tree-sitter.wasm', 'wasm/tree-sitter-python.wasm']) {
      expect(fs.readFileSync(path.join(DIST, file)).subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d]));
    }
  });

  it("print package.json's version", async () => {
    const { stdout } = await execFileAsync(process.execPath, [CLI, '--version']);
    expect(stdout).toBe(`${pkg.version}\n`);
    expect(TOOL_VERSION).toBe(pkg.version);
  });

  it('parse Python with the bundled web-tree-sitter and grammar wasm', async () => {
    const root = makeTree({
      'app.py': 'import jwt\n\n\ndef user(token, key):\n    return jwt.decode(token, key)\n',
      'pkg/util.py': 'def add(a, b):\n    return a + b\n',
    });
    roots.push(root);
    // from another working directory, so nothing is found relative to the cwd by luck
    const { stdout } = await execFileAsync(process.execPath, [CLI, 'scan', root, '--format', 'json', '--min-score', '0'], { cwd: root });
    const report = JSON.parse(stdout) as { skipped: unknown[]; findings: { ruleId: string; line: number }[]; stats: { languages: { python?: { files: number } } } };
    expect(report.skipped).toEqual([]);
    expect(report.stats.languages.python?.files).toBe(2);
    expect(report.findings.map((finding) => `${finding.ruleId}:${finding.line}`)).toEqual(['TG102:5']);
  });

  it('load the TypeScript compiler through a code cache that only ever speeds the scan up', async () => {
    const root = makeTree({ 'app.js': 'const jwt = require("jsonwebtoken");\nmodule.exports = (req) => jwt.decode(req.headers.authorization);\n' });
    const python = makeTree({ 'app.py': 'import jwt\n\n\ndef user(token, key):\n    return jwt.decode(token, key)\n' });
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tokengate-dist-cache-'));
    roots.push(root, python, cacheDir);
    const scan = async (tree: string, env: Record<string, string>) => {
      const { stdout } = await execFileAsync(process.execPath, [CLI, 'scan', tree, '--format', 'json', '--min-score', '0', '--fail-on-severity', 'none'], {
        cwd: tree,
        env: { ...process.env, TOKENGATE_CACHE_DIR: cacheDir, ...env },
      });
      const report = JSON.parse(stdout) as { findings: { ruleId: string; line: number }[] };
      return report.findings.map((finding) => `${finding.ruleId}:${finding.line}`);
    };
    const cacheFiles = () => fs.readdirSync(cacheDir).filter((name) => name.endsWith('.v8cache'));

    // a Python-only tree never loads the compiler, so it writes no cache
    await scan(python, {});
    expect(cacheFiles()).toEqual([]);
    // off: the same findings, nothing written
    const expected = await scan(root, { TOKENGATE_CODE_CACHE: '0' });
    expect(expected).toContain('TG101:2');
    expect(cacheFiles()).toEqual([]);
    // the first run writes the cache, the next reads it and leaves it as it is
    expect(await scan(root, {})).toEqual(expected);
    const [cacheFile] = cacheFiles().map((name) => path.join(cacheDir, name));
    expect(cacheFile).toMatch(/typescript\.cjs-[0-9a-f]{32}\.v8cache$/);
    const written = fs.readFileSync(cacheFile!);
    expect(written.length).toBeGreaterThan(100_000);
    expect(await scan(root, {})).toEqual(expected);
    expect(fs.readFileSync(cacheFile!).equals(written)).toBe(true);
    // a damaged cache: the same findings, and a good cache written again
    const damaged = Buffer.from(written);
    damaged[damaged.length - 100] = damaged[damaged.length - 100]! ^ 0xff;
    fs.writeFileSync(cacheFile!, damaged);
    expect(await scan(root, {})).toEqual(expected);
    expect(fs.readFileSync(cacheFile!).equals(damaged)).toBe(false);
    expect(await scan(root, {})).toEqual(expected);
    expect(cacheFiles()).toHaveLength(1);
  });

  it('run the scan workers from the worker bundle beside the CLI, with either front end', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 3; index++) {
      files[`py${index}.py`] = 'import jwt\n\n\ndef user(token, key):\n    return jwt.decode(token, key)\n';
      files[`js${index}.js`] = 'const jwt = require("jsonwebtoken");\nmodule.exports = (req) => jwt.decode(req.headers.authorization);\n';
    }
    const root = makeTree(files);
    roots.push(root);
    const scan = async (workers: string) => {
      const { stdout } = await execFileAsync(process.execPath, [CLI, 'scan', root, '--format', 'json', '--min-score', '0', '--fail-on-severity', 'none'], {
        cwd: root,
        env: { ...process.env, TOKENGATE_WORKERS: workers },
      });
      return JSON.parse(stdout) as { skipped: unknown[]; findings: { ruleId: string; file: string; line: number }[]; stats: { workers: number } };
    };
    const [pooled, single] = [await scan('2'), await scan('0')];
    expect(pooled.stats.workers).toBe(2);
    expect(pooled.skipped).toEqual([]);
    const found = (report: typeof pooled) => report.findings.map((finding) => `${finding.ruleId}:${finding.file}:${finding.line}`);
    expect(found(pooled)).toEqual(found(single));
    expect(found(pooled)).toEqual(expect.arrayContaining(['TG101:js0.js:2', 'TG102:py0.py:5']));
  });

  it('start the action bundle without a module loading error', async () => {
    // without GitHub's environment the action fails on its inputs, after every module has loaded
    const result = await execFileAsync(process.execPath, [path.join(DIST, 'index.js')], { env: { PATH: process.env.PATH ?? '' }, cwd: makeTreeFor() }).then(
      (ok) => ({ code: 0, stderr: ok.stderr, stdout: ok.stdout }),
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output, 'the action reached @actions/core').toMatch(/::/);
    expect(output).not.toMatch(/ERR_REQUIRE_ESM|ERR_MODULE_NOT_FOUND|Cannot find module|is not defined in ES module scope|SyntaxError/);
  });
});

function makeTreeFor(): string {
  const root = makeTree({ 'app.py': 'x = 1\n' });
  roots.push(root);
  return root;
}
