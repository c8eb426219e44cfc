/**
 * The bundled CLI as a child process: the Action's gate (--fail-on-severity, --warn-only,
 * --baseline, --changed-since), colour and progress on and off a terminal, the HTML
 * format, and the rules, explain and init commands. Build first (`npm run build`).
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema, defaultConfig, loadConfig } from '../src/engine/config.js';
import type { Finding } from '../src/engine/finding.js';
import { evaluateGate, verdictLine } from '../src/engine/verdict.js';
import { CONFIG_TEMPLATE, WORKFLOW_SNIPPET } from '../src/cli/init.js';
import { RULES } from '../src/rules/index.js';
import { REPO_ROOT, makeTree } from './helpers/scan.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
const SGR = /\u001b\[\d+m/;
/** Colour and CI variables of the runner do not leak into the runs. */
const CLEAN_ENV = Object.fromEntries(Object.entries(process.env).filter(([name]) => !['NO_COLOR', 'FORCE_COLOR', 'CI', 'GITHUB_ACTIONS', 'TERM'].includes(name))) as Record<string, string>;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: options.cwd ?? REPO_ROOT, env: { ...CLEAN_ENV, ...options.env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

/** Runs the CLI on a pseudo-terminal (util-linux `script`): stdout and stderr arrive together. */
function onTerminal(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const command = [process.execPath, CLI, ...args].map((part) => `'${part.replace(/'/g, "'\\''")}'`).join(' ');
  return new Promise((resolve) => {
    execFile('script', ['-qec', command, '/dev/null'], { env: { ...CLEAN_ENV, TERM: 'xterm', ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

const UNPINNED = 'import jwt\n\n\ndef user(token, key):\n    return jwt.decode(token, key)\n';
const UNVERIFIED = 'import jwt\n\n\ndef user(token):\n    claims = jwt.decode(token, options={"verify_signature": False})\n    if claims["admin"]:\n        return True\n    return False\n';

interface JsonReport {
  score: number;
  passed: boolean;
  warnOnly: boolean;
  reasons: string[];
  minScore: number;
  findings: (Finding & { new?: boolean })[];
  newFindings?: number;
  baselined?: number;
}

const temps: string[] = [];
let tree: string;
beforeAll(() => {
  tree = makeTree({ 'svc/app.py': UNPINNED, 'svc/admin.py': UNVERIFIED });
  temps.push(tree);
});
afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
}

describe.concurrent('the gate in the CLI', () => {
  it('fails on a critical finding by default, as the Action does, with the Action\'s verdict text', async () => {
    const result = await cli(['scan', tree, '--min-score', '0', '--format', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.passed).toBe(false);
    // the same module and words as the Action: recompute the verdict from the report
    const expected = evaluateGate({ score: report.score, minScore: 0, gated: report.findings, scope: 'all', failOnSeverity: 'critical', warnOnly: false });
    expect(report.reasons).toEqual(expected.reasons);
    expect(result.stderr).toBe(`${verdictLine(expected)}\n`);
    expect(result.stderr).toMatch(/^tokengate gate failed: Score \d+ meets min-score 0\. 1 finding of severity critical: TG101 at svc\/admin\.py:5\.\n$/);
  }, 240_000);

  it('--fail-on-severity sets the level: none passes, high fails on the high finding too', async () => {
    const none = await cli(['scan', tree, '--min-score', '0', '--fail-on-severity', 'none']);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('\ntokengate passed: Score ');
    expect(none.stdout).toContain('fail-on-severity is none: findings alone do not fail the gate.\n');
    const high = await cli(['scan', tree, '--min-score', '0', '--fail-on-severity', 'high']);
    expect(high.code).toBe(1);
    expect(high.stdout).toMatch(/2 findings of severity high or above: TG101 at svc\/admin\.py:5, TG102 at svc\/app\.py:5\.\n$/);
  }, 240_000);

  it('--warn-only reports the failed verdict and exits 0', async () => {
    const result = await cli(['scan', tree, '--warn-only', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ passed: false, warnOnly: true });
    expect(result.stderr).toMatch(/^tokengate gate failed \(warn-only, not blocking\): Score \d+ is below min-score 80\./);
  }, 240_000);

  it('--baseline FILE (JSON or SARIF) leaves out the findings it holds, by fingerprint', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tokengate-baseline-'));
    temps.push(folder);
    const json = path.join(folder, 'baseline.json');
    const sarif = path.join(folder, 'baseline.sarif');
    const written = await Promise.all([cli(['scan', tree, '--format', 'json', '--output', json]), cli(['scan', tree, '--format', 'sarif', '--output', sarif])]);
    expect(written.map((run) => run.code)).toEqual([1, 1]);
    const [fromJson, fromSarif, text] = await Promise.all([
      cli(['scan', tree, '--format', 'json', '--baseline', json]),
      cli(['scan', tree, '--format', 'json', '--baseline', sarif]),
      cli(['scan', tree, '--baseline', sarif]),
    ]);
    for (const result of [fromJson, fromSarif]) {
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ score: 100, passed: true, baselined: 2, findings: [] });
    }
    expect(text.stdout).toContain('0 findings; 2 in the baseline (not counted).');
    const notReport = path.join(folder, 'other.json');
    fs.writeFileSync(notReport, '{"hello": 1}');
    const bad = await cli(['scan', tree, '--baseline', notReport]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^tokengate: --baseline is ".*other\.json"; expected a tokengate JSON report \(with findings\[\]\) or its SARIF file\n/);
  }, 240_000);

  it('--changed-since REF gates on the findings on lines changed since the merge base, untracked files included', async () => {
    const repo = makeTree({ 'app.py': UNPINNED, 'keep.py': UNVERIFIED });
    temps.push(repo);
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'base');
    git(repo, 'checkout', '-qb', 'feature');
    // a committed change on the branch, an uncommitted edit and a new untracked file
    fs.appendFileSync(path.join(repo, 'app.py'), '\n\ndef other(token, key):\n    return jwt.decode(token, key)\n');
    git(repo, 'commit', '-qam', 'feature');
    fs.writeFileSync(path.join(repo, 'new.py'), UNPINNED);
    const result = await cli(['scan', '.', '--format', 'json', '--changed-since', 'main', '--min-score', '0', '--fail-on-severity', 'high'], { cwd: repo });
    const report = JSON.parse(result.stdout) as JsonReport;
    const isNew = report.findings.filter((finding) => finding.new).map((finding) => `${finding.file}:${finding.line} ${finding.ruleId}`);
    expect(isNew).toEqual(['app.py:9 TG102', 'new.py:5 TG102']);
    expect(report.newFindings).toBe(2);
    // the critical finding in keep.py is old: the gate looks at new findings only
    expect(result.code).toBe(1);
    expect(report.reasons.at(-1)).toBe('2 new findings of severity high or above: TG102 at app.py:9, TG102 at new.py:5.');
    const text = await cli(['scan', '.', '--changed-since', 'main', '--min-score', '0', '--fail-on-severity', 'high'], { cwd: repo });
    expect(text.stdout).toMatch(/app\.py:9:12 {2}HIGH {2}TG102 alg-not-pinned {2}new\n/);
    expect(text.stdout).toContain('; 2 new on changed lines.');
    const critical = await cli(['scan', '.', '--changed-since', 'main', '--min-score', '0'], { cwd: repo });
    expect(critical.code).toBe(0);
    expect(critical.stdout).toContain('No new finding of severity critical.');
    // a scanned subfolder sees paths relative to itself
    fs.mkdirSync(path.join(repo, 'sub'));
    fs.writeFileSync(path.join(repo, 'sub', 'mod.py'), UNPINNED);
    const sub = JSON.parse((await cli(['scan', 'sub', '--format', 'json', '--changed-since', 'main', '--min-score', '0'], { cwd: repo })).stdout) as JsonReport;
    expect(sub.findings.map((finding) => `${finding.file} ${String(finding.new)}`)).toEqual(['mod.py true']);

    const badRef = await cli(['scan', '.', '--changed-since', 'no-such-branch'], { cwd: repo });
    expect(badRef.code).toBe(2);
    expect(badRef.stderr).toMatch(/^tokengate: --changed-since is "no-such-branch"; git knows no commit by that name/);
    const option = await cli(['scan', '.', '--changed-since', '--output=x'], { cwd: repo });
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/^tokengate: option "--changed-since" needs a value \(REF\)|--changed-since is "--output=x"; expected a git branch/);
    const notRepo = await cli(['scan', tree, '--changed-since', 'main']);
    expect(notRepo.code).toBe(2);
    expect(notRepo.stderr).toMatch(/^tokengate: --changed-since is "main", but the scanned folder is not in a git work tree/);
  }, 240_000);

  it('writes a self-contained HTML report, and the verdict to stderr', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tokengate-html-'));
    temps.push(folder);
    const file = path.join(folder, 'report.html');
    const result = await cli(['scan', tree, '--format', 'html', '--output', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^tokengate gate failed: /);
    const html = fs.readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("default-src 'none'");
    // nothing to fetch: no external script, style, image or font
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/);
  }, 240_000);
});

describe.concurrent('colour and progress', () => {
  it('no colour and no progress in a pipe; FORCE_COLOR turns colour on and wins over NO_COLOR', async () => {
    const piped = await cli(['scan', tree, '--min-score', '0', '--fail-on-severity', 'none']);
    expect(piped.stdout).not.toMatch(SGR);
    expect(piped.stderr).toBe('');
    const forced = await cli(['scan', tree, '--min-score', '0', '--fail-on-severity', 'none'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(SGR);
    expect((await cli(['scan', tree, '--min-score', '0', '--fail-on-severity', 'none'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).toMatch(SGR);
    expect((await cli(['scan', tree, '--min-score', '0', '--fail-on-severity', 'none'], { env: { FORCE_COLOR: '0' } })).stdout).not.toMatch(SGR);
    // without the escapes, the coloured report is the plain one
    expect(forced.stdout.replace(/\u001b\[\d+m/g, '')).toBe(piped.stdout);
  }, 240_000);

  it('colours on a terminal unless NO_COLOR is set; a file never gets colour', async () => {
    const terminal = await onTerminal(['scan', tree, '--min-score', '0', '--fail-on-severity', 'none']);
    expect(terminal.stdout).toContain('tokengate passed');
    expect(terminal.stdout).toMatch(SGR);
    const noColor = await onTerminal(['scan', tree, '--min-score', '0', '--fail-on-severity', 'none'], { NO_COLOR: '1' });
    expect(noColor.stdout).toContain('tokengate passed');
    expect(noColor.stdout).not.toMatch(SGR);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tokengate-colour-'));
    temps.push(folder);
    const file = path.join(folder, 'report.txt');
    await onTerminal(['scan', tree, '--min-score', '0', '--fail-on-severity', 'none', '--output', file]);
    expect(fs.readFileSync(file, 'utf8')).toContain('tokengate passed');
    expect(fs.readFileSync(file, 'utf8')).not.toMatch(SGR);
    const rules = await onTerminal(['rules']);
    expect(rules.stdout).toMatch(SGR);
  }, 240_000);

  it('shows progress only when asked off a terminal, and clears it on a terminal', async () => {
    const piped = await cli(['scan', tree, '--min-score', '0', '--fail-on-severity', 'none', '--format', 'json']);
    expect(piped.stderr).not.toContain('files analysed');
    const asked = await cli(['scan', tree, '--min-score', '0', '--fail-on-severity', 'none', '--format', 'json', '--progress']);
    expect(asked.stderr).toMatch(/^tokengate: 0\/2 files analysed, 0 files\/s\n(tokengate: [12]\/2 files analysed, \d+ files\/s\n)*tokengate passed/);
    expect(asked.stderr).toContain('tokengate: 2/2 files analysed');
    expect(asked.stderr).not.toContain('\r');
    const live = await onTerminal(['scan', tree, '--min-score', '0', '--fail-on-severity', 'none', '--progress']);
    expect(live.stdout).toContain('\r\u001b[2Ktokengate: 2/2 files analysed');
    // cleared before the report: the last progress draw is followed by a clear
    expect(live.stdout).toMatch(/files\/s\r\u001b\[2K(\u001b\[1m)?svc\//);
    const ci = await onTerminal(['scan', tree, '--min-score', '0', '--fail-on-severity', 'none'], { CI: 'true' });
    expect(ci.stdout).not.toContain('files analysed');
  }, 240_000);
});

describe.concurrent('rules, explain, init', () => {
  it('lists every rule with id, name, category, severity and languages', async () => {
    const result = await cli(['rules']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^ID +NAME +CATEGORY +SEVERITY +LANGUAGES$/);
    for (const rule of RULES) {
      expect(lines.some((line) => new RegExp(`^${rule.id} +${rule.name} +${rule.category} +${rule.severity} +${rule.languages.join(', ')}$`).test(line)), rule.id).toBe(true);
    }
    expect(result.stdout).toMatch(/\nTG901 +suppression-without-reason +\(suppressions\) +low +all\n/);
    expect((await cli(['rules', '--help'])).stdout).toMatch(/^Usage:\n {2}tokengate rules\n/);
  }, 240_000);

  it('explains a rule by id or name: what, why, fix, examples and the docs link', async () => {
    const byId = await cli(['explain', 'TG101']);
    expect(byId.code).toBe(0);
    const rule = RULES.find((candidate) => candidate.id === 'TG101')!;
    expect(byId.stdout).toMatch(/^TG101 verify-disabled {2}critical · category verify-disabled · python, typescript, javascript\n/);
    for (const heading of ['What it does', 'Why is this bad', 'How to fix', 'Example (Python)', 'Suppress', 'Docs']) expect(byId.stdout).toContain(`\n${heading}`);
    expect(byId.stdout).toContain(rule.docs.examples[0]!.bad.split('\n')[0]);
    expect(byId.stdout).toContain('https://github.com/tokengate/tokengate/blob/v1/docs/rules/verify-disabled.md');
    expect((await cli(['explain', 'verify-disabled'])).stdout).toBe(byId.stdout);
    expect((await cli(['explain', 'tg101'])).stdout).toBe(byId.stdout);
    const suppression = await cli(['explain', 'TG902']);
    expect(suppression.stdout).toMatch(/^TG902 unused-suppression {2}low\n/);
    const unknown = await cli(['explain', 'verify-disable']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('tokengate: unknown rule "verify-disable" (did you mean "verify-disabled"?); "tokengate rules" lists them\nRun "tokengate explain --help" for usage.\n');
    const none = await cli(['explain']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^tokengate: explain needs a RULE/);
  }, 240_000);

  it('init writes a commented config at the defaults and prints the README\'s workflow', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tokengate-init-'));
    temps.push(folder);
    const first = await cli(['init'], { cwd: folder });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Add this workflow as .github/workflows/tokengate.yml:\n\n${WORKFLOW_SNIPPET}`);
    const written = fs.readFileSync(path.join(folder, '.tokengate.yml'), 'utf8');
    expect(written).toBe(CONFIG_TEMPLATE);
    expect(loadConfig(folder, undefined, RULES)).toEqual(defaultConfig());
    const again = await cli(['init'], { cwd: folder });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^tokengate: "\.tokengate\.yml" exists already; keep it, or overwrite it with --force\n/);
    fs.writeFileSync(path.join(folder, '.tokengate.yml'), 'min-score: 1\n');
    expect((await cli(['init', folder, '--force'])).code).toBe(0);
    expect(fs.readFileSync(path.join(folder, '.tokengate.yml'), 'utf8')).toBe(CONFIG_TEMPLATE);
    expect((await cli(['init', path.join(folder, 'missing')])).stderr).toMatch(/^tokengate: PATH ".*missing" is not a directory/);
  }, 240_000);

  it('the template names every config key, and the workflow is the README\'s', () => {
    const keys = Object.keys(parseYaml(CONFIG_TEMPLATE) as object);
    expect(keys.sort()).toEqual(Object.keys(configSchema.shape).sort());
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`\`\`\`yaml\n${WORKFLOW_SNIPPET}\`\`\``);
  }, 240_000);
});
