/**
 * The npm package as users get it: `npm pack` builds the tarball from package.json's
 * `files`, it installs into an empty folder without a download (the bundle has no runtime
 * dependencies), and `npx tokengate scan` there scans the examples like the repository's CLI.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/scan.js';

const exec = promisify(execFile);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tokengate-pack-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const npmEnv = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', NO_COLOR: '1' };

interface Report {
  score: number;
  findings: { ruleId: string; file: string; line: number }[];
  stats: { files: number };
}

describe('the npm package', () => {
  it('packs the CLI bundle and its wasm, installs offline into an empty folder, and scans the examples with npx', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { private?: boolean; bin: Record<string, string>; dependencies?: object; files: string[] };
    expect(pkg.private).toBeUndefined();
    expect(pkg.bin).toEqual({ tokengate: 'dist/cli/index.js' });
    // dist/ is a self-contained bundle: an install needs nothing from the registry
    expect(pkg.dependencies).toBeUndefined();

    const packed = await exec('npm', ['pack', '--json', '--pack-destination', work], { cwd: REPO_ROOT, env: npmEnv, maxBuffer: 64 * 1024 * 1024 });
    const [entry] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    const files = entry!.files.map((file) => file.path).sort();
    // the CLI's chunks (<id>.index.js: the front ends, loaded on first use) travel with its
    // entry, and so do the TypeScript compiler and its loader (ts-compiler.cjs), and the
    // scan workers' bundle with its own chunks (worker/)
    const chunksIn = (dir: string) => fs.readdirSync(path.join(REPO_ROOT, dir)).filter((name) => /^\d+\.index\.js$/.test(name)).map((name) => `${dir}/${name}`);
    const chunks = chunksIn('dist/cli');
    const workerChunks = chunksIn('dist/cli/worker');
    expect(chunks.length).toBeGreaterThan(0);
    expect(workerChunks.length).toBeGreaterThan(0);
    const bundle = (dir: string) => [`${dir}/index.js`, `${dir}/licenses.txt`, `${dir}/package.json`, `${dir}/ts-compiler.cjs`];
    expect(files).toEqual(
      ['README.md', ...chunks, ...bundle('dist/cli'), 'dist/cli/typescript.cjs', ...workerChunks, ...bundle('dist/cli/worker'), 'dist/wasm/tree-sitter-python.wasm', 'dist/wasm/web-tree-sitter.wasm', 'package.json'].sort(),
    );

    const project = path.join(work, 'empty');
    fs.mkdirSync(project);
    await exec('npm', ['install', '--offline', '--no-audit', '--no-fund', path.join(work, entry!.filename)], { cwd: project, env: npmEnv });
    expect(fs.readdirSync(path.join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['tokengate']);

    const version = await exec('npx', ['--offline', 'tokengate', '--version'], { cwd: project, env: npmEnv });
    expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version);
    const examples = path.join(REPO_ROOT, 'examples');
    const [installed, installedPooled, repository] = await Promise.all([
      exec('npx', ['--offline', 'tokengate', 'scan', examples, '--format', 'json', '--warn-only'], { cwd: project, env: npmEnv, maxBuffer: 64 * 1024 * 1024 }),
      exec('npx', ['--offline', 'tokengate', 'scan', examples, '--format', 'json', '--warn-only'], { cwd: project, env: { ...npmEnv, TOKENGATE_WORKERS: '2' }, maxBuffer: 64 * 1024 * 1024 }),
      exec(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli', 'index.js'), 'scan', examples, '--format', 'json', '--warn-only'], { maxBuffer: 64 * 1024 * 1024 }),
    ]);
    const report = JSON.parse(installed.stdout) as Report;
    expect(report.stats.files).toBeGreaterThan(30);
    expect(report.findings.some((finding) => finding.file.endsWith('.py'))).toBe(true);
    expect(report.findings.some((finding) => finding.file.endsWith('.ts'))).toBe(true);
    expect(report.findings).toEqual((JSON.parse(repository.stdout) as Report).findings);
    // the installed worker bundle: two workers report the same
    const pooled = JSON.parse(installedPooled.stdout) as Report & { stats: { workers: number } };
    expect(pooled.stats.workers).toBe(2);
    expect(pooled.findings).toEqual(report.findings);
    expect(installed.stderr).toMatch(/^tokengate gate failed \(warn-only, not blocking\): /);
  }, 300_000);
});
