import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changedLinesFromApi, changedLinesFromGit, isOnChangedLine, parseGitDiff, parsePatch } from '../src/action/diff.js';
import type { EventInfo } from '../src/action/event.js';
import { GitHubApi } from '../src/action/github-api.js';
import { makeTree } from './helpers/scan.js';

describe('parsePatch (the API\'s unified-diff patch)', () => {
  it('numbers added lines in the new file across hunks, skipping removed lines', () => {
    const patch = [
      '@@ -1,4 +1,5 @@',
      ' import jwt',
      '-OLD = 1',
      '+NEW = 1',
      '+EXTRA = 2',
      ' ',
      ' def f():',
      '@@ -20,3 +21,4 @@ def g():',
      '     a = 1',
      '+    b = 2',
      '     return a',
      '\\ No newline at end of file',
    ].join('\n');
    expect([...parsePatch(patch)]).toEqual([2, 3, 22]);
  });

  it('reads hunk headers without counts (one-line hunks) and new files', () => {
    expect([...parsePatch('@@ -3 +3 @@\n-a\n+b')]).toEqual([3]);
    expect([...parsePatch('@@ -0,0 +1,3 @@\n+x\n+y\n+z')]).toEqual([1, 2, 3]);
    expect([...parsePatch('@@ -5,2 +4,0 @@\n-gone\n-gone too')]).toEqual([]);
  });

  it('ignores text before the first hunk header', () => {
    expect([...parsePatch('+++ b/file\n+not a line\n@@ -1,0 +1 @@\n+real')]).toEqual([1]);
  });
});

describe('parseGitDiff', () => {
  it('splits files, follows renames to the new path and skips deleted files', () => {
    const output = [
      'diff --git a/app.py b/app.py',
      'index 1..2 100644',
      '--- a/app.py',
      '+++ b/app.py',
      '@@ -4,0 +5,2 @@ def f():',
      '+x = 1',
      '+y = 2',
      'diff --git a/old.py b/pkg/new.py',
      'similarity index 90%',
      'rename from old.py',
      'rename to pkg/new.py',
      '--- a/old.py',
      '+++ b/pkg/new.py',
      '@@ -1 +1 @@',
      '-a',
      '+b',
      'diff --git a/gone.py b/gone.py',
      'deleted file mode 100644',
      '--- a/gone.py',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-bye',
      'diff --git "a/caf\\303\\251 x.py" "b/caf\\303\\251 x.py"',
      '--- "a/caf\\303\\251 x.py"',
      '+++ "b/caf\\303\\251 x.py"',
      '@@ -0,0 +1 @@',
      '+z',
    ].join('\n');
    const files = parseGitDiff(output);
    expect([...files.keys()]).toEqual(['app.py', 'pkg/new.py', 'café x.py']);
    expect([...(files.get('app.py') as Set<number>)]).toEqual([5, 6]);
    expect([...(files.get('pkg/new.py') as Set<number>)]).toEqual([1]);
  });
});

describe('isOnChangedLine', () => {
  const files = new Map<string, Set<number> | 'all'>([
    ['a.py', new Set([10, 11])],
    ['big.py', 'all'],
  ]);
  it('matches a finding whose span touches an added line', () => {
    expect(isOnChangedLine(files, 'a.py', 10)).toBe(true);
    expect(isOnChangedLine(files, 'a.py', 8, 10)).toBe(true);
    expect(isOnChangedLine(files, 'a.py', 12)).toBe(false);
    expect(isOnChangedLine(files, 'a.py', 9)).toBe(false);
    expect(isOnChangedLine(files, 'big.py', 999)).toBe(true);
    expect(isOnChangedLine(files, 'other.py', 10)).toBe(false);
  });
});

describe('changedLinesFromGit', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();

  it('diffs the base against the checked-out commit', () => {
    const root = makeTree({ 'a.py': 'one\ntwo\nthree\n', 'b.py': 'keep\n' });
    roots.push(root);
    git(root, 'init', '--quiet');
    git(root, 'add', '.');
    git(root, 'commit', '--quiet', '-m', 'base');
    const base = git(root, 'rev-parse', 'HEAD');
    fs.writeFileSync(path.join(root, 'a.py'), 'one\nTWO\nthree\nfour\n');
    fs.writeFileSync(path.join(root, 'c.py'), 'new\n');
    git(root, 'add', '.');
    git(root, 'commit', '--quiet', '-m', 'head');
    const files = changedLinesFromGit(root, base);
    expect([...files.keys()].sort()).toEqual(['a.py', 'c.py']);
    expect([...(files.get('a.py') as Set<number>)]).toEqual([2, 4]);
  });

  it('says why when the base cannot be found', () => {
    const root = makeTree({ 'a.py': 'x\n' });
    roots.push(root);
    git(root, 'init', '--quiet');
    git(root, 'add', '.');
    git(root, 'commit', '--quiet', '-m', 'only');
    expect(() => changedLinesFromGit(root, '0123456789abcdef0123456789abcdef01234567')).toThrow(/git diff against 0123456789abcdef0123456789abcdef01234567 failed/);
  });
});

describe('changedLinesFromApi', () => {
  const event: EventInfo = { eventName: 'pull_request', repository: 'o/r', serverUrl: 'https://github.com', workspace: '/w', headSha: 'h', baseSha: 'b', fromFork: false };
  const api = (data: (route: string, params: Record<string, unknown>) => unknown, routes: string[] = []) =>
    new GitHubApi(
      async (route, params) => {
        routes.push(`${route} ${JSON.stringify(params)}`);
        return { status: 200, data: data(route, params), headers: {} };
      },
      { attempts: 1, baseDelayMs: 0, maxDelayMs: 0, timeoutMs: 1000, budgetMs: 60_000, sleep: async () => {}, log: () => {} },
    );

  it("reads a pull request's files page by page; a file without a patch counts whole, a removed one not at all", async () => {
    const page = (params: Record<string, unknown>) =>
      params.page === 1
        ? Array.from({ length: 100 }, (_, index) => ({ filename: `f${index}.py`, status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' }))
        : [
            { filename: 'huge.py', status: 'modified' },
            { filename: 'gone.py', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' },
          ];
    const routes: string[] = [];
    const files = await changedLinesFromApi(api((_route, params) => page(params), routes), { ...event, pullNumber: 4 });
    expect(routes).toHaveLength(2);
    expect(files.size).toBe(101);
    expect(files.get('huge.py')).toBe('all');
    expect(files.has('gone.py')).toBe(false);
    expect([...(files.get('f0.py') as Set<number>)]).toEqual([1]);
  });

  it('compares base and head for a merge group, and refuses a truncated comparison', async () => {
    const routes: string[] = [];
    const files = await changedLinesFromApi(api(() => ({ files: [{ filename: 'a.py', status: 'added', patch: '@@ -0,0 +1,2 @@\n+x\n+y' }] }), routes), { ...event, eventName: 'merge_group' });
    expect(routes[0]).toContain('"basehead":"b...h"');
    expect([...(files.get('a.py') as Set<number>)]).toEqual([1, 2]);
    const full = Array.from({ length: 300 }, (_, index) => ({ filename: `f${index}`, status: 'added' }));
    await expect(changedLinesFromApi(api(() => ({ files: full })), { ...event, eventName: 'merge_group' })).rejects.toThrow(/only its first 300 files/);
  });
});
