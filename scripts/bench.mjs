// `npm run bench`: the full scan (the committed CLI bundle, as users run it) beside the
// bare parse of the same files, in one run, on large bodies of real code on this machine:
// the Python standard library and the npm CLI's own JavaScript (lib and its dependencies).
// Prints wall times, the ratio scan/parse, files/s, lines/s and peak memory; the median of
// REPEAT alternating runs. Tests never assert these numbers. BENCH_ONLY=python, script or
// monorepo runs only that part; BENCH_MONOREPO=0 leaves the monorepo out. The scans use a
// code cache of their own (see src/engine/code-cache.ts), warmed before the timed runs; the
// JS/TS corpus is also timed with an empty one, as on a first run.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist', 'cli', 'index.js');
const bare = path.join(root, 'scripts', 'bare-parse.mjs');
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const ONLY = process.env.BENCH_ONLY;
const codeCacheRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'tokengate-bench-cache-'));
const warmCodeCache = path.join(codeCacheRoot, 'warm');

// The system Python's standard library first (Debian's, without the test suite, which
// Debian ships apart: 668 files, the corpus issue 10 measured), else the one of the
// python3 on PATH (a pyenv or python.org build holds its test suite too: about 1,800 files).
function pythonStdlib() {
  for (const python of ['/usr/bin/python3', 'python3']) {
    try {
      return execFileSync(python, ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      // not there: the next one
    }
  }
  return undefined;
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

/** CPU seconds of the children this process has reaped (Linux: /proc/self/stat cutime + cstime); undefined elsewhere. */
function childCpuSeconds() {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    // after the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    return (Number(fields[13]) + Number(fields[14])) / ticks;
  } catch {
    return undefined;
  }
}

/** Runs a command to completion: its result, wall milliseconds and CPU seconds (user + system, of the whole process). */
function timed(command, args, options) {
  const cpuBefore = childCpuSeconds();
  const started = performance.now();
  const result = spawnSync(command, args, options);
  const wallMs = performance.now() - started;
  const cpuAfter = childCpuSeconds();
  return { result, wallMs, cpuS: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore };
}

/** The full scan; `workers` undefined leaves the count to the scan's own plan (the default). */
function runScan(kind, dir, workers, configName = kind, codeCache = warmCodeCache) {
  const env = { ...process.env, TOKENGATE_CACHE_DIR: codeCache };
  delete env.TOKENGATE_CODE_CACHE;
  if (workers === undefined) delete env.TOKENGATE_WORKERS;
  else env.TOKENGATE_WORKERS = String(workers);
  const { result, wallMs, cpuS } = timed(process.execPath, [cli, 'scan', dir, '--format', 'json', '--min-score', '0', '--fail-on-severity', 'none', '--config', configs[configName]], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env,
  });
  if (result.status !== 0) throw new Error(`scan failed (${result.status}): ${result.stderr}`);
  const report = JSON.parse(result.stdout);
  return { wallMs, cpuS, report };
}

