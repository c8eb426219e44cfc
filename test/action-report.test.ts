import { describe, expect, it } from 'vitest';
import { MAX_PER_TYPE_PER_STEP, checkAnnotation, emitInline, selectInline, type AnnotationProperties } from '../src/action/annotations.js';
import { evaluateGate } from '../src/engine/verdict.js';
import { upsertStickyComment, shouldComment } from '../src/action/comment.js';
import { GitHubApi } from '../src/action/github-api.js';
import type { Finding, Severity } from '../src/engine/finding.js';
import { computeScore } from '../src/engine/score.js';
import type { ScanResult } from '../src/engine/scan.js';
import { COMMENT_MARKER, renderMarkdown, type MarkdownContext } from '../src/report/markdown.js';

function finding(index: number, severity: Severity = 'high', extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'TG102',
    ruleName: 'alg-not-pinned',
    category: 'alg-not-pinned',
    severity,
    file: `svc/m${index}.py`,
    line: index + 1,
    column: 5,
    message: `jwt.decode without algorithms (#${index}) | with a pipe and <b>html</b>`,
    fix: 'Pin the algorithms.',
    fingerprint: `fp${index}`,
    ...extra,
  };
}

function result(findings: Finding[], skipped = 0): ScanResult {
  return {
    root: '/r',
    findings,
    suppressed: [],
    skipped: Array.from({ length: skipped }, (_, index) => ({ file: `big${index}.py`, reason: 'larger than max-file-size' })),
    score: computeScore(findings),
    stats: { files: 3, lines: 30, skipped, languages: {}, timings: { discoverMs: 0, analyseMs: 0, linkMs: 0, fileRulesMs: 0, repositoryRulesMs: 0, totalMs: 0 }, peakRssMb: 1, workers: 0 },
    rules: [],
    models: [],
  };
}

const context: MarkdownContext = {
  verdict: { passed: false, warnOnly: false, minScore: 80, reasons: ['Score 0 is below min-score 80.'] },
  links: { serverUrl: 'https://github.com', repository: 'o/r', sha: 'abc' },
};

