/**
 * The bundled MCP server as clients run it: `node dist/cli/index.js mcp` as a child
 * process, driven by the SDK's own Client over stdio (and, for malformed input and a
 * closed stdin, by raw JSON-RPC lines). Build first (`npm run build`).
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ListRootsRequestSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, makeTree } from './helpers/scan.js';
import { RULES } from '../src/rules/index.js';
import { TOOL_VERSION } from '../src/version.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
const SECRET = 's3cr3t-very-long-literal-key-value-1234567890';
const DECODE_UNPINNED = 'import jwt\n\n\ndef user(token, key):\n    return jwt.decode(token, key)\n';

interface Session {
  client: Client;
  stderr: () => string;
  close: () => Promise<void>;
}

const trees: string[] = [];
const sessions: Session[] = [];

function tree(files: Record<string, string | Buffer>): string {
  const root = fs.realpathSync(makeTree(files));
  trees.push(root);
  return root;
}

/** Starts the bundled server in `cwd`; with `roots`, the client announces them (and can change them). */
async function connect(cwd: string, options: { args?: string[]; roots?: { current: string[] } } = {}): Promise<Session> {
  const transport = new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp', ...(options.args ?? [])], cwd, stderr: 'pipe' });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const client = new Client({ name: 'tokengate-test', version: '1.0.0' }, options.roots ? { capabilities: { roots: { listChanged: true } } } : {});
  if (options.roots) {
    const roots = options.roots;
    client.setRequestHandler(ListRootsRequestSchema, () => ({ roots: roots.current.map((root) => ({ uri: pathToFileURL(root).href, name: path.basename(root) })) }));
  }
  await client.connect(transport);
  const session = { client, stderr: () => stderr, close: () => client.close() };
  sessions.push(session);
  return session;
}

async function call(session: Session, name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  return (await session.client.callTool({ name, arguments: args })) as CallToolResult;
}

function text(result: CallToolResult): string {
  return result.content.map((part) => (part.type === 'text' ? part.text : '')).join('');
}

interface ToolFinding {
  ruleId: string;
  ruleName: string;
  category: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  message: string;
  fix?: string;
  docs: string;
  fingerprint: string;
  new?: boolean;
}

interface ScanPathResult {
  root: string;
  target: string;
  score: number;
  grade: string;
  verdict: { passed: boolean; reasons: string[]; minScore: number; failOnSeverity: string; scope: string };
  findings: ToolFinding[];
  findingsTotal: number;
  findingsOmitted: number;
  newFindings?: number;
  skipped: { file: string; reason: string }[];
  stats: { files: number; lines: number; skipped: number };
}

interface CliReport {
  score: number;
  grade: string;
  passed: boolean;
  minScore: number;
  findings: (Omit<ToolFinding, 'docs' | 'new'> & { endLine?: number })[];
  skipped: { file: string; reason: string }[];
  stats: { files: number; lines: number };
}

function cliJson(target: string, cwd: string): Promise<CliReport> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, 'scan', target, '--format', 'json'], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve(JSON.parse(stdout) as CliReport);
    });
  });
}

/** The fields the CLI's JSON and the tool's findings share. */
function comparable(finding: Omit<ToolFinding, 'docs' | 'new'>): object {
  const { ruleId, ruleName, category, severity, file, line, column, message, fix, fingerprint } = finding;
  return { ruleId, ruleName, category, severity, file, line, column, message, fix, fingerprint };
}

function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=tokengate', '-c', 'user.email=tokengate@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'ignore' });
}

