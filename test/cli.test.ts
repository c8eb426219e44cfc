/**
 * The bundled CLI as users run it: `node dist/cli/index.js`, as a child process. Build
 * first (`npm run build`); CI checks that dist/ matches the source before the tests.
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, makeTree } from './helpers/scan.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
const SECRET = 's3cr3t-very-long-literal-key-value-1234567890';
const DECODE_UNPINNED = 'import jwt\n\n\ndef user(token, key):\n    return jwt.decode(token, key)\n';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const runs = new Map<string, Promise<Run>>();

/** Runs the bundle; the same arguments run once per file (the bundle is deterministic). */
function run(args: string[], cwd = REPO_ROOT): Promise<Run> {
  const key = JSON.stringify([cwd, args]);
  let pending = runs.get(key);
  if (!pending) {
    pending = spawnCli(args, cwd);
    runs.set(key, pending);
  }
  return pending;
}

/** Root reads files whatever their mode: to see EACCES, run as nobody through setpriv. */
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((candidate) => fs.existsSync(candidate));
const unprivileged = isRoot ? (SETPRIV ? [SETPRIV, '--reuid', '65534', '--regid', '65534', '--clear-groups'] : undefined) : [];

/**
 * The checkout may sit under a folder other users cannot enter (/root/…): what the
 * unprivileged process must read, the CLI bundle and its wasm (and node itself, when it
 * lives there too), is copied to a folder anyone may read. Undefined when nothing needs it.
 */
function stageForUnprivileged(): { dir: string; node: string; cli: string } | undefined {
  if (!isRoot || !unprivileged?.length) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tokengate-unprivileged-'));
  fs.cpSync(path.join(REPO_ROOT, 'dist', 'cli'), path.join(dir, 'dist', 'cli'), { recursive: true });
  fs.cpSync(path.join(REPO_ROOT, 'dist', 'wasm'), path.join(dir, 'dist', 'wasm'), { recursive: true });
  let node = process.execPath;
  try {
    execFileSync(unprivileged[0]!, [...unprivileged.slice(1), node, '-e', '0'], { cwd: os.tmpdir(), stdio: 'ignore' });
  } catch {
    node = path.join(dir, 'node');
    fs.copyFileSync(process.execPath, node);
  }
  execFileSync('chmod', ['-R', 'a+rX', dir]);
  return { dir, node, cli: path.join(dir, 'dist', 'cli', 'index.js') };
}