describe('markdown report', () => {
  it('links each finding to its line at the commit and escapes table cells', () => {
    const text = renderMarkdown(result([finding(0, 'critical', { file: 'dir with space/a#b.py' })]), context, { variant: 'summary' });
    expect(text).toContain('[`dir with space/a#b.py:1`](https://github.com/o/r/blob/abc/dir%20with%20space/a%23b.py#L1)');
    expect(text).toContain('\\| with a pipe and \\<b\\>html\\</b\\>');
    expect(text).toContain('| alg-not-pinned | 1 |  |  |  | 1 |');
    expect(text).not.toContain(COMMENT_MARKER);
  });

  it('starts the comment with the hidden marker', () => {
    expect(renderMarkdown(result([]), context, { variant: 'comment' }).startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
  });

  it('stays under the cap by dropping whole rows, saying how many more', () => {
    const many = result(Array.from({ length: 5000 }, (_, index) => finding(index)), 500);
    const comment = renderMarkdown(many, context, { variant: 'comment' });
    expect(comment.length).toBeLessThanOrEqual(65_536);
    expect(comment).toContain('… and 4980 more');
    const summary = renderMarkdown(many, context, { variant: 'summary', maxLength: 20_000 });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(20_000);
    expect(summary).toMatch(/\| … and \d+ more \(see the check run and the SARIF file\) \|/);
    expect(summary).toMatch(/\| … and \d+ more \| \|/);
    // every table line is a whole row: starts and ends with a pipe
    for (const line of summary.split('\n').filter((text) => text.startsWith('|'))) expect(line.endsWith('|')).toBe(true);
  });
});

describe('inline annotations', () => {
  it('emit at most 10 of each level, most severe first, and count the rest', () => {
    const findings = [...Array.from({ length: 15 }, (_, index) => finding(index, 'medium')), ...Array.from({ length: 12 }, (_, index) => finding(100 + index, 'critical')), finding(200, 'low')];
    const seen: { level: string; properties: AnnotationProperties }[] = [];
    const sink = {
      error: (_message: string, properties: AnnotationProperties) => seen.push({ level: 'error', properties }),
      warning: (_message: string, properties: AnnotationProperties) => seen.push({ level: 'warning', properties }),
      notice: (_message: string, properties: AnnotationProperties) => seen.push({ level: 'notice', properties }),
    };
    expect(emitInline(findings, sink)).toEqual({ shown: 21, omitted: 7 });
    expect(seen.filter((entry) => entry.level === 'error')).toHaveLength(MAX_PER_TYPE_PER_STEP);
    expect(seen.filter((entry) => entry.level === 'notice')).toHaveLength(1);
    expect(seen[0]!.properties).toEqual({ title: 'TG102 alg-not-pinned (critical)', file: 'svc/m100.py', startLine: 101, startColumn: 5 });
    expect(selectInline([]).shown).toEqual([]);
  });

  it('give the Checks API columns only on single-line annotations', () => {
    expect(checkAnnotation(finding(0, 'medium'))).toMatchObject({ start_line: 1, end_line: 1, start_column: 5, annotation_level: 'warning' });
    const multi = checkAnnotation(finding(0, 'low', { endLine: 4, endColumn: 2 }));
    expect(multi).toMatchObject({ start_line: 1, end_line: 4, annotation_level: 'notice' });
    expect(multi).not.toHaveProperty('start_column');
  });
});

describe('gate', () => {
  const base = { score: 90, minScore: 80, scope: 'new' as const, failOnSeverity: 'high' as const, warnOnly: false };
  it('fails on the score or on a gated finding at or above the severity', () => {
    expect(evaluateGate({ ...base, gated: [] }).passed).toBe(true);
    expect(evaluateGate({ ...base, score: 79, gated: [] }).reasons[0]).toBe('Score 79 is below min-score 80.');
    const failed = evaluateGate({ ...base, gated: [finding(0, 'medium'), finding(1, 'high')] });
    expect(failed.passed).toBe(false);
    expect(failed.reasons[1]).toBe('1 new finding of severity high or above: TG102 at svc/m1.py:2.');
    expect(evaluateGate({ ...base, gated: [finding(0, 'medium')] }).passed).toBe(true);
    expect(evaluateGate({ ...base, failOnSeverity: 'none', gated: [finding(0, 'critical')] }).passed).toBe(true);
  });
});

describe('sticky comment', () => {
  it('is written per the comment mode', () => {
    expect(shouldComment('always', true, false)).toBe(true);
    expect(shouldComment('on-failure', true, false)).toBe(false);
    expect(shouldComment('on-failure', false, false)).toBe(true);
    // an earlier failure's comment is updated, so it does not go stale
    expect(shouldComment('on-failure', true, true)).toBe(true);
    expect(shouldComment('never', false, true)).toBe(false);
  });

  it('is found by its marker and edited in place', async () => {
    const routes: string[] = [];
    const api = new GitHubApi(
      async (route) => {
        routes.push(route);
        return { status: 200, data: route.startsWith('GET') ? [{ id: 1, body: 'hi' }, { id: 9, body: `${COMMENT_MARKER}\nold` }] : {}, headers: {} };
      },
      { attempts: 1, baseDelayMs: 0, maxDelayMs: 0, timeoutMs: 1000, budgetMs: 60_000, sleep: async () => {}, log: () => {} },
    );
    await expect(upsertStickyComment(api, { repository: 'o/r', pullNumber: 3, body: 'new', mode: 'always', gatePassed: true })).resolves.toBe('updated');
    expect(routes).toEqual(['GET /repos/{owner}/{repo}/issues/{issue_number}/comments', 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}']);
  });
});
