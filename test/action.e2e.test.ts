/**
 * The committed action bundle (dist/index.js) run as GitHub runs it: a child process with
 * INPUT_* and GITHUB_* variables, a real-shaped pull_request payload, a git repository as
 * the workspace and a loopback server standing in for the API. Run `npm run build` first.
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './helpers/fake-github.js';
import { REPO_ROOT } from './helpers/scan.js';

const BUNDLE = path.join(REPO_ROOT, 'dist', 'index.js');
const TOKEN = 'ghs_e2eSecretToken0123456789';
const PR_NUMBER = 7;

const BASE_APP = `import jwt
from flask import request

PUBLIC_KEY = open("public.pem").read()


def current_user():
    token = request.headers.get("Authorization", "")[7:]
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="api")


def legacy_user(token):
    return jwt.decode(token, PUBLIC_KEY)
`;
/** The pull request adds lines 14-17; line 17 disables signature verification (TG101, critical). */
const HEAD_APP = `${BASE_APP}

def unsafe_user(token):
    return jwt.decode(token, options={"verify_signature": False})
`;
const OLD_LINE = 13; // TG102 (high), present before the pull request
const NEW_LINE = 17; // TG101 (critical), added by it

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  sarifPath: string;
}

const temps: string[] = [];
function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();
}

/** A git repository: the base commit, then the pull request's commit checked out. */
function makeRepository(): { workspace: string; baseSha: string; headSha: string; patch: string } {
  const workspace = tempDir('tokengate-action-ws-');
  fs.mkdirSync(path.join(workspace, 'service'));
  fs.writeFileSync(path.join(workspace, 'service', 'app.py'), BASE_APP);
  fs.writeFileSync(path.join(workspace, 'README.md'), '# demo\n');
  git(workspace, 'init', '--quiet', '--initial-branch=main');
  git(workspace, 'add', '.');
  git(workspace, 'commit', '--quiet', '-m', 'base');
  const baseSha = git(workspace, 'rev-parse', 'HEAD');
  fs.writeFileSync(path.join(workspace, 'service', 'app.py'), HEAD_APP);
  git(workspace, 'commit', '--quiet', '-am', 'add unsafe_user');
  const headSha = git(workspace, 'rev-parse', 'HEAD');
  // the API's `patch` is the diff from the first hunk header on
  const diff = git(workspace, 'diff', baseSha, headSha, '--', 'service/app.py');
  return { workspace, baseSha, headSha, patch: diff.slice(diff.indexOf('@@')) };
}

