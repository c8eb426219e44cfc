/**
 * The HTML report in a real headless Chromium (Debian's chromium, installed by .ci/run):
 * what renders (score, grade, counts, the chart, a finding's code frame, the skipped
 * files), that a filter hides the low findings, and that the page requests nothing.
 * A screenshot is saved to .tmp/artifacts/html-report.png.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/scan.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(REPO_ROOT, '.tmp', 'artifacts');

interface JsonReport {
  score: number;
  grade: string;
  findings: { file: string; line: number; severity: string; category: string; ruleId: string }[];
  skipped: { file: string; reason: string }[];
}

function cli(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => (error && error.code !== 1 ? reject(new Error(stderr)) : resolve(stdout)));
  });
}

let work: string;
let context: BrowserContext;
let page: Page;
let report: JsonReport;
const requests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'tokengate-html-'));
  const tree = path.join(work, 'tree');
  fs.cpSync(path.join(REPO_ROOT, 'examples'), tree, { recursive: true });
  fs.mkdirSync(path.join(tree, 'assets'));
  fs.writeFileSync(path.join(tree, 'assets', 'blob.py'), Buffer.from([0, 1, 2, 3]));
  const file = path.join(work, 'report.html');
  const [json] = await Promise.all([cli(['scan', tree, '--format', 'json', '--min-score', '0']), cli(['scan', tree, '--format', 'html', '--min-score', '0', '--output', file])]);
  report = JSON.parse(json) as JsonReport;
  context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1200, height: 900 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  const url = pathToFileURL(file).href;
  page.on('request', (request) => {
    if (request.url() !== url) requests.push(request.url());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url);
}, 180_000);

afterAll(async () => {
  await context?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const visibleFindings = (severity?: string): Promise<number> => page.locator(`.finding${severity ? `[data-severity=${severity}]` : ''}:visible`).count();

describe('the HTML report in Chromium', () => {
  it('renders the score, grade, counts and chart, and requests nothing', async () => {
    expect(report.findings.length).toBeGreaterThan(10);
    expect(await page.textContent('[data-testid=score]')).toBe(`${report.score}/100`);
    expect(await page.textContent('[data-testid=grade]')).toBe(report.grade);
    expect(await page.textContent('[data-testid=shown-count]')).toBe(String(report.findings.length));
    expect(await visibleFindings()).toBe(report.findings.length);
    const categories = new Set(report.findings.map((finding) => finding.category));
    expect(await page.locator('#chart svg g[data-category]').count()).toBe(categories.size);
    const totals = await page.locator('[data-testid=bar-total]').allTextContents();
    expect(totals.map(Number).reduce((sum, count) => sum + count, 0)).toBe(report.findings.length);
    expect(await page.textContent('[data-testid=verdict]')).toMatch(/^tokengate gate failed: /);
    expect(requests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("shows a finding's code frame with the caret under the span", async () => {
    const finding = report.findings.find((candidate) => candidate.ruleId === 'TG101' && candidate.file.endsWith('.py'))!;
    const card = page.locator('.finding', { has: page.locator('.loc', { hasText: `${finding.file}:${finding.line}:` }) }).first();
    const frame = (await card.locator('[data-testid=code-frame]').innerText()).split('\n');
    const sourceLine = fs.readFileSync(path.join(REPO_ROOT, 'examples', finding.file), 'utf8').split('\n')[finding.line - 1]!;
    const marked = frame.findIndex((line) => line.startsWith(String(finding.line)));
    expect(frame[marked]).toContain(sourceLine.trim());
    expect(frame[marked + 1]).toMatch(/^\s+\^+$/);
    expect(await card.locator('a').getAttribute('href')).toBe('https://github.com/tokengate/tokengate/blob/v1/docs/rules/verify-disabled.md');
  });

  it('lists the skipped files with their reasons', async () => {
    expect(await page.locator('[data-testid=skipped] tbody tr').allInnerTexts()).toEqual(['assets/blob.py\tbinary file']);
  });

  it('hides the low findings when low is unchecked, and filters by category', async () => {
    const low = report.findings.filter((finding) => finding.severity === 'low').length;
    expect(low).toBeGreaterThan(0);
    await page.uncheck('input[name=severity][value=low]');
    expect(await visibleFindings('low')).toBe(0);
    expect(await visibleFindings()).toBe(report.findings.length - low);
    expect(await page.textContent('[data-testid=shown-count]')).toBe(String(report.findings.length - low));
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'html-report.png') });
    await page.check('input[name=severity][value=low]');
    await page.selectOption('#filter-category', 'fail-open');
    expect(await visibleFindings()).toBe(report.findings.filter((finding) => finding.category === 'fail-open').length);
    await page.selectOption('#filter-category', '');
    await page.selectOption('#filter-rule', 'TG101');
    expect(await visibleFindings()).toBe(report.findings.filter((finding) => finding.ruleId === 'TG101').length);
    expect(fs.statSync(path.join(ARTIFACTS, 'html-report.png')).size).toBeGreaterThan(10_000);
  });
});
