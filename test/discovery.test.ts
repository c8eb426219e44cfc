/**
 * Discovery and reading: which files the scan lists, which it skips and why, and that one
 * bad file never stops the scan.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { defaultConfig } from '../src/engine/config.js';
import { discoverFiles, readSourceFile } from '../src/engine/files.js';
import { scan } from '../src/engine/scan.js';
import { analyseFile } from '../src/engine/analyse.js';
import { makeTree } from './helpers/scan.js';
import { RULES } from '../src/rules/index.js';

const roots: string[] = [];
function tree(files: Record<string, string | Buffer>): string {
  const root = makeTree(files);
  roots.push(root);
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) {
    // restore permissions a test took away so the cleanup can recurse
    execFileSync('chmod', ['-R', 'u+rwx', root]);
    fs.rmSync(root, { recursive: true, force: true });
  }
});

function listed(root: string, exclude: string[] = []): string[] {
  return discoverFiles(root, { exclude }).files.map((file) => file.relPath);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const DECODE = 'import jwt\n\ndef user(token, key):\n    return jwt.decode(token, key)\n';

describe('discovery: .gitignore', () => {
  it('honours the root .gitignore, with negations', () => {
    const root = tree({
      '.gitignore': 'generated/\n*_gen.py\n!keep_gen.py\n',
      'app.py': '',
      'a_gen.py': '',
      'keep_gen.py': '',
      'generated/models.py': '',
    });
    expect(listed(root)).toEqual(['app.py', 'keep_gen.py']);
  });

  it('honours nested .gitignore files relative to their own folder', () => {
    const root = tree({
      'svc/.gitignore': 'local_*.py\n/fixtures/\n',
      'svc/app.py': '',
      'svc/local_settings.py': '',
      'svc/fixtures/data.py': '',
      'svc/deep/fixtures/data.py': '',
      'local_root.py': '',
    });
    expect(listed(root)).toEqual(['local_root.py', 'svc/app.py', 'svc/deep/fixtures/data.py']);
  });

  it('lets a nested negation re-include what a parent .gitignore ignores', () => {
    const root = tree({
      '.gitignore': '*_pb2.py\n',
      'a_pb2.py': '',
      'proto/.gitignore': '!hand_written_pb2.py\n',
      'proto/hand_written_pb2.py': '',
      'proto/other_pb2.py': '',
    });
    expect(listed(root)).toEqual(['proto/hand_written_pb2.py']);
  });

  it('lets a nested .gitignore ignore what the parent allows', () => {
    const root = tree({ '.gitignore': '!*.py\n', 'a.py': '', 'sub/.gitignore': '*.py\n', 'sub/b.py': '' });
    expect(listed(root)).toEqual(['a.py']);
  });
});

describe('discovery: built-in excludes', () => {
  it('skips dependencies, virtualenvs, build output, caches, minified bundles and declarations', () => {
    const root = tree({
      'node_modules/lib/index.js': '',
      'web/node_modules/lib/index.js': '',
      '.venv/lib/python3.12/site-packages/jwt/api_jwt.py': '',
      'venv/lib/x.py': '',
      'vendor/site-packages/y.py': '',
      'build/lib/app.py': '',
      'dist/app.js': '',
      'web/dist/app.js': '',
      'pkg/__pycache__/mod.py': '',
      'static/app.min.js': '',
      'static/app.js': '',
      'types/index.d.ts': '',
      'src/index.ts': '',
      'src/app.py': '',
      'README.md': '',
    });
    expect(listed(root)).toEqual(['src/app.py', 'src/index.ts', 'static/app.js']);
  });

  it('recognises a virtualenv by its pyvenv.cfg whatever its name, and scans a package named env', () => {
    const root = tree({
      'pyenv-3.12/pyvenv.cfg': 'home = /usr/bin\n',
      'pyenv-3.12/bin/activate_this.py': '',
      'pyenv-3.12/lib/python3.12/site-packages/jwt/api_jwt.py': '',
      'app/env/settings.py': '',
      'env/pyvenv.cfg': 'home = /usr/bin\n',
      'env/bin/activate_this.py': '',
    });
    expect(listed(root)).toEqual(['app/env/settings.py']);
  });
});

describe('discovery: config exclude globs', () => {
  const files = {
    'legacy/old.py': '',
    'legacy/deep/older.py': '',
    'src/legacy_helpers.py': '',
    'src/api/user_pb2.py': '',
    'user_pb2.py': '',
    'src/app.py': '',
    'src/app.generated.ts': '',
  };

  it('excludes folders with dir/** and files with **/ globs', () => {
    const root = tree(files);
    expect(listed(root, ['legacy/**', '**/*_pb2.py'])).toEqual(['src/app.generated.ts', 'src/app.py', 'src/legacy_helpers.py']);
  });

  it('excludes a folder named with a trailing slash, and matches a slash-free glob at any depth', () => {
    const root = tree(files);
    expect(listed(root, ['legacy/', '*.generated.ts'])).toEqual(['src/api/user_pb2.py', 'src/app.py', 'src/legacy_helpers.py', 'user_pb2.py']);
  });

  it('applies config excludes in a full scan', async () => {
    const root = tree({ 'legacy/old.py': DECODE, 'src/app.py': DECODE });
    const result = await scan({ rules: RULES, root, config: { ...defaultConfig(), exclude: ['legacy/**'] } });
    expect(result.findings.map((finding) => finding.file)).toEqual(['src/app.py']);
    expect(result.stats.files).toBe(1);
  });
});