function pullRequestPayload(baseSha: string, headSha: string, fork = false): object {
  const repo = { id: 1, name: 'demo', full_name: 'octo/demo', owner: { login: 'octo' } };
  const headRepo = fork ? { id: 2, name: 'demo', full_name: 'mallory/demo', owner: { login: 'mallory' } } : repo;
  return {
    action: 'synchronize',
    number: PR_NUMBER,
    pull_request: {
      number: PR_NUMBER,
      state: 'open',
      title: 'Add unsafe_user',
      head: { ref: 'feature', sha: headSha, repo: headRepo },
      base: { ref: 'main', sha: baseSha, repo },
    },
    repository: repo,
    sender: { login: 'octocat' },
  };
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

let server: FakeGitHub;
let repository: ReturnType<typeof makeRepository>;

interface RunOptions {
  inputs?: Record<string, string>;
  event?: 'pull_request' | 'push';
  workspace?: string;
  sha?: string;
  /** The pull request's base commit as the payload names it (default: the repository's). */
  baseSha?: string;
  /** The pull request comes from a fork. */
  fork?: boolean;
  env?: Record<string, string>;
}

async function runAction(options: RunOptions = {}): Promise<Run> {
  const runnerTemp = tempDir('tokengate-action-runner-');
  const event = options.event ?? 'pull_request';
  const eventPath = path.join(runnerTemp, 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify(event === 'pull_request' ? pullRequestPayload(options.baseSha ?? repository.baseSha, repository.headSha, options.fork) : { ref: 'refs/heads/main', after: options.sha }));
  const outputFile = path.join(runnerTemp, 'output');
  const summaryFile = path.join(runnerTemp, 'summary.md');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const workspace = options.workspace ?? repository.workspace;
  const sarifName = `tokengate-${path.basename(runnerTemp)}.sarif`;
  const inputs: Record<string, string> = {
    // what the runner sets from action.yml's defaults
    path: 'service',
    config: '.tokengate.yml',
    'min-score': '',
    'fail-on-severity': 'critical',
    annotate: '',
    'check-run': 'true',
    comment: 'always',
    'sarif-file': sarifName,
    baseline: '',
    'warn-only': 'false',
    'github-token': TOKEN,
    ...options.inputs,
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: runnerTemp,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo/demo',
    // on pull_request GITHUB_SHA is the merge commit; links and the check run use the head
    GITHUB_SHA: options.sha ?? 'ffffffffffffffffffffffffffffffffffffffff',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: server.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: runnerTemp,
    TOKENGATE_API_MAX_WAIT_MS: '20',
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [BUNDLE], { env, cwd: workspace, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
  const sarifPath = path.join(workspace, sarifName);
  temps.push(sarifPath);
  return { code, stdout, stderr, outputs: parseOutputs(fs.readFileSync(outputFile, 'utf8')), summary: fs.readFileSync(summaryFile, 'utf8'), sarifPath };
}

/** The findings the CLI bundle reports for the scanned folder: the action must agree. */
function cliReport(folder: string): { score: number; grade: string; findings: { ruleId: string; line: number; file: string }[] } {
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli', 'index.js'), 'scan', folder, '--format', 'json', '--min-score', '0'], { encoding: 'utf8' });
  } catch (error) {
    stdout = (error as { stdout: string }).stdout;
  }
  return JSON.parse(stdout) as ReturnType<typeof cliReport>;
}

function annotationLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^::(error|warning|notice) [^:]*file=/.test(line));
}

beforeAll(async () => {
  expect(fs.existsSync(BUNDLE), 'dist/index.js (run npm run build)').toBe(true);
  server = new FakeGitHub();
  await server.start();
  repository = makeRepository();
});

afterAll(async () => {
  await server.stop();
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  server.resetLog();
  server.pullFiles = [
    { filename: 'service/app.py', status: 'modified', patch: repository.patch },
    { filename: 'README.md', status: 'removed' },
  ];
});

