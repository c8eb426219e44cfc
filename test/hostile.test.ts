/**
 * A hostile repository through every reporter: file names and route paths carrying
 * backticks, Markdown links, @mentions, HTML, table pipes, ANSI escape sequences and
 * newlines. Each report must show them as written and let them do nothing else.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/engine/config.js';
import { scan, type ScanResult } from '../src/engine/scan.js';
import { evaluateGate } from '../src/engine/verdict.js';
import { markdownCode, markdownText, terminalText } from '../src/report/escape.js';
import { renderHtml } from '../src/report/html.js';
import { renderMarkdown, type MarkdownContext } from '../src/report/markdown.js';
import { renderText } from '../src/report/text.js';
import { REPO_ROOT, makeTree } from './helpers/scan.js';
import { RULES } from '../src/rules/index.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
const ESC = '\u001b';
/** One name with every trick: a code-span breakout, a link, a mention, HTML, a cell break, colour, a new line. */
const HOSTILE = `x\`y\`[link](javascript:alert(1))@octocat<img src=x onerror=alert(1)>|cell${ESC}[31mred${ESC}[0m\nnext`;
const HOSTILE_FILE = `src/${HOSTILE}.py`;
const ROUTE = `/r\`[x](https://evil.example/r)@octocat<img src=y>|${ESC}[2J`;

let root: string;
let result: ScanResult;
const sources = (file: string): string[] | undefined => {
  try {
    return fs.readFileSync(path.join(root, file), 'utf8').split('\n');
  } catch {
    return undefined;
  }
};