describe('discovery: links', () => {
  it('reports a link that leaves the root and a broken link as skipped', () => {
    const outside = tree({ 'secret.py': DECODE });
    const root = tree({ 'app.py': '' });
    fs.symlinkSync(path.join(outside, 'secret.py'), path.join(root, 'escape.py'));
    fs.symlinkSync(outside, path.join(root, 'outside_dir'));
    fs.symlinkSync(path.join(root, 'missing.py'), path.join(root, 'dangling.py'));
    const discovery = discoverFiles(root, { exclude: [] });
    expect(discovery.files.map((file) => file.relPath)).toEqual(['app.py']);
    expect(discovery.skipped).toEqual([
      { file: 'dangling.py', reason: expect.stringMatching(/broken symbolic link/) },
      { file: 'escape.py', reason: expect.stringMatching(/leaves the scanned root/) },
      { file: 'outside_dir', reason: expect.stringMatching(/leaves the scanned root/) },
    ]);
  });

  it('reports a symbolic link loop as a loop, for a file and for a folder', () => {
    const root = tree({ 'app.py': '' });
    fs.symlinkSync('b.py', path.join(root, 'a.py'));
    fs.symlinkSync('a.py', path.join(root, 'b.py'));
    fs.symlinkSync('pkg', path.join(root, 'pkg'));
    fs.symlinkSync('notes.md', path.join(root, 'notes.md'));
    const discovery = discoverFiles(root, { exclude: [] });
    expect(discovery.files.map((file) => file.relPath)).toEqual(['app.py']);
    const loop = 'symbolic link loop (the link leads back to itself)';
    // a loop named like a document is not source: left out without a word, as any non-source file
    expect(discovery.skipped).toEqual([
      { file: 'a.py', reason: loop },
      { file: 'b.py', reason: loop },
      { file: 'pkg', reason: loop },
    ]);
  });

  it('does not scan a file twice through a link inside the root', async () => {
    const root = tree({ 'src/app.py': DECODE });
    fs.symlinkSync(path.join(root, 'src', 'app.py'), path.join(root, 'alias.py'));
    fs.symlinkSync(path.join(root, 'src'), path.join(root, 'src_link'));
    const result = await scan({ rules: RULES, root, config: defaultConfig() });
    expect(result.findings.map((finding) => `${finding.file}:${finding.ruleId}`)).toEqual(['src/app.py:TG102']);
  });
});