let project: string;
let outside: string;
beforeAll(() => {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  outside = tree({ 'loose.py': DECODE_UNPINNED, 'lib/other.py': DECODE_UNPINNED });
  project = tree({
    '.tokengate.yml': 'min-score: 70\n',
    'src/app.py': `import jwt\n\n\ndef user(tok):\n    return jwt.decode(tok, "${SECRET}")\n`,
    'src/verified.py': 'import jwt\n\n\ndef user(tok, key):\n    return jwt.decode(tok, key, algorithms=["RS256"], audience="api")\n',
    'web/server.ts': "import jwt from 'jsonwebtoken';\n\nexport function user(token: string, key: string) {\n  return jwt.verify(token, key);\n}\n",
    'assets/blob.py': Buffer.from([0x00, 0x01, 0x02, 0x03]),
    'README.md': '# demo\n',
  });
  fs.symlinkSync(path.join(outside, 'lib'), path.join(project, 'lib-link'));
  fs.symlinkSync(path.join(outside, 'loose.py'), path.join(project, 'loose-link.py'));
  fs.symlinkSync(path.join(project, 'src', 'app.py'), path.join(project, 'alias.py'));
});
afterAll(async () => {
  for (const session of sessions) await session.close().catch(() => undefined);
  for (const dir of trees) fs.rmSync(dir, { recursive: true, force: true });
});