function spawnCli(args: string[], cwd: string, prefix: string[] = [], staged?: { node: string; cli: string }): Promise<Run> {
  const [command, ...commandArgs] = [...prefix, staged?.node ?? process.execPath, staged?.cli ?? CLI, ...args];
  return new Promise((resolve) => {
    execFile(command!, commandArgs, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let root: string;
let configs: string;
beforeAll(() => {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  root = makeTree({
    'src/app.py': `import jwt\n\n\ndef user(tok):\n    return jwt.decode(tok, "${SECRET}")\n`,
    'src/verified.py': 'import jwt\n\n\ndef user(tok, key):\n    return jwt.decode(tok, key, algorithms=["RS256"], audience="api")\n',
    'web/server.ts': "import jwt from 'jsonwebtoken';\n\nexport function user(token: string, key: string) {\n  return jwt.verify(token, key);\n}\n",
    'assets/blob.py': Buffer.from([0x00, 0x01, 0x02, 0x03]).toString('latin1'),
  });
  configs = fs.mkdtempSync(path.join(os.tmpdir(), 'tokengate-cli-config-'));
  fs.writeFileSync(path.join(configs, 'off.yml'), 'rules:\n  alg-not-pinned: off\n  TG201: off\nmin-score: 95\n');
  fs.writeFileSync(path.join(configs, 'bad.yml'), 'min-score: "high"\n');
  fs.writeFileSync(path.join(configs, 'typo.yml'), 'exlude: [legacy/**]\n');
});
afterAll(() => {
  for (const dir of [root, configs]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

interface JsonReport {
  score: number;
  grade: string;
  passed: boolean;
  minScore: number;
  findings: { ruleId: string; category: string; severity: string; file: string; line: number; column: number; message: string; fingerprint: string }[];
  skipped: { file: string; reason: string }[];
  stats: { files: number; lines: number; languages: Record<string, { files: number; lines: number }>; timings: Record<string, number> };
}

describe.concurrent('tokengate CLI (bundle)', () => {
  it('prints help and the version with exit 0', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage:\s+tokengate <command> \[options\]/);
    for (const command of ['scan [PATH]', 'rules', 'explain RULE', 'init [PATH]', 'help [COMMAND]', 'version']) expect(help.stdout).toContain(`\n  ${command} `);
    const scanHelp = await run(['scan', '--help']);
    expect(scanHelp.code).toBe(0);
    expect(scanHelp.stdout).toMatch(/Usage:\s+tokengate scan \[PATH\] \[options\]/);
    for (const flag of ['--format FORMAT', '--min-score N', '--fail-on-severity LEVEL', '--changed-since REF', '--baseline FILE', '--warn-only', '--config FILE', '--output FILE', '--progress', '--no-progress']) {
      expect(scanHelp.stdout).toContain(`  ${flag} `);
    }
    expect(await run(['help', 'scan'])).toEqual(scanHelp);
    const overviews = await Promise.all([run(['help']), run(['help', '--help']), run(['version', '-h']), run(['-h'])]);
    for (const overview of overviews) expect(overview).toEqual(help);
    for (const command of ['rules', 'explain', 'init']) {
      const own = await run([command, '--help']);
      expect(own.code, command).toBe(0);
      expect(own.stdout, command).toMatch(new RegExp(`^Usage:\\n  tokengate ${command}`));
      expect(await run(['help', command])).toEqual(own);
    }
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const versions = await Promise.all(['--version', '-V', '-v', 'version'].map((flag) => run([flag])));
    for (const version of versions) expect(version).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  }, 240_000);

  it('writes the JSON contract of DESIGN.md', async () => {
    const result = await run(['scan', root, '--format', 'json', '--min-score', '0']);
    // the report is on stdout; the one-line verdict on stderr
    expect(result.stderr).toMatch(/^tokengate passed: Score \d+ meets min-score 0\. No finding of severity critical\.\n$/);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(typeof report.score).toBe('number');
    expect(report.grade).toMatch(/^[A-DF]$/);
    expect(report).toMatchObject({ minScore: 0, passed: true });
    const pinned = report.findings.filter((finding) => finding.ruleId === 'TG102');
    expect(pinned.map((finding) => `${finding.file}:${finding.line}:${finding.column}`)).toEqual(['src/app.py:5:12', 'web/server.ts:4:10']);
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual(expect.arrayContaining(['ruleId', 'category', 'severity', 'file', 'line', 'column', 'message', 'fingerprint']));
      expect(finding.ruleId).toMatch(/^TG\d{3}$/);
      expect(['critical', 'high', 'medium', 'low']).toContain(finding.severity);
      expect(finding.file).not.toMatch(/\\|^\/|^\.\//);
      expect(finding.line).toBeGreaterThanOrEqual(1);
      expect(finding.column).toBeGreaterThanOrEqual(1);
      expect(finding.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(pinned[0]!.category).toBe('alg-not-pinned');
    expect(report.skipped).toEqual([{ file: 'assets/blob.py', reason: 'binary file' }]);
    expect(report.stats.files).toBe(3);
    expect(report.stats.languages.python).toEqual({ files: 2, lines: 10 });
    expect(report.stats.languages.typescript).toEqual({ files: 1, lines: 5 });
    expect(report.stats.lines).toBe(15);
    expect(Object.keys(report.stats.timings)).toEqual(expect.arrayContaining(['totalMs']));
  });

  it('writes a text report with findings, score and skipped files', async () => {
    const result = await run(['scan', root, '--min-score', '0']);
    expect(result.code).toBe(0);
    // piped: no colour, no progress, and the verdict only once (in the report)
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      [
        'src/app.py:5:12  HIGH  TG102 alg-not-pinned',
        '  jwt.decode is called without algorithms=; pin the algorithms the issuer uses.',
        '    4 | def user(tok):',
        '  > 5 |     return jwt.decode(tok, "s3cr…")',
        '      |            ^^^^^^^^^^',
        '  fix: Pin the algorithms: pass algorithms=["RS256"] (a constant list), never the token header\'s alg.',
        '  docs: https://github.com/tokengate/tokengate/blob/v1/docs/rules/alg-not-pinned.md',
      ].join('\n'),
    );
    expect(result.stdout).toContain('  > 5 |     return jwt.decode(tok, "s3cr…")\n      |                            ^^^^^^^\n');
    expect(result.stdout).toMatch(/\nSummary\n {2}3 findings in 2 files: 3 high\.\n {4}alg-not-pinned {4}2 high\n {4}hardcoded-secret {2}1 high\n/);
    expect(result.stdout).toMatch(/ {2}Scanned 3 files, 15 lines \(python 2 files \/ 10 lines, typescript 1 file \/ 5 lines\)\./);
    expect(result.stdout).toMatch(/ {2}Skipped 1 file:\n {4}assets\/blob\.py: binary file\n {2}Score \d+\/100, grade [A-DF]\.\ntokengate passed: /);
  });

  it('writes SARIF', async () => {
    const result = await run(['scan', root, '--format', 'sarif', '--min-score', '0']);
    expect(result.code).toBe(0);
    const sarif = JSON.parse(result.stdout) as { version: string; runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.filter((entry) => entry.ruleId === 'TG102').map((entry) => entry.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['src/app.py', 'web/server.ts']);
  });

  it('never repeats the secret literal from the code, in any format', async () => {
    for (const format of ['text', 'json', 'sarif']) {
      const result = await run(['scan', root, '--format', format, '--min-score', '0']);
      expect(result.code, format).toBe(0);
      expect(result.stdout.length, format).toBeGreaterThan(100);
      expect(result.stdout, format).not.toContain(SECRET);
      expect(result.stdout, format).not.toContain(SECRET.slice(0, 20));
      expect(result.stderr, format).not.toContain(SECRET);
    }
  });

  it('never repeats secrets in other shapes: placeholders, env fallbacks, TS literals', async () => {
    const secrets = ['changeme-please', 'dev-fallback-secret-value-xyz', 'ts-literal-secret-value-abcdef-123456', 'inline-verify-secret-987654'];
    const secretTree = makeTree({
      'settings.py': [
        'import os',
        'import jwt',
        `SECRET_KEY = "${secrets[0]}"`,
        `FALLBACK = os.getenv("JWT_SECRET", "${secrets[1]}")`,
        '',
        '',
        'def issue(sub):',
        '    return jwt.encode({"sub": sub}, SECRET_KEY, algorithm="HS256") + jwt.encode({"sub": sub}, FALLBACK, algorithm="HS256")',
        '',
      ].join('\n'),
      'keys.ts': [
        "import jwt from 'jsonwebtoken';",
        `const secret = '${secrets[2]}';`,
        "export const sign = (sub: string) => jwt.sign({ sub }, secret, { algorithm: 'HS256', expiresIn: '1h' });",
        `export const verify = (t: string) => jwt.verify(t, '${secrets[3]}', { algorithms: ['HS256'] });`,
        '',
      ].join('\n'),
    });
    try {
      const reports = await Promise.all(['text', 'json', 'sarif'].map((format) => spawnCli(['scan', secretTree, '--format', format, '--min-score', '0'], REPO_ROOT)));
      const json = JSON.parse(reports[1]!.stdout) as JsonReport;
      // the scan did see them: otherwise the check below proves nothing
      expect(json.findings.filter((finding) => finding.category === 'hardcoded-secret' || finding.category === 'weak-secret').length).toBeGreaterThanOrEqual(3);
      for (const report of reports) {
        for (const secret of secrets) expect(`${report.stdout}${report.stderr}`).not.toContain(secret);
      }
    } finally {
      fs.rmSync(secretTree, { recursive: true, force: true });
    }
  });

  it('gates on --min-score: exit 1 below, 0 at or above', async () => {
    const { score } = JSON.parse((await run(['scan', root, '--format', 'json', '--min-score', '0'])).stdout) as JsonReport;
    expect(score).toBeLessThan(100);
    const at = await run(['scan', root, '--format', 'json', '--min-score', String(score)]);
    expect(at.code).toBe(0);
    expect(JSON.parse(at.stdout)).toMatchObject({ passed: true, minScore: score });
    const above = await run(['scan', root, '--format', 'json', '--min-score', String(score + 1)]);
    expect(above.code).toBe(1);
    expect(JSON.parse(above.stdout)).toMatchObject({ passed: false, minScore: score + 1 });
    const text = await run(['scan', root, '--min-score', String(score + 1)]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`\ntokengate gate failed: Score ${score} is below min-score ${score + 1}. No finding of severity critical.\n`);
  });

  it('reads --config FILE: rules off, and min-score from the file', async () => {
    const result = await run(['scan', root, '--format', 'json', '--config', path.join(configs, 'off.yml')]);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.findings.filter((finding) => ['TG102', 'TG201'].includes(finding.ruleId))).toEqual([]);
    expect(report.minScore).toBe(95);
    expect(result.code).toBe(report.score >= 95 ? 0 : 1);
  });

  it('lets --min-score override the config file, and scans the working directory without PATH', async () => {
    const overridden = await run(['scan', root, '--format', 'json', '--config', path.join(configs, 'off.yml'), '--min-score', '0']);
    expect(overridden.code).toBe(0);
    expect(JSON.parse(overridden.stdout)).toMatchObject({ minScore: 0, passed: true });
    const here = await run(['scan', '--format', 'json', '--min-score', '0'], root);
    const there = await run(['scan', root, '--format', 'json', '--min-score', '0']);
    expect((JSON.parse(here.stdout) as JsonReport).findings).toEqual((JSON.parse(there.stdout) as JsonReport).findings);
  });

  it('writes the report to --output FILE', async () => {
    const output = path.join(configs, 'report.json');
    const result = await run(['scan', root, '--format', 'json', '--min-score', '0', '--output', output]);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toMatch(/^tokengate passed: Score \d+ meets min-score 0\./);
    expect((JSON.parse(fs.readFileSync(output, 'utf8')) as JsonReport).findings.length).toBeGreaterThan(0);
  });

  const usageErrors: [string, string[], RegExp][] = [
    ['an unknown flag', ['scan', '.', '--fromat', 'json'], /^tokengate: unknown option "--fromat" for "tokengate scan" \(did you mean "--format"\?\)\nRun "tokengate scan --help" for usage\.\n$/],
    ['a bad --format', ['scan', '.', '--format', 'xml'], /^tokengate: --format is "xml"; expected text, json, sarif or html\n/],
    ['a bad --fail-on-severity', ['scan', '.', '--fail-on-severity', 'severe'], /^tokengate: --fail-on-severity is "severe"; expected none, critical, high, medium or low\n/],
    ['a flag without its value', ['scan', '.', '--format'], /^tokengate: option "--format" needs a value \(FORMAT\)\n/],
    ['a value for a switch', ['scan', '.', '--warn-only=yes'], /^tokengate: option "--warn-only" takes no value \(found "--warn-only=yes"\)\n/],
    ['an unknown short flag', ['scan', '-x'], /^tokengate: unknown option "-x" for "tokengate scan"\n/],
    ['an unknown command', ['scna', '.'], /^tokengate: unknown command "scna" \(did you mean "scan"\?\); commands: scan, rules, explain, init, mcp, help, version\n/],
    ['an option before the command', ['--format', 'json'], /^tokengate: "--format" is an option; put a command first/],
    ['--output into a missing folder', ['scan', '.', '--output', 'no/such/dir/report.json'], /^tokengate: --output is "no\/such\/dir\/report\.json", but the folder "no\/such\/dir" does not exist\n/],
    ['--output onto a folder', ['scan', '.', '--output', 'src'], /^tokengate: --output is "src", which is a folder; expected a file path\n/],
    ['a missing --baseline', ['scan', '.', '--baseline', 'no-such-baseline.json'], /^tokengate: --baseline is "no-such-baseline\.json"; cannot read it as JSON: the file does not exist\n/],
    ['--progress with --no-progress', ['scan', '.', '--progress', '--no-progress'], /^tokengate: --progress and --no-progress contradict each other/],
    ['a word for --min-score', ['scan', '.', '--min-score', 'high'], /--min-score is "high"; expected a whole number from 0 to 100/],
    ['--min-score over 100', ['scan', '.', '--min-score', '101'], /--min-score is "101"/],
    ['a fractional --min-score', ['scan', '.', '--min-score', '79.5'], /--min-score is "79\.5"/],
    ['a PATH that does not exist', ['scan', 'no/such/dir'], /PATH "no\/such\/dir" is not a directory/],
    ['a file as PATH', ['scan', 'package.json'], /is not a directory/],
    ['no command', [], /^tokengate: missing command; expected one of scan, rules, explain, init, mcp \(e\.g\. "tokengate scan \."\)\n/],
    ['two PATHs', ['scan', '.', 'src'], /scan takes one PATH/],
  ];
  for (const [what, args, message] of usageErrors) {
    it(`exits 2 for ${what}`, async () => {
      const result = await run(args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      // one message, no stack trace, quotes balanced
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect((result.stderr.match(/"/g) ?? []).length % 2).toBe(0);
    });
  }

  it('exits 2 for a bad config, naming the key and the value', async () => {
    const bad = await run(['scan', root, '--config', path.join(configs, 'bad.yml')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/configuration error: bad\.yml: min-score is "high"; expected a (whole )?number/);
    const typo = await run(['scan', root, '--config', path.join(configs, 'typo.yml')]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/unknown key exlude \(did you mean exclude\?\)/);
    const missing = await run(['scan', root, '--config', path.join(configs, 'missing.yml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing\.yml.*cannot be read/);
  });

  it.skipIf(unprivileged === undefined)('skips a chmod 000 file and folder as unreadable and scans the rest', async () => {
    const locked = makeTree({ 'locked.py': DECODE_UNPINNED, 'private/inner.py': DECODE_UNPINNED, 'open.py': DECODE_UNPINNED });
    const staged = stageForUnprivileged();
    try {
      fs.chmodSync(locked, 0o755);
      fs.chmodSync(path.join(locked, 'locked.py'), 0o000);
      fs.chmodSync(path.join(locked, 'private'), 0o000);
      const result = await spawnCli(['scan', locked, '--format', 'json', '--min-score', '0'], os.tmpdir(), unprivileged, staged);
      expect(result.stderr).toMatch(/^tokengate passed: /);
      const report = JSON.parse(result.stdout) as JsonReport;
      expect(report.skipped).toEqual([
        { file: 'locked.py', reason: 'unreadable (EACCES)' },
        { file: 'private', reason: 'unreadable directory (EACCES)' },
      ]);
      expect(report.findings.map((finding) => `${finding.file} ${finding.ruleId}`)).toEqual(['open.py TG102']);
    } finally {
      fs.chmodSync(path.join(locked, 'private'), 0o755);
      fs.rmSync(locked, { recursive: true, force: true });
      if (staged) fs.rmSync(staged.dir, { recursive: true, force: true });
    }
  });

  it('reports the same with the worker pool as on one thread (1,000 Python and JS files)', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 1_000; index++) files[`pkg${index % 20}/m${index}.py`] = index % 50 === 0 ? DECODE_UNPINNED : `def f${index}(a):\n    return a + ${index}\n`;
    // both languages in the workers: each loads the second front end when its first file of that language comes
    for (let index = 0; index < 50; index++) files[`web/w${index}.js`] = index % 25 === 0 ? 'const jwt = require("jsonwebtoken");\nmodule.exports = (token) => jwt.decode(token);\n' : `module.exports = (a) => a + ${index};\n`;
    const many = makeTree(files);
    try {
      const scanWith = (workers: string | undefined) =>
        new Promise<string>((resolve, reject) => {
          const env = { ...process.env };
          delete env.TOKENGATE_WORKERS;
          if (workers !== undefined) env.TOKENGATE_WORKERS = workers;
          execFile(process.execPath, [CLI, 'scan', many, '--format', 'json', '--min-score', '0', '--fail-on-severity', 'none'], { env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
            error ? reject(error) : resolve(stdout),
          );
        });
      const [pooled, single, planned] = await Promise.all([scanWith('2'), scanWith('0'), scanWith(undefined)]);
      const comparable = (json: string) => {
        const report = JSON.parse(json) as Omit<JsonReport, 'stats'> & { stats: Partial<JsonReport['stats']> & { peakRssMb?: number; workers?: number } };
        delete report.stats.timings;
        delete report.stats.peakRssMb;
        delete report.stats.workers;
        return report;
      };
      expect((JSON.parse(pooled) as { stats: { workers: number } }).stats.workers).toBe(2);
      expect((JSON.parse(single) as { stats: { workers: number } }).stats.workers).toBe(0);
      // the default plan weighs bytes, not files: 1,050 one-line files are not worth a worker's start
      expect((JSON.parse(planned) as { stats: { workers: number } }).stats.workers).toBe(0);
      expect(comparable(pooled).findings).toHaveLength(22);
      expect(comparable(pooled).findings.filter((finding) => finding.file.endsWith('.js'))).toHaveLength(2);
      expect(comparable(pooled).stats.files).toBe(1_050);
      expect(comparable(pooled)).toEqual(comparable(single));
      expect(comparable(planned)).toEqual(comparable(single));
    } finally {
      fs.rmSync(many, { recursive: true, force: true });
    }
  });

  it("exits 2 for a bad .tokengate.yml in the scanned folder", async () => {
    const withConfig = makeTree({ '.tokengate.yml': 'rules:\n  TG102: loud\n', 'app.py': '' });
    try {
      const result = await run(['scan', withConfig]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/\.tokengate\.yml: rules\.TG102 is "loud"; expected one of "off", "critical"/);
    } finally {
      fs.rmSync(withConfig, { recursive: true, force: true });
    }
  });
});