describe('reading: skipped files carry a reason and the scan goes on', () => {
  it('skips over-size, binary, non-UTF-8, unreadable and broken files and still reports the good one', async () => {
    const root = tree({
      'a_big.py': `# ${'x'.repeat(6_000)}\n`,
      'b_binary.py': Buffer.from([0x69, 0x6d, 0x70, 0x00, 0x01, 0x02]),
      'c_latin1.py': Buffer.from('name = "caf\xe9"\n', 'latin1'),
      'd_garbage.py': `${')]}{(@@ !! $$ ``` \n'.repeat(80)}x = 1\n`,
      'e_good.py': DECODE,
    });
    const result = await scan({ rules: RULES, root, config: { ...defaultConfig(), 'max-file-size': 5_000 } });
    const reasons = Object.fromEntries(result.skipped.map((skipped) => [skipped.file, skipped.reason]));
    expect(reasons['a_big.py']).toMatch(/larger than the size cap/);
    expect(reasons['b_binary.py']).toMatch(/binary/);
    expect(reasons['c_latin1.py']).toMatch(/not UTF-8/);
    expect(reasons['d_garbage.py']).toMatch(/too broken to parse/);
    expect(result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId}`)).toEqual(['e_good.py:4 TG102']);
    expect(result.stats.files).toBe(1);
    expect(result.stats.skipped).toBe(result.skipped.length);
  });

  it('decodes UTF-16 files that start with a byte order mark, in either byte order, with the same lines and columns', async () => {
    const utf16 = (text: string, bigEndian: boolean): Buffer => {
      const body = Buffer.from(text, 'utf16le');
      if (bigEndian) body.swap16();
      return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), body]);
    };
    const root = tree({ 'le.py': utf16(DECODE, false), 'be.py': utf16(DECODE, true), 'plain.py': DECODE, 'odd.py': Buffer.from([0xff, 0xfe, 0x69]) });
    const result = await scan({ rules: RULES, root, config: defaultConfig() });
    expect(result.skipped).toEqual([{ file: 'odd.py', reason: 'not UTF-8 or UTF-16 text' }]);
    const view = (file: string) => result.findings.filter((finding) => finding.file === file).map(({ line, column, ruleId, message }) => ({ line, column, ruleId, message }));
    expect(view('plain.py')).toHaveLength(1);
    expect(view('le.py')).toEqual(view('plain.py'));
    expect(view('be.py')).toEqual(view('plain.py'));
    expect(readSourceFile(path.join(root, 'le.py'), 1_000_000)).toEqual({ ok: true, text: DECODE });
  });

  it('skips a file that is not a regular file (a FIFO named like source) without blocking', async () => {
    const root = tree({ 'good.py': DECODE });
    execFileSync('mkfifo', [path.join(root, 'pipe.py')]);
    const result = await scan({ rules: RULES, root, config: defaultConfig() });
    expect(result.skipped).toEqual([{ file: 'pipe.py', reason: expect.stringMatching(/not a regular file/) }]);
    expect(result.findings.map((finding) => finding.file)).toEqual(['good.py']);
  });

  it('reports a path that is gone or is not a file instead of reading it', () => {
    const root = tree({ 'pkg.py/__init__.py': '' });
    // a folder named like a module is walked as a folder, and never read as a file
    expect(discoverFiles(root, { exclude: [] }).files.map((file) => file.relPath)).toEqual(['pkg.py/__init__.py']);
    expect(readSourceFile(path.join(root, 'pkg.py'), 1_000_000)).toEqual({ ok: false, reason: 'not a regular file' });
    expect(readSourceFile(path.join(root, 'gone.py'), 1_000_000)).toEqual({ ok: false, reason: expect.stringMatching(/^unreadable \(ENOENT\)/) });
  });

  it('skips a listed file that vanished before it was read', async () => {
    const root = tree({ 'gone.py': DECODE });
    const [file] = discoverFiles(root, { exclude: [] }).files;
    fs.rmSync(file!.absPath);
    const outcome = await analyseFile(file!, defaultConfig());
    expect(outcome).toEqual({ ok: false, skipped: { file: 'gone.py', reason: expect.stringMatching(/^unreadable \(ENOENT\)/) } });
  });

  it.skipIf(isRoot)('reports a chmod 000 file and directory as unreadable and goes on', async () => {
    const root = tree({ 'locked.py': DECODE, 'private/x.py': DECODE, 'open.py': DECODE });
    fs.chmodSync(path.join(root, 'locked.py'), 0o000);
    fs.chmodSync(path.join(root, 'private'), 0o000);
    const result = await scan({ rules: RULES, root, config: defaultConfig() });
    expect(result.skipped).toEqual([
      { file: 'locked.py', reason: expect.stringMatching(/^unreadable \(EACCES\)/) },
      { file: 'private', reason: expect.stringMatching(/^unreadable directory \(EACCES\)/) },
    ]);
    expect(result.findings.map((finding) => finding.file)).toEqual(['open.py']);
  });

  it('reads CRLF files with the same lines, columns and fingerprints as LF files', async () => {
    const lf = await scan({ rules: RULES, root: tree({ 'app.py': DECODE }), config: defaultConfig() });
    const crlf = await scan({ rules: RULES, root: tree({ 'app.py': DECODE.replace(/\n/g, '\r\n') }), config: defaultConfig() });
    const view = (result: typeof lf) => result.findings.map(({ line, column, fingerprint }) => ({ line, column, fingerprint }));
    expect(view(lf)).toHaveLength(1);
    expect(view(crlf)).toEqual(view(lf));
    expect(crlf.stats.lines).toBe(lf.stats.lines);
  });

  it('strips a UTF-8 byte order mark and keeps columns right', async () => {
    const root = tree({ 'bom.py': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DECODE)]) });
    const result = await scan({ rules: RULES, root, config: defaultConfig() });
    expect(result.skipped).toEqual([]);
    expect(result.findings.map((finding) => `${finding.line}:${finding.column}`)).toEqual(['4:12']);
  });

  it('recovers from an unclosed bracket early in a Python file, keeping lines and columns', async () => {
    const tail = ['', '', 'def user(token, key):', '    return jwt.decode(token, key)', '', '', 'def other(a):', '    return a + 1', ''].join('\n');
    for (const head of ['import jwt\nx = (\n', 'import jwt\nCONFIG = {"a": [1, 2\n', 'import jwt\nsettings(\n    debug=True,\n']) {
      const root = tree({ 'unclosed.py': head + tail });
      const result = await scan({ rules: RULES, root, config: defaultConfig() });
      const line = head.split('\n').length + 3;
      expect(result.skipped, head).toEqual([]);
      expect(result.models[0]?.hasSyntaxErrors, head).toBe(true);
      expect(result.findings.map((finding) => `${finding.line}:${finding.column} ${finding.ruleId}`), head).toEqual([`${line}:12 TG102`]);
    }
  });

  it('analyses a TypeScript file with an early syntax error, and skips a garbage one', async () => {
    const body = Array.from({ length: 8 }, (_, index) => `export function f${index}(a: number) {\n  return a + ${index};\n}\n`).join('');
    const root = tree({
      'early.ts': `import jwt from 'jsonwebtoken';\nconst x = ;\n${body}export const user = (t: string, k: string) => jwt.verify(t, k);\n`,
      'garbage.ts': ')]}{(@@ !! $$ ``` \n'.repeat(60),
    });
    const result = await scan({ rules: RULES, root, config: defaultConfig() });
    expect(result.skipped).toEqual([{ file: 'garbage.ts', reason: expect.stringMatching(/does not parse \(line 1: /) }]);
    expect(result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId}`)).toEqual(['early.ts:27 TG102']);
  });

  it('analyses a Python file with an early syntax error where the tree allows', async () => {
    const source = ['import jwt', '', 'def broken(:', '    return ]', '', 'def user(token, key):', '    return jwt.decode(token, key)', ''].join('\n');
    const root = tree({ 'partly_broken.py': source });
    const result = await scan({ rules: RULES, root, config: defaultConfig() });
    expect(result.skipped).toEqual([]);
    expect(result.models[0]?.hasSyntaxErrors).toBe(true);
    expect(result.findings.map((finding) => `${finding.line} ${finding.ruleId}`)).toEqual(['7 TG102']);
  });
});
