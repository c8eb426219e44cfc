// `npm run fuzz`: mutates the fixtures and the examples (lines deleted, duplicated and
// swapped, files cut short, random bytes, deep nesting, stray brackets and quotes) and
// scans each batch with the CLI bundle as users run it, beside untouched control files.
// Fails when a scan crashes or hangs, exits with anything but 0 or 1, loses or changes a
// finding of an untouched file, or reports an internal failure (TG903 "analysis failed").
//
//   node scripts/fuzz.mjs [--seconds 60] [--iterations N] [--seed 1 | --seed random] [--files 30]
//
// The same seed gives the same batches; a failing batch is kept under .tmp/fuzz-failures/
// with the command that reproduces it. Run `npm run build` first.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist', 'cli', 'index.js');
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    iterations: { type: 'string' },
    seed: { type: 'string', default: '1' },
    files: { type: 'string', default: '30' },
    'timeout-seconds': { type: 'string', default: '60' },
  },
});
const seed = values.seed === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
const seconds = Number(values.seconds);
const maxIterations = values.iterations === undefined ? Infinity : Number(values.iterations);
const filesPerBatch = Number(values.files);
const timeoutMs = Number(values['timeout-seconds']) * 1000;
for (const [name, value] of Object.entries({ seed, seconds, filesPerBatch, timeoutMs })) {
  if (!Number.isFinite(value) || value < 0) throw new Error(`fuzz: --${name} must be a number, got ${value}`);
}
if (!fs.existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm run build` first.');
  process.exit(2);
}

/** mulberry32: a small, seedable PRNG, so that a seed names a batch for good. */
function prng(state) {
  let a = state >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), pick: (list) => list[Math.floor(next() * list.length)] };
}

const SOURCE = /\.(py|ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
function sources(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(abs);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [abs] : [];
  });
}
const corpus = [...sources(path.join(root, 'test', 'fixtures')), ...sources(path.join(root, 'examples'))].sort();
// untouched in every batch: single-file fixtures whose findings come from file rules only
const controls = ['test/fixtures/python/verify-disabled.py', 'test/fixtures/typescript/alg-not-pinned.ts', 'test/fixtures/javascript/token-logged.js'].map((file) => path.join(root, file));

/** Rules that look across files: their findings in a control file may change with the mutated files. */
const repositoryRules = new Set(
  fs
    .readdirSync(path.join(root, 'docs', 'rules'))
    .filter((name) => name !== 'README.md')
    .map((name) => fs.readFileSync(path.join(root, 'docs', 'rules', name), 'utf8'))
    .filter((text) => text.includes('Scope: whole repository'))
    .map((text) => /^# (TG\d{3})/.exec(text)?.[1])
    .filter(Boolean),
);

const NESTING = [
  (n) => `${'['.repeat(n)}1${']'.repeat(n)}`,
  (n) => `${'f('.repeat(n)}1${')'.repeat(n)}`,
  (n) => Array(n).fill('"a"').join(' + '),
  (n) => `a${'.b'.repeat(n)}`,
  (n) => `${'('.repeat(n)}1${')'.repeat(n)}`,
  (n) => `${'{"k": '.repeat(n)}1${'}'.repeat(n)}`,
];
const NESTING_PYTHON = [...NESTING, (n) => `${'lambda: '.repeat(n)}1`, (n) => `${'not '.repeat(n)}a`, (n) => `${'a if b else '.repeat(n)}c`];
const NESTING_SCRIPT = [...NESTING, (n) => `${'() => '.repeat(n)}1`, (n) => `${'!'.repeat(n)}a`, (n) => `${'a ? b : '.repeat(n)}c`, (n) => `${'`${'.repeat(n)}1${'}`'.repeat(n)}`];

/** One random change to a file's text (as a Buffer: some changes are not text). */
function mutate(text, random, python) {
  const lines = text.split('\n');
  const at = random.int(lines.length);
  switch (random.int(9)) {
    case 0:
      lines.splice(at, 1 + random.int(3));
      return { how: `deleted lines from ${at + 1}`, bytes: Buffer.from(lines.join('\n')) };
    case 1:
      lines.splice(at, 0, ...lines.slice(at, at + 1 + random.int(4)));
      return { how: `duplicated lines at ${at + 1}`, bytes: Buffer.from(lines.join('\n')) };
    case 2: {
      const other = random.int(lines.length);
      [lines[at], lines[other]] = [lines[other], lines[at]];
      return { how: `swapped lines ${at + 1} and ${other + 1}`, bytes: Buffer.from(lines.join('\n')) };
    }
    case 3: {
      const cut = random.int(text.length + 1);
      return { how: `cut at offset ${cut}`, bytes: Buffer.from(text.slice(0, cut)) };
    }
    case 4: {
      const noise = Buffer.from(Array.from({ length: 1 + random.int(16) }, () => random.int(256)));
      const offset = random.int(text.length + 1);
      const base = Buffer.from(text);
      return { how: `${noise.length} random bytes at offset ${offset}`, bytes: Buffer.concat([base.subarray(0, offset), noise, base.subarray(offset)]) };
    }
    case 5: {
      const depth = random.pick([50, 199, 201, 400, 1500, 5000]);
      const indent = /^\s*/.exec(lines[at] ?? '')[0];
      const nested = random.pick(python ? NESTING_PYTHON : NESTING_SCRIPT)(depth);
      lines.splice(at, 0, python ? `${indent}padding = ${nested}` : `${indent}const padding${at} = ${nested};`);
      return { how: `nesting ${depth} deep at line ${at + 1}`, bytes: Buffer.from(lines.join('\n')) };
    }
    case 6: {
      const offset = random.int(text.length + 1);
      const stray = random.pick(['(', ')', '[', ']', '{', '}', '"', "'", '`', '"""', '/*', '#', '\\', '${', '<div>', '\t']);
      return { how: `"${stray}" at offset ${offset}`, bytes: Buffer.from(text.slice(0, offset) + stray + text.slice(offset)) };
    }
    case 7: {
      const line = lines[at] ?? '';
      lines[at] = line.replace(/^\s*/, (indent) => (indent.length > 1 ? indent.slice(random.int(indent.length)) : `${indent}   `));
      return { how: `changed the indentation of line ${at + 1}`, bytes: Buffer.from(lines.join('\n')) };
    }
    default: {
      const times = 1 + random.int(6);
      lines.splice(at, 0, ...Array.from({ length: times }, () => random.pick(lines)));
      return { how: `${times} random lines at ${at + 1}`, bytes: Buffer.from(lines.join('\n')) };
    }
  }
}

function runCli(dir) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'scan', dir, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

function setUpBatch(dir, random, iteration) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'control'), { recursive: true });
  for (const control of controls) fs.copyFileSync(control, path.join(dir, 'control', path.basename(control)));
  const changes = [];
  for (let index = 0; index < filesPerBatch; index++) {
    const source = random.pick(corpus);
    let bytes = fs.readFileSync(source);
    const hows = [];
    for (let round = 1 + random.int(3); round > 0; round--) {
      const change = mutate(bytes.toString('utf8'), random, source.endsWith('.py'));
      bytes = change.bytes;
      hows.push(change.how);
    }
    // a unique name: no import of a control file can resolve to a mutated one
    const name = `m${iteration}_${index}_${path.basename(source)}`;
    fs.mkdirSync(path.join(dir, 'mutated'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'mutated', name), bytes);
    changes.push(`mutated/${name}: ${path.relative(root, source)}, ${hows.join('; ')}`);
  }
  return changes;
}

/** The file-rule findings of the control files, as the report gives them. */
function controlFindings(report) {
  return report.findings
    .filter((finding) => finding.file.startsWith('control/') && !repositoryRules.has(finding.ruleId))
    .map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.ruleId} ${finding.fingerprint} ${finding.message}`)
    .sort();
}

const INTERNAL = /analysis failed|rule TG\d{3} [\w-]+ failed|could not be parsed|remained after/;

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tokengate-fuzz-'));
  const started = Date.now();
  const failures = [];
  let iterations = 0;
  let scannedFiles = 0;
  try {
    const baselineDir = path.join(work, 'baseline');
    fs.mkdirSync(path.join(baselineDir, 'control'), { recursive: true });
    for (const control of controls) fs.copyFileSync(control, path.join(baselineDir, 'control', path.basename(control)));
    const baselineRun = await runCli(baselineDir);
    if (baselineRun.code !== 0 && baselineRun.code !== 1) throw new Error(`the control files alone do not scan: exit ${baselineRun.code}\n${baselineRun.stderr}`);
    const baseline = controlFindings(JSON.parse(baselineRun.stdout));
    if (baseline.length === 0) throw new Error('the control files have no findings: nothing to lose');
    console.log(`fuzz: seed ${seed}, ${corpus.length} source files, ${filesPerBatch} mutated a batch beside ${controls.length} control files (${baseline.length} findings), up to ${seconds} s`);

    while (iterations < maxIterations && (Date.now() - started) / 1000 < seconds) {
      const iteration = iterations++;
      const random = prng(seed * 1_000_003 + iteration);
      const dir = path.join(work, 'batch');
      const changes = setUpBatch(dir, random, iteration);
      const run = await runCli(dir);
      scannedFiles += filesPerBatch;
      const problems = [];
      if (run.signal) problems.push(`killed by ${run.signal} after ${timeoutMs / 1000} s: a hang`);
      else if (run.code !== 0 && run.code !== 1) problems.push(`exit code ${run.code}: ${run.stderr.trim().split('\n').slice(0, 5).join(' | ')}`);
      let report;
      if (!run.signal && (run.code === 0 || run.code === 1)) {
        try {
          report = JSON.parse(run.stdout);
        } catch (error) {
          problems.push(`the JSON report does not parse: ${error.message}`);
        }
      }
      if (report) {
        const found = controlFindings(report);
        const lost = baseline.filter((entry) => !found.includes(entry));
        const extra = found.filter((entry) => !baseline.includes(entry));
        if (lost.length) problems.push(`lost findings of untouched files: ${lost.join(' | ')}`);
        if (extra.length) problems.push(`new findings in untouched files: ${extra.join(' | ')}`);
        for (const finding of report.findings) if (finding.ruleId === 'TG903' && INTERNAL.test(finding.message)) problems.push(`internal failure: ${finding.file}: ${finding.message}`);
        for (const skipped of report.skipped) if (INTERNAL.test(skipped.reason)) problems.push(`internal failure: ${skipped.file}: ${skipped.reason}`);
        // the one verdict line belongs on stderr with a JSON report; anything else there is a problem
        const stray = run.stderr.split('\n').filter((line) => line.trim() && !/^tokengate (passed|gate failed)/.test(line));
        if (stray.length) problems.push(`stderr: ${stray.join(' | ').slice(0, 500)}`);
      }
      if (problems.length) {
        const kept = path.join(root, '.tmp', 'fuzz-failures', `seed-${seed}-iteration-${iteration}`);
        fs.rmSync(kept, { recursive: true, force: true });
        fs.mkdirSync(path.dirname(kept), { recursive: true });
        fs.cpSync(dir, kept, { recursive: true });
        failures.push({ iteration, problems, changes, kept });
        console.log(`fuzz: iteration ${iteration} FAILED (kept in ${path.relative(root, kept)}; again: node ${cli} scan ${kept} --format json)`);
        for (const problem of problems) console.log(`  ${problem}`);
        for (const change of changes) console.log(`    ${change}`);
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const elapsed = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`fuzz: ${iterations} batches, ${scannedFiles} mutated files in ${elapsed} s, seed ${seed}: ${failures.length ? `${failures.length} failed` : 'no crash, hang, lost finding or exit code other than 0/1'}`);
  process.exitCode = failures.length ? 1 : 0;
}

main().catch((error) => {
  console.error(`fuzz: ${error.stack ?? error}`);
  process.exitCode = 2;
});