function runBare(kind, dir) {
  const { result, wallMs, cpuS } = timed(process.execPath, [bare, kind, dir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`bare parse failed: ${result.stderr}`);
  return { wallMs, cpuS, ...JSON.parse(result.stdout) };
}

const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
const rate = (count, ms) => Math.round(count / (ms / 1000)).toLocaleString('en-US');

if (!fs.existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm run build` first.');
  process.exit(2);
}
console.log(`tokengate bench — ${os.cpus().length} cores, Node ${process.version}, median of ${REPEAT} runs each\n`);
const cpuOf = (runs) => (runs.every((run) => run.cpuS !== undefined) ? median(runs.map((run) => run.cpuS)) : undefined);
const pythonCpu = {};
for (const dataset of datasets.filter((candidate) => ONLY === undefined || ONLY === candidate.kind)) {
  const bareRuns = [];
  const scanRuns = { single: [], pooled: [], noRelease: [], cold: [] };
  let single;
  let pooled;
  // writes the code cache the timed runs read
  runScan(dataset.kind, dataset.dir, 0);
  for (let run = 0; run < REPEAT; run++) {
    bareRuns.push(runBare(dataset.kind, dataset.dir));
    single = runScan(dataset.kind, dataset.dir, 0);
    scanRuns.single.push(single);
    scanRuns.noRelease.push(runScan(dataset.kind, dataset.dir, 0, `${dataset.kind}-no-release`));
    pooled = runScan(dataset.kind, dataset.dir, undefined);
    scanRuns.pooled.push(pooled);
    // the Python front end does not load the TypeScript compiler, so only JS/TS has a first-run cost
    if (dataset.kind === 'script') scanRuns.cold.push(runScan(dataset.kind, dataset.dir, 0, dataset.kind, fs.mkdtempSync(path.join(codeCacheRoot, 'cold-'))));
  }
  const bareWall = median(bareRuns.map((run) => run.wallMs));
  const bareParse = median(bareRuns.map((run) => run.parseMs));
  const base = bareRuns[0];
  const singleWall = median(scanRuns.single.map((run) => run.wallMs));
  const pooledWall = median(scanRuns.pooled.map((run) => run.wallMs));
  const stats = single.report.stats;
  if (dataset.kind === 'python') Object.assign(pythonCpu, { scan: cpuOf(scanRuns.single), bare: cpuOf(bareRuns) });
  const workers = pooled.report.stats.workers;
  console.log(`${dataset.name}: ${dataset.dir}`);
  console.log(`  files ${stats.files} scanned + ${stats.skipped} skipped (bare parse read ${base.files}), ${stats.lines.toLocaleString('en-US')} lines, ${(base.bytes / 1e6).toFixed(1)} MB, ${single.report.findings.length} findings`);
  console.log(`  bare parse, 1 thread          ${fmt(bareWall)} wall (whole process), ${fmt(bareParse)} parsing alone, peak ${base.peakRssMb} MiB`);
  console.log(`  full scan, 1 thread           ${fmt(singleWall)}  ratio ${(singleWall / bareWall).toFixed(2)}x the bare parse  ${rate(stats.files, singleWall)} files/s  ${rate(stats.lines, singleWall)} lines/s  peak ${stats.peakRssMb} MiB`);
  console.log(`  full scan, default (${workers > 0 ? `${workers} workers` : 'main thread'})  ${fmt(pooledWall)}  ratio ${(pooledWall / bareWall).toFixed(2)}x the 1-thread bare parse  ${rate(stats.files, pooledWall)} files/s  peak ${pooled.report.stats.peakRssMb} MiB`);
  if (scanRuns.cold.length) {
    const coldWall = median(scanRuns.cold.map((run) => run.wallMs));
    console.log(`  full scan, 1 thread, first run ${fmt(coldWall)}  ratio ${(coldWall / bareWall).toFixed(2)}x  (no code cache yet: the TypeScript compiler compiled, and the cache written)`);
  }
  const noReleaseWall = median(scanRuns.noRelease.map((run) => run.wallMs));
  console.log(`  without TG501/TG502, 1 thread ${fmt(noReleaseWall)}  ratio ${(noReleaseWall / bareWall).toFixed(2)}x  (the exactly-once rules add ${(((singleWall - noReleaseWall) / noReleaseWall) * 100).toFixed(1)}%)`);
  console.log(`  targets (issue 10): 1 thread ≤ 1.2x the bare parse; default on 2 cores ≤ 0.75x; peak ≤ 150 MiB on 1 thread (Python), ≤ 2x that pooled\n`);
}
monorepo();

/**
 * A synthetic monorepo (issue 10, item 5): copies of real files (the two datasets' files of
 * 20 to 250 lines, Python and JS in turn) laid out as packages, at 5,000, 10,000 and 20,000
 * files (about 100 lines each), scanned with the default pool: wall time, time per 1,000
 * files (flat when time grows linearly) and peak memory. BENCH_MONOREPO=0 skips it.
 */
function monorepo() {
  if (process.env.BENCH_MONOREPO === '0' || datasets.length === 0 || (ONLY !== undefined && ONLY !== 'monorepo')) return;
  const perDataset = datasets.map((dataset) =>
    listFiles(dataset.dir, dataset.kind === 'python' ? /\.py$/ : /\.js$/).flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8');
      const lines = text.split('\n').length;
      return lines >= 20 && lines <= 250 && !text.includes('\0') ? [{ text, lines, ext: path.extname(file) }] : [];
    }),
  );
  // the languages in turn, so that every size holds both
  const picked = [];
  for (let index = 0; index < Math.max(...perDataset.map((files) => files.length)); index++) for (const files of perDataset) if (index < files.length) picked.push(files[index]);
  if (picked.length === 0) return;
  const sizes = [5_000, 10_000, 20_000];
  console.log(`Synthetic monorepo: copies of ${picked.length.toLocaleString('en-US')} real files of 20-250 lines, Python and JS in turn, default pool`);
  for (const size of sizes) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tokengate-bench-monorepo-'));
    let lines = 0;
    for (let index = 0; index < size; index++) {
      const source = picked[index % picked.length];
      const dir = path.join(root, 'packages', `p${Math.floor(index / 100)}`, 'src');
      if (index % 100 === 0) fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `m${index}${source.ext}`), source.text);
      lines += source.lines;
    }
    const env = { ...process.env, TOKENGATE_CACHE_DIR: warmCodeCache };
    delete env.TOKENGATE_WORKERS;
    delete env.TOKENGATE_CODE_CACHE;
    const { result, wallMs } = timed(process.execPath, [cli, 'scan', root, '--format', 'json', '--min-score', '0', '--fail-on-severity', 'none'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env });
    fs.rmSync(root, { recursive: true, force: true });
    if (result.status !== 0) throw new Error(`monorepo scan failed (${result.status}): ${result.stderr}`);
    const stats = JSON.parse(result.stdout).stats;
    console.log(`  ${size.toLocaleString('en-US')} files, ${lines.toLocaleString('en-US')} lines: ${fmt(wallMs)}  ${(wallMs / size).toFixed(2)} s per 1,000 files  ${stats.workers} workers  peak ${stats.peakRssMb} MiB`);
  }
  console.log('  target (issue 10): 20,000 files / 2M lines under 20 s on two cores, under 1 GB, time linear in the input\n');
}

/** Files under `dir` matching `pattern`, outside the folders every scan leaves out. */
function listFiles(dir, pattern, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!['node_modules', '.git', '__pycache__', 'test', 'tests'].includes(entry.name)) listFiles(abs, pattern, out);
    } else if (entry.isFile() && pattern.test(entry.name)) out.push(abs);
  }
  return out;
}

const python = datasets.find((dataset) => dataset.kind === 'python');
const bandit = spawnSync('bandit', ['--version'], { encoding: 'utf8' });
if (ONLY !== undefined && ONLY !== 'python') {
  // Bandit reads Python only
} else if (bandit.status === 0 && python) {
  // the folders the scan leaves out (src/engine/files.ts), so that Bandit reads the same files
  const excluded = ['.git', 'node_modules', 'site-packages', 'dist-packages', '__pycache__', '.venv', 'venv', 'env', '.env', '.tox', '.nox', 'build', 'dist', 'out', '.eggs'].map((dir) => `*/${dir}/*`).join(',');
  // once: Bandit takes minutes on the standard library
  const runs = [timed('bandit', ['-r', '-q', '-f', 'json', '-o', path.join(os.tmpdir(), 'tokengate-bench-bandit.json'), '-x', excluded, python.dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })];
  if (runs[0].result.error) throw runs[0].result.error;
  const wall = median(runs.map((run) => run.wallMs));
  const cpu = cpuOf(runs);
  const ratio = cpu !== undefined && pythonCpu.scan ? `, CPU ${cpu.toFixed(1)} s = ${(cpu / pythonCpu.scan).toFixed(2)}x tokengate's 1-thread scan (${pythonCpu.scan.toFixed(1)} s), ${(cpu / pythonCpu.bare).toFixed(2)}x the bare parse` : '';
  console.log(`Bandit (${bandit.stdout.split('\n')[0].trim()}) on the same Python files: ${fmt(wall)} wall${ratio}`);
} else {
  console.log('Bandit: not installed here (apt-get install -y bandit to compare).');
}
fs.rmSync(codeCacheRoot, { recursive: true, force: true });