describe('the action bundle on a pull request', () => {
  let first: Run;

  it('annotates the new finding only, fails the gate, writes outputs, SARIF, summary, check run and comment', async () => {
    first = await runAction();
    const cli = cliReport(path.join(repository.workspace, 'service'));
    expect(cli.findings.map((finding) => `${finding.ruleId}:${finding.line}`)).toEqual([`TG102:${OLD_LINE}`, `TG101:${NEW_LINE}`]);

    expect(first.code).toBe(1);
    // the file is relative to the repository root: the `path` input's folder is prefixed
    const annotations = annotationLines(first.stdout);
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(new RegExp(`^::error title=TG101 verify-disabled \\(critical\\),file=service/app.py,line=${NEW_LINE},col=\\d+::`));
    expect(first.stdout).toMatch(/::error::tokengate gate failed: Score 55 is below min-score 80\. 1 new finding of severity critical: TG101 at service\/app\.py:17\./);

    expect(first.outputs).toEqual({
      score: String(cli.score),
      grade: cli.grade,
      findings: '2',
      'new-findings': '1',
      'sarif-file': first.sarifPath,
      passed: 'false',
    });

    const sarif = JSON.parse(fs.readFileSync(first.sarifPath, 'utf8')) as { runs: { automationDetails: { id: string }; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(sarif.runs[0]!.automationDetails.id).toBe('tokengate/service/');
    expect(sarif.runs[0]!.results.map((result) => `${result.ruleId}:${result.locations[0]!.physicalLocation.artifactLocation.uri}`)).toEqual(['TG102:service/app.py', 'TG101:service/app.py']);

    expect(first.summary).toContain('## tokengate ❌ failed');
    expect(first.summary).toContain('**Score 55/100 (grade F)**, min-score 80.');
    expect(first.summary).toContain(`(https://github.example/octo/demo/blob/${repository.headSha}/service/app.py#L${NEW_LINE})`);
    expect(first.summary).toContain(`(https://github.example/octo/demo/blob/${repository.headSha}/service/app.py#L${OLD_LINE})`);
    expect(first.summary).toMatch(/\| verify-disabled \| 1 \| {2}\| {2}\| {2}\| 1 \|/);
    expect(first.summary).toContain('https://github.com/tokengate/tokengate/blob/v1/docs/rules/verify-disabled.md');
    expect(first.summary).toContain('1 new on changed lines');

    const files = server.requestsTo('GET', /\/repos\/octo\/demo\/pulls\/7\/files$/);
    expect(files).toHaveLength(1);
    expect(files[0]!.query.get('per_page')).toBe('100');
    expect(files[0]!.headers.authorization).toBe(`token ${TOKEN}`);

    const checkRuns = server.requestsTo('POST', /\/repos\/octo\/demo\/check-runs$/);
    expect(checkRuns).toHaveLength(1);
    const checkRun = checkRuns[0]!.body as { name: string; head_sha: string; conclusion: string; output: { summary: string; annotations: Record<string, unknown>[] } };
    expect(checkRun).toMatchObject({ name: 'tokengate', head_sha: repository.headSha, status: 'completed', conclusion: 'failure' });
    expect(checkRun.output.annotations).toEqual([
      expect.objectContaining({ path: 'service/app.py', start_line: NEW_LINE, end_line: NEW_LINE, annotation_level: 'failure', title: 'TG101 verify-disabled (critical)' }),
    ]);

    expect(server.comments).toHaveLength(1);
    expect(server.comments[0]!.body.startsWith('<!-- tokengate -->\n')).toBe(true);
    expect(server.comments[0]!.body).toContain('Full report: [job summary](https://github.example/octo/demo/actions/runs/4242)');
    // the token is registered as a secret (the runner masks it) and printed nowhere else
    expect(first.stdout.split('\n')[0]).toBe(`::add-mask::${TOKEN}`);
    expect(`${first.stdout.split('\n').slice(1).join('\n')}${first.stderr}${first.summary}${JSON.stringify(server.comments)}`).not.toContain(TOKEN);
  });

  it('updates its one comment in place on the next run (never a second comment)', async () => {
    // other people's comments fill the first page: the marker is found on the second
    server.comments.unshift(...Array.from({ length: 120 }, (_, index) => ({ id: index + 1, body: `review comment ${index}` })));
    const second = await runAction({ inputs: { 'min-score': '0', 'fail-on-severity': 'none' } });
    expect(second.code).toBe(0);
    expect(server.comments.filter((comment) => comment.body.includes('<!-- tokengate -->'))).toHaveLength(1);
    expect(server.requestsTo('POST', /\/issues\/7\/comments$/)).toHaveLength(0);
    const patches = server.requestsTo('PATCH', /\/issues\/comments\/\d+$/);
    expect(patches).toHaveLength(1);
    expect((patches[0]!.body as { body: string }).body).toContain('## tokengate ✅ passed');
    expect(server.requestsTo('GET', /\/issues\/7\/comments$/).map((request) => request.query.get('page'))).toEqual(['1', '2']);
  });

  it('passes when the score and severity thresholds are met', async () => {
    const run = await runAction({ inputs: { 'min-score': '50', 'fail-on-severity': 'none' } });
    expect(run.code).toBe(0);
    expect(run.outputs.passed).toBe('true');
    expect(run.stdout).toContain('tokengate passed: Score 55 meets min-score 50.');
    expect((server.requestsTo('POST', /\/check-runs$/)[0]!.body as { conclusion: string }).conclusion).toBe('success');
  });

  it('reports the same from the scan workers (the worker bundle in dist/cli/worker) as from one thread', async () => {
    const single = await runAction({ env: { TOKENGATE_WORKERS: '0' } });
    const pooled = await runAction({ env: { TOKENGATE_WORKERS: '2' } });
    expect(pooled.stderr).not.toMatch(/worker|Cannot find module/i);
    expect(pooled.code).toBe(1);
    const { 'sarif-file': _singleSarif, ...singleOutputs } = single.outputs;
    const { 'sarif-file': _pooledSarif, ...pooledOutputs } = pooled.outputs;
    expect(pooledOutputs).toEqual(singleOutputs);
    expect(pooledOutputs.findings).toBe('2');
    expect(annotationLines(pooled.stdout)).toEqual(annotationLines(single.stdout));
    const results = (run: Run) => (JSON.parse(fs.readFileSync(run.sarifPath, 'utf8')) as { runs: { results: unknown[] }[] }).runs[0]!.results;
    expect(results(pooled)).toEqual(results(single));
  });

  it('reports but never fails with warn-only', async () => {
    const run = await runAction({ inputs: { 'warn-only': 'true' } });
    expect(run.code).toBe(0);
    expect(run.outputs.passed).toBe('false');
    expect(run.stdout).toContain('tokengate gate failed (warn-only, not blocking)');
    expect(run.stdout).not.toMatch(/^::error::/m);
    expect(annotationLines(run.stdout)).toHaveLength(1);
    expect((server.requestsTo('POST', /\/check-runs$/)[0]!.body as { conclusion: string }).conclusion).toBe('neutral');
  });

  it('fails on the severity of a new finding even when the score passes', async () => {
    const run = await runAction({ inputs: { 'min-score': '10' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::tokengate gate failed: Score 55 meets min-score 10\. 1 new finding of severity critical/);
  });

  it('does not count baseline findings', async () => {
    const baseline = path.join(repository.workspace, 'baseline.json');
    temps.push(baseline);
    fs.writeFileSync(baseline, execFileSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli', 'index.js'), 'scan', path.join(repository.workspace, 'service'), '--format', 'json', '--min-score', '0', '--fail-on-severity', 'none'], { encoding: 'utf8' }));
    const run = await runAction({ inputs: { baseline: 'baseline.json' } });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ score: '100', findings: '0', 'new-findings': '0', passed: 'true' });
    expect(run.summary).toContain('2 in the baseline (not counted)');
  });
});

describe('the action bundle when the API fails', () => {
  it('on 403 degrades at once: git diff for the changed lines, no check run or comment, everything else intact', async () => {
    server.fail({ method: 'GET', path: /./, status: 403, message: 'Resource not accessible by integration' });
    server.fail({ method: 'POST', path: /./, status: 403, message: 'Resource not accessible by integration' });
    const run = await runAction();
    expect(run.code).toBe(1);
    expect(server.requestsTo('GET', /\/pulls\/7\/files$/)).toHaveLength(1);
    expect(server.requestsTo('POST', /\/check-runs$/)).toHaveLength(1);
    expect(run.stdout).toContain('using git diff against the base instead');
    expect(run.stdout.match(/The check run could not be created/g)).toHaveLength(1);
    expect(run.stdout).toContain('the token may not do this (HTTP 403; grant `checks: write`');
    expect(run.stdout).not.toContain('rate limit');
    // the git diff found the same new finding
    expect(run.outputs).toMatchObject({ findings: '2', 'new-findings': '1', passed: 'false' });
    expect(annotationLines(run.stdout)).toEqual([expect.stringContaining(`file=service/app.py,line=${NEW_LINE}`)]);
    expect(run.summary).toContain('The check run could not be created');
    expect(run.summary).toContain(`service/app.py:${NEW_LINE}`);
    expect(fs.existsSync(run.sarifPath)).toBe(true);
  });

  it('on 500 retries a bounded number of times, then degrades', async () => {
    server.fail({ method: 'GET', path: /./, status: 502 });
    server.fail({ method: 'POST', path: /./, status: 500 });
    const run = await runAction();
    expect(run.code).toBe(1);
    expect(server.requestsTo('GET', /\/pulls\/7\/files$/)).toHaveLength(3);
    expect(server.requestsTo('POST', /\/check-runs$/)).toHaveLength(3);
    expect(run.stdout).toMatch(/HTTP 500 .*retrying in \d+ ms/);
    expect(run.outputs).toMatchObject({ findings: '2', 'new-findings': '1', passed: 'false' });
    expect(run.summary).toContain('**Score 55/100 (grade F)**');
  });

  it('on 429 waits as retry-after asks and retries', async () => {
    server.fail({ method: 'POST', path: /\/check-runs$/, status: 429, headers: { 'retry-after': '0' }, times: 1 });
    server.fail({ method: 'GET', path: /\/pulls\/7\/files$/, status: 403, headers: { 'retry-after': '0' }, message: 'You have exceeded a secondary rate limit', times: 1 });
    const run = await runAction();
    expect(run.code).toBe(1);
    expect(server.requestsTo('GET', /\/pulls\/7\/files$/)).toHaveLength(2);
    expect(server.requestsTo('POST', /\/check-runs$/)).toHaveLength(2);
    expect(run.stdout).not.toContain('could not be created');
    expect(run.stdout).not.toContain('using git diff');
  });

  it('does not wait minutes for a rate limit: it degrades instead', async () => {
    server.fail({ method: 'POST', path: /\/check-runs$/, status: 429, headers: { 'retry-after': '120' } });
    const started = Date.now();
    const run = await runAction();
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(server.requestsTo('POST', /\/check-runs$/)).toHaveLength(1);
    expect(run.stdout).toContain('not waiting that long');
    expect(run.outputs.passed).toBe('false');
  });
});

describe('the action bundle when the API answers wrongly or not at all', () => {
  const filesRoute = /\/pulls\/7\/files$/;

  it('treats a 200 that is not JSON as an unavailable API, never as an empty diff: git diff finds the new finding', async () => {
    server.fail({ method: 'GET', path: filesRoute, status: 200, headers: { 'content-type': 'text/html' }, body: '<html>Service Unavailable</html>' });
    const run = await runAction();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Changed files are not available from the API \(.*the reply is not what the API sends \(expected a list, got text that is not JSON\)\); using git diff against the base instead\./);
    expect(run.outputs).toMatchObject({ findings: '2', 'new-findings': '1', passed: 'false' });
    expect(run.stdout).toMatch(/::error::tokengate gate failed: .*1 new finding of severity critical: TG101 at service\/app\.py:17/);
  });

  it('treats a JSON object where the list of files belongs as unavailable; without git history every finding counts as new', async () => {
    server.fail({ method: 'GET', path: filesRoute, status: 200, body: JSON.stringify({ message: 'ok', files: [] }) });
    const viaGit = await runAction();
    expect(viaGit.stdout).toContain('expected a list, got an object');
    expect(viaGit.outputs).toMatchObject({ 'new-findings': '1', passed: 'false' });
    // a list of the wrong items is no better
    server.resetLog();
    server.fail({ method: 'GET', path: filesRoute, status: 200, body: JSON.stringify([{ name: 'service/app.py' }]) });
    const wrongItems = await runAction({ baseSha: '0123456789abcdef0123456789abcdef01234567' });
    expect(wrongItems.stdout).toContain('item 0: expected "filename" to be a string, got no such field');
    expect(wrongItems.stdout).toMatch(/Changed lines are unknown \(git diff against 0123456789abcdef0123456789abcdef01234567 failed.*\): every finding counts as new\./);
    expect(wrongItems.outputs).toMatchObject({ findings: '2', 'new-findings': '2', passed: 'false' });
    expect(annotationLines(wrongItems.stdout)).toHaveLength(2);
  });

  it('ends with a verdict when the API accepts connections and never answers: each request times out, then nothing more is sent', async () => {
    server.fail({ method: 'GET', path: /./, status: 0, hang: true });
    server.fail({ method: 'POST', path: /./, status: 0, hang: true });
    server.fail({ method: 'PATCH', path: /./, status: 0, hang: true });
    const run = await runAction({ env: { TOKENGATE_API_TIMEOUT_MS: '300', TOKENGATE_API_BUDGET_MS: '20000' } });
    expect(run.code).toBe(1);
    // three tries of the first request (two retries), none of the others
    expect(run.stdout.match(/pulls\/\{pull_number\}\/files: HTTP failure \(no answer within 300 ms\); retrying in \d+ ms/g)).toHaveLength(2);
    expect(server.requestsTo('GET', filesRoute).length).toBeLessThanOrEqual(3);
    expect(server.requestsTo('POST', /\/check-runs$/)).toHaveLength(0);
    expect(server.requestsTo('GET', /\/comments$/)).toHaveLength(0);
    expect(run.stdout).toContain('no answer within 300 ms');
    expect(run.stdout).toContain('The check run could not be created: POST /repos/{owner}/{repo}/check-runs failed: not sent: the API did not answer earlier in this step');
    expect(run.stdout).toContain('The pull request comment could not be written');
    expect(run.outputs).toMatchObject({ findings: '2', 'new-findings': '1', passed: 'false' });
    expect(run.summary).toContain('**Score 55/100 (grade F)**');
    expect(fs.existsSync(run.sarifPath)).toBe(true);
    expect(run.stdout).toMatch(/::error::tokengate gate failed/);
  });

  it('stops sending once the step has spent its API time budget', async () => {
    server.fail({ method: 'GET', path: /\/comments$/, status: 0, hang: true });
    const run = await runAction({ env: { TOKENGATE_API_TIMEOUT_MS: '400', TOKENGATE_API_BUDGET_MS: '1000' } });
    expect(run.code).toBe(1);
    // the files and the check run answered; the comment's listing hung until the budget ran out
    expect(server.requestsTo('POST', /\/check-runs$/)).toHaveLength(1);
    expect(server.requestsTo('GET', /\/comments$/).length).toBeLessThanOrEqual(3);
    expect(run.stdout).toMatch(/The pull request comment could not be written: .*(the API time budget of the step \(1 s\) is spent|no answer within)/);
    expect(server.requestsTo('POST', /\/issues\/7\/comments$/)).toHaveLength(0);
    expect(run.outputs).toMatchObject({ passed: 'false' });
  });

  it('reports a 403 that is a rate limit as a rate limit, not as a missing permission, and sends nothing more', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    server.fail({ method: 'POST', path: /\/check-runs$/, status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, message: 'API rate limit exceeded for installation ID 1.' });
    const run = await runAction();
    expect(run.code).toBe(1);
    expect(server.requestsTo('POST', /\/check-runs$/)).toHaveLength(1);
    expect(run.stdout).toMatch(/The check run could not be created: the GitHub API rate limit was reached \(.*HTTP 403: API rate limit exceeded .*not waiting that long\)\)/);
    expect(run.stdout).not.toContain('the token may not do this');
    expect(run.stdout).toContain('The pull request comment could not be written: the GitHub API rate limit was reached');
    expect(server.requestsTo('GET', /\/comments$/)).toHaveLength(0);
    expect(run.summary).toContain('rate limit was reached');
  });

  it('skips the check run and the comment up front on a pull request from a fork, with one log line', async () => {
    const run = await runAction({ fork: true });
    expect(run.code).toBe(1);
    expect(run.stdout.match(/comes from a fork/g)).toHaveLength(1);
    expect(run.stdout).toContain('tokengate: this pull request comes from a fork, whose token is read-only: the check run and the comment are skipped.');
    expect(server.requestsTo('POST', /./)).toHaveLength(0);
    expect(server.requestsTo('GET', /\/comments$/)).toHaveLength(0);
    expect(server.requestsTo('GET', filesRoute)).toHaveLength(1);
    expect(annotationLines(run.stdout)).toEqual([expect.stringContaining(`file=service/app.py,line=${NEW_LINE}`)]);
    expect(run.outputs).toMatchObject({ findings: '2', 'new-findings': '1', passed: 'false' });
    expect(run.summary).toContain('## tokengate ❌ failed');
    expect(run.stdout).not.toContain('could not be created');
  });
});

