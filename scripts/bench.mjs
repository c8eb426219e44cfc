// `npm run bench`: the full scan (the committed CLI bundle, as users run it) beside the
// bare parse of the same files, in one run, on large bodies of real code on this machine:
// the Python standard library and the npm CLI's own JavaScript (lib and its dependencies).
// Prints wall times, the ratio scan/parse, files/s, lines/s and peak memory; the median of
// REPEAT alternating runs. Tests never assert these numbers.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist', 'cli', 'index.js');
const bare = path.join(root, 'scripts', 'bare-parse.mjs');
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);

function pythonStdlib() {
  try {
    return execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

function npmSources() {
  try {
    const global = execFileSync('npm', ['root', '-g'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    // the npm CLI's dependencies live in its node_modules; scanning that folder as the root
    // reads them (nested node_modules folders stay excluded, as in any scan)
    const dir = path.join(global, 'npm', 'node_modules');
    return fs.existsSync(dir) ? dir : undefined;
  } catch {
    return undefined;
  }
}

const datasets = [
  { name: 'Python standard library', kind: 'python', dir: pythonStdlib() },
  { name: 'npm CLI dependencies (JS)', kind: 'script', dir: npmSources() },
].filter((dataset) => dataset.dir && fs.existsSync(dataset.dir));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// Each dataset is scanned for its own language only, as the bare parse reads only that one
// (the npm tree holds node-gyp's Python, for instance).
const otherLanguages = {
  python: ['**/*.js', '**/*.cjs', '**/*.mjs', '**/*.jsx', '**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
  script: ['**/*.py'],
};
// A second config per dataset turns the exactly-once rules off (their recognizers then do
// not run), to show what the control-flow graphs and release rules cost.
const configs = {};
for (const kind of Object.keys(otherLanguages)) {
  configs[kind] = writeConfig(`${kind}-all`, otherLanguages[kind], false);
  configs[`${kind}-no-release`] = writeConfig(`${kind}-no-release`, otherLanguages[kind], true);
}

function writeConfig(name, exclude, releaseRulesOff) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tokengate-bench-')), `${name}.yml`);
  const rules = releaseRulesOff ? 'rules:\n  double-release: off\n  release-missing: off\n' : '';
  fs.writeFileSync(file, `exclude:\n${exclude.map((glob) => `  - "${glob}"`).join('\n')}\n${rules}`);
  return file;
}

function runScan(kind, dir, workers, configName = kind) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, 'scan', dir, '--format', 'json', '--min-score', '0', '--fail-on-severity', 'none', '--config', configs[configName]], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, TOKENGATE_WORKERS: String(workers) },
  });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`scan failed (${result.status}): ${result.stderr}`);
  const report = JSON.parse(result.stdout);
  return { wallMs, report };
}

function runBare(kind, dir) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [bare, kind, dir], { encoding: 'utf8' });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`bare parse failed: ${result.stderr}`);
  return { wallMs, ...JSON.parse(result.stdout) };
}

const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
const rate = (count, ms) => Math.round(count / (ms / 1000)).toLocaleString('en-US');

if (!fs.existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm run build` first.');
  process.exit(2);
}
console.log(`tokengate bench — ${os.cpus().length} cores, Node ${process.version}, median of ${REPEAT} runs each\n`);
for (const dataset of datasets) {
  const bareRuns = [];
  const scanRuns = { 0: [], auto: [], noRelease: [] };
  let last;
  for (let run = 0; run < REPEAT; run++) {
    bareRuns.push(runBare(dataset.kind, dataset.dir));
    const single = runScan(dataset.kind, dataset.dir, 0);
    scanRuns[0].push(single.wallMs);
    last = single.report;
    scanRuns.noRelease.push(runScan(dataset.kind, dataset.dir, 0, `${dataset.kind}-no-release`).wallMs);
    const pooled = runScan(dataset.kind, dataset.dir, os.availableParallelism());
    scanRuns.auto.push(pooled.wallMs);
    last.pooledPeakRssMb = pooled.report.stats.peakRssMb;
    last.pooledWorkers = pooled.report.stats.workers;
  }
  const bareWall = median(bareRuns.map((run) => run.wallMs));
  const bareParse = median(bareRuns.map((run) => run.parseMs));
  const base = bareRuns[0];
  const singleWall = median(scanRuns[0]);
  const pooledWall = median(scanRuns.auto);
  const stats = last.stats;
  console.log(`${dataset.name}: ${dataset.dir}`);
  console.log(`  files ${stats.files} scanned + ${stats.skipped} skipped (bare parse read ${base.files}), ${stats.lines.toLocaleString('en-US')} lines, ${last.findings.length} findings`);
  console.log(`  bare parse (1 thread)        ${fmt(bareWall)} wall, ${fmt(bareParse)} parsing alone, peak ${base.peakRssMb} MiB`);
  console.log(`  full scan, 1 thread          ${fmt(singleWall)}  ratio ${(singleWall / bareWall).toFixed(2)}x  ${rate(stats.files, singleWall)} files/s  ${rate(stats.lines, singleWall)} lines/s  peak ${stats.peakRssMb} MiB`);
  const poolLabel = last.pooledWorkers > 0 ? `${last.pooledWorkers} workers         ` : 'pool off (< 1000 files)';
  console.log(`  full scan, ${poolLabel} ${fmt(pooledWall)}  ratio ${(pooledWall / bareWall).toFixed(2)}x  ${rate(stats.files, pooledWall)} files/s  ${rate(stats.lines, pooledWall)} lines/s  peak ${last.pooledPeakRssMb} MiB`);
  const noReleaseWall = median(scanRuns.noRelease);
  console.log(`  without TG501/TG502, 1 thread ${fmt(noReleaseWall)}  ratio ${(noReleaseWall / bareWall).toFixed(2)}x  (the exactly-once rules add ${(((singleWall - noReleaseWall) / noReleaseWall) * 100).toFixed(1)}%)`);
  console.log(`  targets: full scan ≤ 1.5x the bare parse; the exactly-once rules add ≤ 10%\n`);
}
const bandit = spawnSync('bandit', ['--version'], { encoding: 'utf8' });
if (bandit.status === 0 && datasets[0]?.kind === 'python') {
  const started = performance.now();
  spawnSync('bandit', ['-r', '-q', '-f', 'json', '-o', path.join(os.tmpdir(), 'tokengate-bench-bandit.json'), datasets[0].dir], { encoding: 'utf8' });
  console.log(`Bandit on the same Python files: ${fmt(performance.now() - started)} wall`);
} else {
  console.log('Bandit: not installed here (apt-get install bandit to compare).');
}