describe('tokengate mcp (bundle, SDK client over stdio)', () => {
  it('initializes as tokengate with tools and resources, and lists every tool with a JSON Schema for its input and output', async () => {
    const session = await connect(project);
    expect(session.client.getServerVersion()).toMatchObject({ name: 'tokengate', version: TOOL_VERSION });
    expect(session.client.getServerCapabilities()).toMatchObject({ tools: {}, resources: {} });
    expect(session.client.getInstructions()).toMatch(/scan_snippet/);
    const { tools } = await session.client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['explain_rule', 'list_rules', 'scan_path', 'scan_snippet']);
    const byName = new Map(tools.map((tool) => [tool.name, tool]));
    expect(byName.get('scan_path')!.inputSchema).toMatchObject({
      type: 'object',
      additionalProperties: false,
      properties: {
        path: { type: 'string' },
        changed_since: { type: 'string' },
        min_score: { type: 'integer', minimum: 0, maximum: 100 },
        fail_on_severity: { enum: ['none', 'critical', 'high', 'medium', 'low'] },
      },
    });
    expect(byName.get('scan_snippet')!.inputSchema).toMatchObject({ required: ['code'], properties: { language: { enum: ['python', 'typescript', 'javascript'] } } });
    expect(byName.get('explain_rule')!.inputSchema).toMatchObject({ required: ['rule'] });
    for (const tool of tools) {
      expect(tool.outputSchema, tool.name).toMatchObject({ type: 'object' });
      expect(tool.annotations, tool.name).toMatchObject({ readOnlyHint: true });
    }
    expect(byName.get('scan_path')!.outputSchema!.required).toEqual(expect.arrayContaining(['score', 'grade', 'verdict', 'findings', 'skipped']));
    // nothing but the protocol went to stdout (the SDK would have failed to parse it); the log is on stderr
    expect(session.stderr()).toMatch(/tokengate mcp: serving on stdio/);
  });

  it("scan_path on a folder reports what `tokengate scan FOLDER --format json` reports, with the gate's verdict", async () => {
    const session = await connect(project);
    const [cli, result] = await Promise.all([cliJson(project, project), call(session, 'scan_path', { path: project, fail_on_severity: 'none' })]);
    expect(result.isError).toBeFalsy();
    const structured = result.structuredContent as unknown as ScanPathResult;
    expect(cli.findings.length).toBeGreaterThanOrEqual(3);
    expect(structured.findings.map(comparable)).toEqual(cli.findings.map(comparable));
    expect({ score: structured.score, grade: structured.grade, skipped: structured.skipped }).toEqual({ score: cli.score, grade: cli.grade, skipped: cli.skipped });
    expect(structured.stats).toMatchObject({ files: cli.stats.files, lines: cli.stats.lines });
    // the config's min-score (70) is the default gate, as in the CLI
    expect(structured.verdict).toMatchObject({ minScore: cli.minScore, passed: cli.passed, scope: 'all', failOnSeverity: 'none' });
    expect(cli.minScore).toBe(70);
    expect(structured.root).toBe(project);
    expect(structured.target).toBe('.');
    for (const finding of structured.findings) expect(finding.docs).toBe(`https://github.com/tokengate/tokengate/blob/v1/docs/rules/${finding.ruleName}.md`);
    // discovery reports the links that leave the scanned folder, as in the CLI
    expect(structured.skipped.map((entry) => entry.file)).toEqual(['assets/blob.py', 'lib-link', 'loose-link.py']);

    const rendered = text(result);
    expect(rendered).toContain(`Score ${cli.score}/100, grade ${cli.grade}.`);
    expect(rendered).toMatch(/src\/app\.py:5:\d+ {2}TG201 hardcoded-secret {2}HIGH/);
    expect(rendered).toContain('Not analysed (3 files):\n  assets/blob.py: ');
  });

  it('scan_path applies min_score and fail_on_severity through the same verdict as the Action', async () => {
    const session = await connect(project);
    const strict = (await call(session, 'scan_path', { min_score: 0, fail_on_severity: 'high' })).structuredContent as unknown as ScanPathResult;
    expect(strict.verdict.passed).toBe(false);
    expect(strict.verdict.reasons[0]).toMatch(/^Score \d+ meets min-score 0\.$/);
    expect(strict.verdict.reasons[1]).toMatch(/^\d+ findings of severity high or above: TG102 at src\/app\.py:5/);
    const lenient = (await call(session, 'scan_path', { min_score: 0, fail_on_severity: 'critical' })).structuredContent as unknown as ScanPathResult;
    expect(lenient.verdict).toMatchObject({ passed: true, reasons: [expect.stringMatching(/meets min-score 0/), 'No finding of severity critical.'] });
    const byScore = (await call(session, 'scan_path', { min_score: 100, fail_on_severity: 'none' })).structuredContent as unknown as ScanPathResult;
    expect(byScore.verdict.passed).toBe(false);
    expect(byScore.verdict.reasons[0]).toMatch(/is below min-score 100/);
  });

  it("scan_path on one file returns that file's findings from a scan of its project", async () => {
    const session = await connect(project);
    const [cli, result] = await Promise.all([cliJson('.', project), call(session, 'scan_path', { path: 'src/app.py' })]);
    const structured = result.structuredContent as unknown as ScanPathResult;
    expect(structured.root).toBe(project);
    expect(structured.target).toBe('src/app.py');
    const expected = cli.findings.filter((finding) => finding.file === 'src/app.py');
    expect(expected.map((finding) => finding.ruleId).sort()).toEqual(['TG102', 'TG201']);
    expect(structured.findings.map(comparable)).toEqual(expected.map(comparable));
    expect(structured.stats).toMatchObject({ files: 1 });
    // a link inside the root to a file inside it is scanned as its target
    const alias = (await call(session, 'scan_path', { path: 'alias.py' })).structuredContent as unknown as ScanPathResult;
    expect(alias.target).toBe('src/app.py');

    const binary = (await call(session, 'scan_path', { path: 'assets/blob.py', min_score: 0, fail_on_severity: 'none' })).structuredContent as unknown as ScanPathResult;
    expect(binary.skipped).toEqual([expect.objectContaining({ file: 'assets/blob.py' })]);
    expect(binary.findings).toEqual([]);
    // a file that could not be analysed never passes the gate
    expect(binary.verdict.passed).toBe(false);
    expect(binary.verdict.reasons.at(-1)).toMatch(/assets\/blob\.py was not analysed .*the gate cannot pass/);
  });

  it('scan_path refuses paths outside the allowed root, symbolic links included, and paths that do not exist', async () => {
    const session = await connect(project);
    const refusals: [Record<string, unknown>, RegExp][] = [
      [{ path: outside }, /is outside the allowed roots/],
      [{ path: path.join(outside, 'loose.py') }, /is outside the allowed roots/],
      [{ path: '../' }, /is outside the allowed roots/],
      [{ path: 'lib-link' }, /symbolic link to .* is outside the allowed roots/],
      [{ path: 'lib-link/other.py' }, /is outside the allowed roots/],
      [{ path: 'loose-link.py' }, /symbolic link to .* is outside the allowed roots/],
      [{ path: 'no/such/file.py' }, /does not exist/],
      [{ path: 'README.md' }, /not a Python, TypeScript or JavaScript source file/],
      [{ path: 42 }, /Input validation error/],
      [{ min_score: 101 }, /Input validation error.*min_score/],
      [{ fail_on_severity: 'severe' }, /Input validation error.*fail_on_severity/],
      [{ minScore: 50 }, /Input validation error.*minScore/],
    ];
    for (const [args, message] of refusals) {
      const result = await call(session, 'scan_path', args);
      expect(result.isError, JSON.stringify(args)).toBe(true);
      expect(text(result), JSON.stringify(args)).toMatch(message);
    }
    // and it keeps serving
    expect((await call(session, 'scan_path', { path: 'src/verified.py' })).isError).toBeFalsy();
  });

  it('scan_path honours the roots the client announces, and their changes', async () => {
    const roots = { current: [outside] };
    const session = await connect(project, { roots });
    const inCwd = await call(session, 'scan_path', { path: path.join(project, 'src') });
    expect(inCwd.isError).toBe(true);
    expect(text(inCwd)).toContain(`outside the allowed roots ${JSON.stringify(outside)}`);
    const relative = (await call(session, 'scan_path', { path: 'loose.py', fail_on_severity: 'none' })).structuredContent as unknown as ScanPathResult;
    expect(relative.root).toBe(outside);
    expect(relative.findings.map((finding) => `${finding.ruleId}:${finding.file}:${finding.line}`)).toEqual(['TG102:loose.py:5']);

    roots.current = [project];
    await session.client.sendRootsListChanged();
    expect((await call(session, 'scan_path', { path: 'loose.py' })).isError).toBe(true);
    expect((await call(session, 'scan_path', { path: 'src/app.py' })).isError).toBeFalsy();
  });

  it('--root wins over the roots the client announces', async () => {
    const session = await connect(project, { args: ['--root', outside], roots: { current: [project] } });
    expect(text(await call(session, 'scan_path', { path: path.join(project, 'src', 'app.py') }))).toMatch(/outside the allowed roots/);
    expect((await call(session, 'scan_path', { path: 'lib/other.py' })).isError).toBeFalsy();
  });

  it('scan_path with changed_since gates on the lines changed since the ref, uncommitted edits and untracked files included', async () => {
    const repo = tree({ 'app.py': DECODE_UNPINNED });
    git(repo, 'init', '--quiet');
    git(repo, 'add', '.');
    git(repo, 'commit', '--quiet', '-m', 'first');
    fs.appendFileSync(path.join(repo, 'app.py'), '\n\ndef again(token, key):\n    return jwt.decode(token, key)\n');
    fs.writeFileSync(path.join(repo, 'extra.py'), DECODE_UNPINNED);
    const session = await connect(repo);
    const result = await call(session, 'scan_path', { changed_since: 'HEAD', min_score: 0, fail_on_severity: 'high' });
    const structured = result.structuredContent as unknown as ScanPathResult;
    expect(structured.findings.map((finding) => `${finding.file}:${finding.line}:${finding.new}`)).toEqual(['app.py:5:false', 'app.py:9:true', 'extra.py:5:true']);
    expect(structured.newFindings).toBe(2);
    expect(structured.verdict).toMatchObject({ passed: false, scope: 'new' });
    expect(structured.verdict.reasons[1]).toBe('2 new findings of severity high or above: TG102 at app.py:9, TG102 at extra.py:5.');
    expect(text(result)).toContain('3 findings (3 high), 2 on lines changed since HEAD:');
    expect(text(result)).toMatch(/app\.py:9:\d+ {2}TG102 alg-not-pinned {2}HIGH {2}\(new\)/);

    git(repo, 'add', '.');
    git(repo, 'commit', '--quiet', '-m', 'second');
    const clean = (await call(session, 'scan_path', { changed_since: 'HEAD', min_score: 0, fail_on_severity: 'high' })).structuredContent as unknown as ScanPathResult;
    expect(clean).toMatchObject({ newFindings: 0, findingsTotal: 3, verdict: { passed: true, reasons: [expect.any(String), 'No new finding of severity high or above.'] } });
    // a file scan maps the repository's diff onto the file
    const file = (await call(session, 'scan_path', { path: 'app.py', changed_since: 'HEAD~1' })).structuredContent as unknown as ScanPathResult;
    expect(file.findings.map((finding) => `${finding.line}:${finding.new}`)).toEqual(['5:false', '9:true']);

    for (const [ref, message] of [
      ['no-such-branch', /changed_since is "no-such-branch"; git knows no commit by that name/],
      ['--output=/tmp/tokengate-pwned', /changed_since is "--output=\/tmp\/tokengate-pwned"; expected a git branch, tag or commit/],
    ] as const) {
      const bad = await call(session, 'scan_path', { changed_since: ref });
      expect(bad.isError).toBe(true);
      expect(text(bad)).toMatch(message);
    }
    expect(fs.existsSync('/tmp/tokengate-pwned')).toBe(false);
    const noGit = await connect(outside);
    expect(text(await call(noGit, 'scan_path', { changed_since: 'HEAD' }))).toMatch(/changed_since is "HEAD", but the scanned folder is not in a git work tree/);
  });

  it('scan_snippet scans text through the engine with the project config, inferring the language from the path', async () => {
    const configured = tree({ '.tokengate.yml': 'rules:\n  TG102: off\n' });
    const session = await connect(project);
    const fromLanguage = await call(session, 'scan_snippet', { code: DECODE_UNPINNED, language: 'python' });
    expect(fromLanguage.structuredContent).toMatchObject({ path: 'snippet.py', language: 'python', analysed: true, score: 85, grade: 'B', findings: [{ ruleId: 'TG102', file: 'snippet.py', line: 5 }] });
    expect(text(fromLanguage)).toMatch(/^Snippet scanned as snippet\.py \(python\): 1 finding \(1 high\), score 85\/100, grade B\./);
    const typescript = await call(session, 'scan_snippet', { code: "import jwt from 'jsonwebtoken';\n\nexport function user(token: string, key: string) {\n  return jwt.verify(token, key);\n}\n", path: 'src/auth.ts' });
    expect(typescript.structuredContent).toMatchObject({ path: 'src/auth.ts', language: 'typescript', findings: [{ ruleId: 'TG102', file: 'src/auth.ts', line: 4 }] });
    // the file's place matters as in a real scan: secrets in test files stay quiet by default
    const secret = `import jwt\n\n\ndef token(user):\n    return jwt.encode({"sub": user}, "${SECRET}", algorithm="HS256")\n`;
    const inApp = await call(session, 'scan_snippet', { code: secret, path: 'app/auth.py' });
    expect((inApp.structuredContent as { findings: ToolFinding[] }).findings.map((finding) => finding.ruleId)).toContain('TG201');
    const inTests = await call(session, 'scan_snippet', { code: secret, path: 'tests/test_auth.py' });
    expect((inTests.structuredContent as { findings: ToolFinding[] }).findings.map((finding) => finding.ruleId)).not.toContain('TG201');
    // the allowed root's .tokengate.yml applies
    const withConfig = await connect(configured);
    expect(await call(withConfig, 'scan_snippet', { code: DECODE_UNPINNED, language: 'python' })).toMatchObject({ structuredContent: { analysed: true, findings: [] } });
  });

  it('scan_snippet says when text could not be analysed, and refuses bad arguments with a clear message', async () => {
    const session = await connect(project);
    const broken = await call(session, 'scan_snippet', { code: 'def (:\n  ))))\n]]]\n', language: 'python' });
    expect(broken.structuredContent).toMatchObject({ analysed: false, reason: expect.stringMatching(/too broken to parse/) });
    expect(broken.structuredContent).not.toHaveProperty('score');
    expect(text(broken)).toMatch(/could NOT be analysed: too broken to parse.*\nNo findings here does not mean the code is safe\./);
    const excluded = await call(session, 'scan_snippet', { code: 'const a = 1;\n', path: 'node_modules/lib/index.js' });
    expect(excluded.structuredContent).toMatchObject({ analysed: false, reason: expect.stringMatching(/excluded from scans/) });
    const refusals: [Record<string, unknown>, RegExp][] = [
      [{ code: 'x = 1\n', language: 'ruby' }, /Input validation error.*language/],
      [{ code: 'x = 1\n', path: 'build.gradle' }, /unknown language for path "build\.gradle"/],
      [{ code: 'x = 1\n' }, /give the snippet's language/],
      [{ code: 'x = 1\n', path: 'a.ts', language: 'python' }, /path "a\.ts" is a typescript file but language is python/],
      [{ code: 'x = 1\n', path: '../escape.py' }, /expected a relative path inside the project/],
      [{ code: 'x = 1\n', path: '/etc/passwd.py' }, /expected a relative path inside the project/],
      [{ code: `# ${'x'.repeat(256 * 1024)}\n`, language: 'python' }, /the snippet is 262147 bytes; the cap is 262144 bytes/],
      [{ language: 'python' }, /Input validation error.*code/],
    ];
    for (const [args, message] of refusals) {
      const result = await call(session, 'scan_snippet', args);
      expect(result.isError, JSON.stringify(args).slice(0, 80)).toBe(true);
      expect(text(result)).toMatch(message);
    }
    expect((await call(session, 'scan_snippet', { code: 'x = 1\n', path: 'Dockerfile', language: 'python' })).structuredContent).toMatchObject({ path: 'Dockerfile.py', analysed: true });
  });

  it('never echoes a secret found in code, in text or in structured results', async () => {
    const session = await connect(project);
    const results = [
      await call(session, 'scan_path', {}),
      await call(session, 'scan_path', { path: 'src/app.py' }),
      await call(session, 'scan_snippet', { code: `import jwt\nKEY = "${SECRET}"\n\n\ndef user(tok):\n    return jwt.decode(tok, KEY)\n`, path: 'app/keys.py' }),
    ];
    for (const result of results) {
      expect(JSON.stringify(result.structuredContent)).toContain('TG201');
      expect(JSON.stringify(result)).not.toContain(SECRET);
      expect(JSON.stringify(result)).not.toContain(SECRET.slice(0, 12));
    }
  });

  it('explain_rule and list_rules answer from rule metadata; unknown rules are tool errors', async () => {
    const session = await connect(project);
    const byId = await call(session, 'explain_rule', { rule: 'TG101' });
    const byName = await call(session, 'explain_rule', { rule: 'verify-disabled' });
    expect(byName.structuredContent).toEqual(byId.structuredContent);
    const rule = RULES.find((candidate) => candidate.id === 'TG101')!;
    expect(byId.structuredContent).toMatchObject({
      id: 'TG101',
      name: 'verify-disabled',
      severity: 'critical',
      what: rule.docs.what,
      why: rule.docs.why,
      fix: rule.docs.fix,
      examples: rule.docs.examples.map((example) => ({ language: example.language, bad: example.bad, good: example.good })),
      docs: 'https://github.com/tokengate/tokengate/blob/v1/docs/rules/verify-disabled.md',
      resource: 'tokengate://rules/TG101',
    });
    expect(text(byId)).toContain(fs.readFileSync(path.join(REPO_ROOT, 'docs', 'rules', 'verify-disabled.md'), 'utf8'));
    for (const [rule, message] of [
      ['TG999', /unknown rule "TG999"; give an id such as TG101/],
      ['TG902', /TG902 unused-suppression is tokengate's check of suppression comments/],
      ['', /unknown rule ""/],
    ] as const) {
      const result = await call(session, 'explain_rule', { rule });
      expect(result.isError).toBe(true);
      expect(text(result)).toMatch(message);
    }
    expect((await call(session, 'explain_rule', {})).isError).toBe(true);

    const listed = await call(session, 'list_rules', {});
    const rules = (listed.structuredContent as { rules: { id: string; name: string; severity: string; resource: string }[] }).rules;
    expect(rules.map((entry) => [entry.id, entry.name, entry.severity])).toEqual(RULES.map((entry) => [entry.id, entry.name, entry.severity]));
    for (const entry of RULES) expect(text(listed)).toContain(`${entry.id} ${entry.name}  ${entry.severity}`);
    expect((await call(session, 'list_rules', { language: 'python' })).isError).toBe(true);
  });

  it("serves each rule's documentation as a resource tokengate://rules/<id>", async () => {
    const session = await connect(project);
    const { resources } = await session.client.listResources();
    expect(resources.map((resource) => resource.uri)).toEqual(RULES.map((rule) => `tokengate://rules/${rule.id}`));
    for (const resource of resources) expect(resource).toMatchObject({ mimeType: 'text/markdown', name: expect.stringMatching(/^TG\d{3} [a-z-]+$/) });
    for (const rule of RULES) {
      const { contents } = await session.client.readResource({ uri: `tokengate://rules/${rule.id}` });
      expect(contents).toEqual([{ uri: `tokengate://rules/${rule.id}`, mimeType: 'text/markdown', text: fs.readFileSync(path.join(REPO_ROOT, 'docs', 'rules', `${rule.name}.md`), 'utf8') }]);
    }
    await expect(session.client.readResource({ uri: 'tokengate://rules/TG999' })).rejects.toThrow(/not found/);
  });
});

describe('tokengate mcp (bundle, raw stdio)', () => {
  it('answers after malformed lines, writes nothing but JSON-RPC to stdout and exits 0 when stdin closes', async () => {
    const child = spawn(process.execPath, [CLI, 'mcp'], { cwd: project, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const waiting = new Map<number, (message: Record<string, unknown>) => void>();
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      for (const line of stdout.split('\n').slice(0, -1)) {
        const message = JSON.parse(line) as { id?: number };
        if (typeof message.id === 'number') waiting.get(message.id)?.(message);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    const request = (id: number, method: string, params?: object): Promise<Record<string, unknown>> => {
      const answered = new Promise<Record<string, unknown>>((resolve) => waiting.set(id, resolve));
      child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id, method, ...(params ? { params } : {}) })}\n`);
      return answered;
    };

    child.stdin.write('this is not json\n');
    child.stdin.write('{"jsonrpc": "2.0", "method": 17}\n');
    child.stdin.write('[1, 2, 3]\n');
    const initialized = await request(1, 'initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } });
    expect(initialized).toMatchObject({ id: 1, result: { serverInfo: { name: 'tokengate' } } });
    child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' })}\n`);
    expect(await request(2, 'no/such/method')).toMatchObject({ id: 2, error: { code: -32601 } });
    expect(await request(3, 'tools/call', { name: 'scan_path', arguments: { path: 42 } })).toMatchObject({ id: 3, result: { isError: true } });
    expect(await request(4, 'tools/call', { name: 'no_such_tool', arguments: {} })).toMatchObject({ id: 4, result: { isError: true } });
    expect(await request(5, 'tools/call', { name: 'scan_snippet', arguments: { code: `\u0000\u00ff${'\ud800'}`, language: 'javascript' } })).toMatchObject({ id: 5, result: {} });
    const listed = await request(6, 'tools/call', { name: 'list_rules', arguments: {} });
    expect(listed).toMatchObject({ id: 6, result: { structuredContent: { rules: expect.any(Array) } } });

    // a scan asked for just before stdin closes is still answered; a cut-off line is dropped
    const lastScan = new Promise<Record<string, unknown>>((resolve) => waiting.set(7, resolve));
    child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: 'scan_path', arguments: { path: 'src' } } })}\n`);
    child.stdin.write('{"jsonrpc": "2.0", "id": 8, "method": "tools/li');
    child.stdin.end();
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(await lastScan).toMatchObject({ id: 7, result: { structuredContent: { target: '.', findings: [{ file: 'app.py', ruleId: 'TG102' }, { file: 'app.py', ruleId: 'TG201' }] } } });
    const lines = stdout.split('\n').filter(Boolean);
    expect(lines.length).toBe(7);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ jsonrpc: '2.0' });
    expect(stderr).toMatch(/tokengate mcp: protocol error/);
  });

  it('prints its help and refuses a bad --root before serving', async () => {
    const run = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
      new Promise((resolve) => {
        execFile(process.execPath, [CLI, 'mcp', ...args], { cwd: os.tmpdir() }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
      });
    const help = await run(['--help']);
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining('tokengate mcp [--root DIR]') });
    const missing = await run(['--root', path.join(os.tmpdir(), 'tokengate-no-such-root')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--root ".*tokengate-no-such-root" is not a folder/);
    const unknown = await run(['--verbose']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--verbose'/);
  });
});
