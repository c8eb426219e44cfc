/**
 * The MCP adapter's parts from source: allowed roots and symbolic links, the folder a
 * file is scanned in, snippet placement, the changed lines changed_since reads, result
 * limits and the escaping of text renderings. test/mcp.e2e.test.ts runs the bundled server.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTree } from './helpers/scan.js';
import { changedSince } from '../src/engine/changed-since.js';
import { renderScanPath } from '../src/mcp/render.js';
import { limitFindings, type ScanPathResult } from '../src/mcp/results.js';
import { AllowedRoots, isInside, pathsFromRootUris } from '../src/mcp/roots.js';
import { projectFolderOf } from '../src/mcp/scan-path.js';
import { snippetPlacement } from '../src/mcp/scan-snippet.js';

const trees: string[] = [];
function tree(files: Record<string, string>): string {
  const root = fs.realpathSync(makeTree(files));
  trees.push(root);
  return root;
}
afterAll(() => {
  for (const dir of trees) fs.rmSync(dir, { recursive: true, force: true });
});

const noClient = async (): Promise<undefined> => undefined;

describe('AllowedRoots', () => {
  const inside = tree({ 'app.py': 'x = 1\n', 'pkg/mod.py': 'y = 2\n' });
  const outside = tree({ 'secret.py': 'z = 3\n' });
  fs.symlinkSync(outside, path.join(inside, 'out-dir'));
  fs.symlinkSync(path.join(outside, 'secret.py'), path.join(inside, 'out-file.py'));
  fs.symlinkSync(path.join(inside, 'pkg', 'mod.py'), path.join(inside, 'in-file.py'));
  // a root given through a link is compared by its real path
  const linkedRoot = path.join(outside, 'linked-root');
  fs.symlinkSync(inside, linkedRoot);

  it('resolves paths inside a root to their real paths, relative ones against the roots in order', async () => {
    const roots = new AllowedRoots([inside], true, noClient, () => undefined);
    expect(await roots.resolve(undefined)).toEqual({ real: inside, root: inside, isDirectory: true });
    expect(await roots.resolve('pkg/mod.py')).toEqual({ real: path.join(inside, 'pkg', 'mod.py'), root: inside, isDirectory: false });
    expect((await roots.resolve('in-file.py')).real).toBe(path.join(inside, 'pkg', 'mod.py'));
    const viaLink = new AllowedRoots([linkedRoot], true, noClient, () => undefined);
    expect(await viaLink.resolve('app.py')).toMatchObject({ real: path.join(inside, 'app.py'), root: inside });
    const two = new AllowedRoots([outside, inside], true, noClient, () => undefined);
    expect((await two.resolve('pkg')).root).toBe(inside);
  });

  it('refuses what leaves every root, through symbolic links too, and what does not exist', async () => {
    const roots = new AllowedRoots([inside], true, noClient, () => undefined);
    await expect(roots.resolve(outside)).rejects.toThrow(/is outside the allowed roots/);
    await expect(roots.resolve('../')).rejects.toThrow(/is outside the allowed roots/);
    await expect(roots.resolve('out-dir')).rejects.toThrow(`(a symbolic link to ${outside}) is outside the allowed roots`);
    await expect(roots.resolve('out-dir/secret.py')).rejects.toThrow(/is outside the allowed roots/);
    await expect(roots.resolve('out-file.py')).rejects.toThrow(/symbolic link to .*secret\.py\) is outside/);
    await expect(roots.resolve('missing.py')).rejects.toThrow(`path "missing.py" does not exist in "${inside}"`);
    await expect(new AllowedRoots([path.join(inside, 'nope')], true, noClient, () => undefined).resolve('.')).rejects.toThrow(/no allowed root exists/);
  });

  it("uses the client's roots unless roots were given, asks once until they change, and falls back when asking fails", async () => {
    let asked = 0;
    let announced = [outside];
    const client = async (): Promise<string[]> => {
      asked++;
      return announced;
    };
    const fromClient = new AllowedRoots([inside], false, client, () => undefined);
    expect(await fromClient.list()).toEqual([outside]);
    expect(await fromClient.list()).toEqual([outside]);
    expect(asked).toBe(1);
    announced = [inside, outside];
    fromClient.invalidate();
    expect(await fromClient.list()).toEqual([inside, outside]);
    expect(asked).toBe(2);
    announced = [];
    fromClient.invalidate();
    expect(await fromClient.list()).toEqual([inside]);

    expect(await new AllowedRoots([inside], true, client, () => undefined).list()).toEqual([inside]);
    const logged: string[] = [];
    const failing = new AllowedRoots([inside], false, () => Promise.reject(new Error('timed out')), (message) => logged.push(message));
    expect(await failing.list()).toEqual([inside]);
    expect(logged).toEqual([`the client's roots are not available (timed out); using ${inside}`]);
  });

  it('reads file:// root URIs and ignores other schemes', () => {
    expect(pathsFromRootUris([pathToFileURL(inside).href, 'https://example.invalid/repo', pathToFileURL('/tmp/a b').href])).toEqual([inside, '/tmp/a b']);
  });

  it('isInside compares whole path segments', () => {
    expect(isInside('/work/app', '/work/app')).toBe(true);
    expect(isInside('/work/app', '/work/app/src/x.py')).toBe(true);
    expect(isInside('/work/app', '/work/app-secrets/x.py')).toBe(false);
    expect(isInside('/work/app', '/work')).toBe(false);
    expect(isInside('/work/app', '/work/app/..data')).toBe(true);
  });
});

describe('projectFolderOf', () => {
  it('is the nearest folder above the file with a .tokengate.yml or .git, never above the root', () => {
    const root = tree({ '.tokengate.yml': '', 'svc/.git/HEAD': '', 'svc/app/api/routes.py': '', 'lib/util.py': '', 'loose/deep/x.py': '' });
    expect(projectFolderOf(path.join(root, 'svc/app/api/routes.py'), root)).toBe(path.join(root, 'svc'));
    expect(projectFolderOf(path.join(root, 'lib/util.py'), root)).toBe(root);
    const inner = path.join(root, 'loose');
    expect(projectFolderOf(path.join(inner, 'deep/x.py'), inner)).toBe(path.join(inner, 'deep'));
  });
});

describe('snippetPlacement', () => {
  it('places a snippet by its path or its language', () => {
    expect(snippetPlacement({ language: 'python' })).toEqual({ relPath: 'snippet.py', language: 'python' });
    expect(snippetPlacement({ path: 'src/auth.tsx' })).toEqual({ relPath: 'src/auth.tsx', language: 'typescript' });
    expect(snippetPlacement({ path: 'src\\win.js', language: 'javascript' })).toEqual({ relPath: 'src/win.js', language: 'javascript' });
    expect(snippetPlacement({ path: 'handlers/login', language: 'typescript' })).toEqual({ relPath: 'handlers/login.ts', language: 'typescript' });
  });

  it('refuses paths that leave the folder, unknown languages and contradictions', () => {
    for (const bad of ['../x.py', 'a/../../x.py', '/abs.py', 'C:/x.py', 'a//b.py', './x.py', 'a\nb.py']) expect(() => snippetPlacement({ path: bad }), bad).toThrow(/expected a relative path/);
    expect(() => snippetPlacement({ path: 'x.rb' })).toThrow(/unknown language for path "x\.rb"/);
    expect(() => snippetPlacement({ path: 'types.d.ts' })).toThrow(/unknown language/);
    expect(() => snippetPlacement({ path: 'x.py', language: 'javascript' })).toThrow(/is a python file but language is javascript/);
    expect(() => snippetPlacement({})).toThrow(/give the snippet's language/);
  });
});

describe('changedSince (the diff changed_since gates on)', () => {
  const git = (dir: string, ...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });

  it('reads the lines changed since a ref in the working tree, relative to the folder, untracked files whole', () => {
    const repo = tree({ 'svc/app.py': 'a\nb\nc\n', 'other/x.py': 'x\n', '.gitignore': 'ignored.py\n' });
    git(repo, 'init', '--quiet');
    git(repo, 'add', '.');
    git(repo, 'commit', '--quiet', '-m', 'one');
    fs.writeFileSync(path.join(repo, 'svc/app.py'), 'a\nB\nc\nd\n');
    fs.writeFileSync(path.join(repo, 'svc/new.py'), 'n\n');
    fs.writeFileSync(path.join(repo, 'svc/ignored.py'), 'i\n');
    fs.writeFileSync(path.join(repo, 'other/x.py'), 'X\n');
    const changed = changedSince(path.join(repo, 'svc'), 'HEAD', 'changed_since is "HEAD"');
    expect([...changed.entries()].map(([file, lines]) => [file, lines === 'all' ? 'all' : [...lines]])).toEqual([
      ['app.py', [2, 4]],
      ['new.py', 'all'],
    ]);
    expect(() => changedSince(repo, 'HEAD~5', 'changed_since is "HEAD~5"')).toThrow('changed_since is "HEAD~5"; git knows no commit by that name');
    expect(() => changedSince(repo, '-p', 'changed_since is "-p"')).toThrow('changed_since is "-p"; expected a git branch, tag or commit');
  });
});

describe('results and their text', () => {
  it('limitFindings keeps the most severe in their order and counts the rest', () => {
    const findings = [
      { id: 1, severity: 'low' as const },
      { id: 2, severity: 'critical' as const },
      { id: 3, severity: 'medium' as const },
      { id: 4, severity: 'high' as const },
      { id: 5, severity: 'low' as const },
    ];
    expect(limitFindings(findings, 3)).toEqual({ kept: [findings[1], findings[2], findings[3]], omitted: 2 });
    expect(limitFindings(findings, 5)).toEqual({ kept: findings, omitted: 0 });
  });

  it('renders a scan result without raw control characters from file names and messages', () => {
    const result: ScanPathResult = {
      root: '/work/app',
      target: '.',
      score: 85,
      grade: 'B',
      verdict: { passed: true, reasons: ['Score 85 meets min-score 80.', 'No finding of severity critical.'], minScore: 80, failOnSeverity: 'critical', scope: 'all' },
      findings: [
        {
          ruleId: 'TG102',
          ruleName: 'alg-not-pinned',
          category: 'alg-not-pinned',
          severity: 'high',
          file: 'x\u001b]8;;http://evil\u0007.py',
          line: 3,
          column: 5,
          message: 'jwt.decode is called without algorithms=\n# injected heading',
          fix: 'Pin the algorithms.',
          docs: 'https://github.com/tokengate/tokengate/blob/v1/docs/rules/alg-not-pinned.md',
          fingerprint: 'f',
        },
      ],
      findingsTotal: 1,
      counts: { critical: 0, high: 1, medium: 0, low: 0 },
      findingsOmitted: 0,
      suppressed: 0,
      skipped: [{ file: 'bad\rname.py', reason: 'binary' }],
      stats: { files: 1, lines: 10, skipped: 1 },
    };
    const text = renderScanPath(result);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    // the terminal's escaping (src/report/escape.ts): one line, controls and bidi overrides shown
    expect(text).toContain('x\\x1b]8;;http://evil\\x07.py:3:5  TG102 alg-not-pinned  HIGH');
    expect(text).toContain('jwt.decode is called without algorithms=\\n# injected heading');
    expect(text).toContain('bad\\rname.py: binary');
    expect(text).toContain('Gate passed: Score 85 meets min-score 80. No finding of severity critical.');
  });
});