describe('the action bundle when nothing could be analysed', () => {
  it('fails the step saying so, with no score', async () => {
    const workspace = tempDir('tokengate-action-skipped-');
    fs.writeFileSync(path.join(workspace, 'blob.py'), Buffer.from([0, 1, 2, 3]));
    const run = await runAction({ event: 'push', workspace, sha: 'b'.repeat(40), inputs: { path: '.' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::tokengate could not run: nothing was analysed: the only file was skipped (blob.py: binary file)');
    expect(run.outputs).toEqual({});
    expect(server.requests).toHaveLength(0);
  });
});

describe('the action bundle stops before scanning on bad input', () => {
  it('names the input, the value and what is allowed', async () => {
    const run = await runAction({ inputs: { 'min-score': 'abc' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::tokengate could not run: input min-score is "abc"; expected a whole number from 0 to 100');
    expect(run.stdout).not.toContain('tokengate: scanning');
    expect(run.outputs).toEqual({});
    expect(fs.existsSync(run.sarifPath)).toBe(false);
    expect(server.requests).toHaveLength(0);
  });

  it('fails with a distinct message when the folder to scan is missing', async () => {
    const run = await runAction({ inputs: { path: 'no-such-folder' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::tokengate could not run: input path is "no-such-folder"; .*no-such-folder is not a readable folder/);
    expect(run.outputs).toEqual({});
  });

  it('reports a bad config file by its key', async () => {
    const config = path.join(repository.workspace, 'bad.yml');
    temps.push(config);
    fs.writeFileSync(config, 'min-score: high\n');
    const run = await runAction({ inputs: { config: 'bad.yml' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::tokengate could not run: .*bad\.yml: min-score is "high"/);
  });
});

describe('the action bundle on a push with many findings', () => {
  it('shows what GitHub displays inline and puts every annotation in the check run, 50 a request', async () => {
    const workspace = tempDir('tokengate-action-bulk-');
    for (let index = 0; index < 60; index++) {
      fs.mkdirSync(path.join(workspace, 'svc'), { recursive: true });
      fs.writeFileSync(path.join(workspace, 'svc', `m${index}.py`), 'import jwt\n\nKEY = open("k.pem").read()\n\n\ndef user(token):\n    return jwt.decode(token, KEY)\n');
    }
    const run = await runAction({ event: 'push', workspace, sha: 'a'.repeat(40), inputs: { path: '.', 'min-score': '0', 'fail-on-severity': 'none' } });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ findings: '60', 'new-findings': '60' });
    const inline = annotationLines(run.stdout);
    expect(inline).toHaveLength(10);
    expect(run.stdout).toContain('50 more are in the check run "tokengate", the job summary and the SARIF file');
    const [created] = server.requestsTo('POST', /\/check-runs$/);
    expect((created!.body as { head_sha: string }).head_sha).toBe('a'.repeat(40));
    const runs = [...server.checkRuns.values()];
    expect(runs.at(-1)!.annotations).toHaveLength(60);
    expect(((created!.body as { output: { annotations: unknown[] } }).output.annotations)).toHaveLength(50);
    expect(server.requestsTo('PATCH', /\/check-runs\/\d+$/)).toHaveLength(1);
    // push events have no pull request: no comment, no diff
    expect(server.requestsTo('GET', /\/comments$|\/files$/)).toHaveLength(0);
    expect(run.summary).toContain('### Top findings');
  });
});

describe('the action bundle on a hostile repository', () => {
  it('keeps file names inert in the log, the summary and the check run', async () => {
    const workspace = tempDir('tokengate-action-hostile-');
    const name = 'evil\n::warning::injected\u001b[31m<img src=x>@octocat.py';
    fs.mkdirSync(path.join(workspace, 'svc'));
    fs.writeFileSync(path.join(workspace, 'svc', name), 'import jwt\n\n\ndef user(token):\n    claims = jwt.decode(token, options={"verify_signature": False})\n    if claims["admin"]:\n        return True\n    return False\n');
    const run = await runAction({ event: 'push', workspace, sha: 'b'.repeat(40), inputs: { path: '.', 'warn-only': 'true' } });
    expect(run.code).toBe(0);
    // the verdict names the file: one line, escaped, and no workflow command of the repository's making
    expect(run.stdout).toContain('tokengate gate failed (warn-only, not blocking): ');
    expect(run.stdout).toContain('TG101 at svc/evil\\n::warning::injected\\x1b[31m<img src=x>@octocat.py:5');
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::warning::injected'))).toEqual([]);
    // printed lines carry no escape sequence (an annotation's file= property must stay the real path: GitHub parses it, it does not print it)
    expect(run.stdout.split('\n').filter((line) => !line.startsWith('::') && line.includes('\u001b'))).toEqual([]);
    // outside code spans, no HTML and no mention (in the verdict's reasons: \<img, @&#8203;octocat)
    expect(run.summary.replace(/`[^`\n]*`/g, '')).not.toMatch(/(?<!\\)<img|@octocat/);
    expect(run.summary).toContain('\\<img src=x\\>@&#8203;octocat.py:5');
    expect(run.summary).toContain('`svc/evil\\n::warning::injected\\x1b[31m<img src=x>@octocat.py:5`');
    const checkRunText = [...server.checkRuns.values()].map((checkRun) => (checkRun.body as { output: { summary: string } }).output.summary);
    expect(checkRunText.length).toBeGreaterThan(0);
    for (const text of checkRunText) expect(text.replace(/`[^`\n]*`/g, '')).not.toMatch(/(?<!\\)<img|@octocat/);
  });
});

describe('the action bundle on a service with an API document', () => {
  it('annotates findings in the YAML document and gives route findings the document as their other side', async () => {
    const workspace = tempDir('tokengate-action-spec-');
    fs.cpSync(path.join(REPO_ROOT, 'examples', 'openapi', 'invoices-vulnerable'), workspace, { recursive: true });
    const run = await runAction({ event: 'push', workspace, sha: 'b'.repeat(40), inputs: { path: '.', 'min-score': '0', 'fail-on-severity': 'none' } });
    expect(run.code).toBe(0);
    const inline = annotationLines(run.stdout);
    expect(inline.some((line) => line.startsWith('::warning ') && line.includes('file=openapi.yaml,line=21') && line.includes('TG804'))).toBe(true);
    const annotations = [...server.checkRuns.values()].at(-1)!.annotations as { path: string; start_line: number; title: string; message: string }[];
    const notEnforced = annotations.find((annotation) => annotation.title.startsWith('TG801'))!;
    expect(notEnforced.path).toBe('src/routes/invoices.ts');
    expect(notEnforced.message).toContain('See also paths/invoices.yaml:19:');
    expect(annotations.some((annotation) => annotation.path === 'openapi.yaml' && annotation.title.startsWith('TG804'))).toBe(true);
    const sarif = JSON.parse(fs.readFileSync(run.sarifPath, 'utf8')) as { runs: { results: { ruleId: string; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const related = sarif.runs[0]!.results.find((result) => result.ruleId === 'TG801')!.relatedLocations!;
    expect(related.map((location) => location.physicalLocation.artifactLocation.uri)).toEqual(['paths/invoices.yaml']);
    expect(run.summary).toContain('spec-mismatch');
  });
});