beforeAll(async () => {
  root = makeTree({
    [HOSTILE_FILE]: 'import jwt\n\n\ndef user(token, key):\n    return jwt.decode(token, key)\n',
    [`assets/${HOSTILE}.py`]: Buffer.from([0, 1, 2, 3]),
    'app.py': [
      'from flask import Flask',
      'from flask_jwt_extended import jwt_required',
      '',
      'app = Flask(__name__)',
      '',
      '',
      ...['a', 'b', 'c'].flatMap((name) => [`@app.route("/${name}")`, '@jwt_required()', `def ${name}():`, `    return "${name}"`, '', '']),
      `@app.route("${ROUTE}")`,
      'def hostile():',
      '    return "x"',
      '',
    ].join('\n'),
  });
  result = await scan({ rules: RULES, root, config: defaultConfig() });
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function verdictFor(scanned: ScanResult) {
  return evaluateGate({ score: scanned.score.score, minScore: 80, gated: scanned.findings, scope: 'all', failOnSeverity: 'high', warnOnly: false });
}

/** The rendered HTML of GitHub-flavoured Markdown, as GitHub's renderer would build it. */
function toHtml(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
}

/** Text outside code spans and blocks, where GitHub turns @name into a mention. */
function outsideCode(html: string): string {
  return html.replace(/<code>[\s\S]*?<\/code>/g, '');
}

describe('a hostile repository', () => {
  it('is scanned: the hostile file and route are in the findings and the skipped list', () => {
    expect(result.findings.map((finding) => finding.file)).toContain(HOSTILE_FILE);
    expect(result.skipped.map((skipped) => skipped.file)).toContain(`assets/${HOSTILE}.py`);
    const route = result.findings.find((finding) => finding.ruleId === 'TG701');
    expect(route?.message).toContain('evil.example/r');
  });

  it('stays inert in the job summary and the comment (GitHub-flavoured Markdown)', () => {
    const context: MarkdownContext = { verdict: verdictFor(result), links: { serverUrl: 'https://github.com', repository: 'o/r', sha: 'abc' }, notes: [`API said ${HOSTILE}`] };
    for (const variant of ['summary', 'comment'] as const) {
      const markdown = renderMarkdown(result, context, { variant });
      const html = toHtml(markdown);
      // no link but ours (lines at the commit, rule docs), no image, no HTML from the repository
      const hrefs = [...html.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1]!);
      expect(hrefs.length, variant).toBeGreaterThan(0);
      for (const href of hrefs) expect(href, variant).toMatch(/^https:\/\/github\.com\/(o\/r\/blob\/abc\/|tokengate\/tokengate\/blob\/v1\/docs\/rules\/)/);
      expect(html, variant).not.toMatch(/<img|<script/);
      expect(html, variant).not.toContain(ESC);
      // mentions and bare URLs are broken outside code; inside code they are inert anyway
      expect(outsideCode(html), variant).not.toMatch(/@octocat|https:\/\/evil\.example|\bwww\./);
      // shown as written: the code span holds `<img …>` literally, not an entity that shows as "&lt;"
      expect(html, variant).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html, variant).not.toContain('&amp;lt;');
      expect(html, variant).toContain('\\x1b[31m');
      // every table row keeps its columns: the `|` in the names did not split a cell
      for (const table of html.match(/<table>[\s\S]*?<\/table>/g) ?? []) {
        const header = (table.match(/<thead>[\s\S]*?<\/thead>/)![0].match(/<th[ >]/g) ?? []).length;
        for (const row of table.match(/<tbody>[\s\S]*<\/tbody>/)?.[0].match(/<tr>[\s\S]*?<\/tr>/g) ?? []) expect((row.match(/<td/g) ?? []).length, variant).toBe(header);
      }
    }
  });

  it('escapes Markdown prose and code spans for what GitHub does with them', () => {
    expect(toHtml(markdownText(HOSTILE))).not.toMatch(/<a |<img|<code>/);
    expect(toHtml(markdownText('see https://evil.example and www.evil.example, mail a@b.example, #12'))).not.toMatch(/<a /);
    expect(markdownText('@octocat and @org/team')).toBe('@&#8203;octocat and @&#8203;org/team');
    // block markers only open blocks at the start: escaped there, so a list item stays one item
    for (const start of ['- x', '+ x', '1. x', '2) x', '# x', '> x', '=== x']) {
      expect(toHtml(`- ${markdownText(start)}`), start).not.toMatch(/<ul>[\s\S]*<ul>|<ol|<h\d|<blockquote|<hr/);
    }
    expect(markdownText('a-b.c (d) "e" f=g')).toBe('a-b.c (d) "e" f=g');
    // a code span longer than any run of backticks inside, padded when the text starts with one
    expect(markdownCode('a``b')).toBe('```a``b```');
    expect(markdownCode('`x')).toBe('`` `x ``');
    expect(toHtml(markdownCode('`<b>&amp;|`'))).toBe('<p><code>`&lt;b&gt;&amp;amp;|`</code></p>');
    expect(toHtml(`| a |\n| --- |\n| ${markdownCode('x|y', { inTable: true })} |`)).toContain('<td><code>x|y</code></td>');
  });

  it('stays inert in the HTML report', () => {
    const html = renderHtml(result, { verdict: verdictFor(result) }, { source: sources });
    expect(html).not.toMatch(/<img/);
    expect(html).not.toContain(ESC);
    expect(html).toContain('x`y`[link](javascript:alert(1))@octocat&lt;img src=x onerror=alert(1)&gt;|cell\\x1b[31mred\\x1b[0m\\nnext.py');
    // only the rule docs are links
    for (const match of html.matchAll(/<a href="([^"]*)"/g)) expect(match[1]).toMatch(/^https:\/\/github\.com\/tokengate\/tokengate\/blob\/v1\/docs\/rules\//);
  });

  it('stays on one line, escape sequences shown, in the text report', () => {
    for (const color of [false, true]) {
      const text = renderText(result, { verdict: verdictFor(result) }, { color, source: sources });
      // the only escape sequences are the report's own colours
      const foreign = text.replace(/\u001b\[\d+m/g, '');
      expect(foreign, `color ${color}`).not.toContain(ESC);
      expect(text).toContain(`${terminalText(HOSTILE_FILE)}`);
      expect(terminalText(HOSTILE_FILE)).toBe('src/x`y`[link](javascript:alert(1))@octocat<img src=x onerror=alert(1)>|cell\\x1b[31mred\\x1b[0m\\nnext.py');
      const headerLine = text.split('\n').find((line) => line.includes('onerror') && line.includes('TG102'));
      expect(headerLine, 'the finding header names the file on its own line').toMatch(/next\.py:5:12\W.*HIGH.*TG102/);
      expect(text.split('\n').some((line) => line.startsWith('next'))).toBe(false);
    }
    expect(terminalText('a\u202eb\u200bc\rd\u0007e\u009bf')).toBe('a\\u202eb\\u200bc\\rd\\x07e\\x9bf');
  });
});

describe('a hostile repository through the CLI bundle', () => {
  const runCli = (args: string[], env: Record<string, string> = {}) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      );
    });

  it('prints no foreign escape sequence to the terminal, in the report or the verdict', async () => {
    for (const env of [{}, { FORCE_COLOR: '1' }] as Record<string, string>[]) {
      const text = await runCli(['scan', root, '--fail-on-severity', 'high'], env);
      expect(text.code).toBe(1);
      expect(text.stdout.replace(/\u001b\[\d+m/g, '')).not.toContain(ESC);
      expect(text.stdout).toContain('onerror=alert(1)>|cell\\x1b[31mred\\x1b[0m\\nnext.py:5:12');
      const json = await runCli(['scan', root, '--format', 'json', '--fail-on-severity', 'high'], env);
      // the verdict names the hostile file on stderr: escaped there too
      expect(json.stderr).toMatch(/^tokengate gate failed: .*\\x1b\[31m.*\n$/);
      expect(json.stderr).not.toContain(ESC);
      // JSON keeps the name exactly (its own escaping is JSON's)
      expect((JSON.parse(json.stdout) as { findings: { file: string }[] }).findings.map((finding) => finding.file)).toContain(HOSTILE_FILE);
    }
  });

  it('writes an HTML report without markup from the repository', async () => {
    const html = await runCli(['scan', root, '--format', 'html', '--fail-on-severity', 'none', '--min-score', '0']);
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).not.toMatch(/<img/);
    expect(html.stdout).not.toContain(ESC);
  });
});
