/**
 * The chart of findings by category and severity: the job summary's Mermaid xychart (its
 * bars are running totals drawn over each other) and the HTML report's SVG read one tally.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../src/engine/finding.js';
import { computeScore } from '../src/engine/score.js';
import type { ScanResult } from '../src/engine/scan.js';
import { renderHtml } from '../src/report/html.js';
import { mermaidChart, renderMarkdown } from '../src/report/markdown.js';
import { tally } from '../src/report/tally.js';
import { renderText } from '../src/report/text.js';

function finding(category: Finding['category'], severity: Severity, index: number): Finding {
  return { ruleId: 'TG999', ruleName: category, category, severity, file: `f${index}.py`, line: 1, column: 1, message: 'm', fingerprint: `fp${index}` };
}

const findings = [
  finding('verify-disabled', 'critical', 0),
  finding('alg-not-pinned', 'high', 1),
  finding('alg-not-pinned', 'low', 2),
  finding('no-exp', 'medium', 3),
  finding('fail-open', 'critical', 4),
  finding('fail-open', 'low', 5),
  finding('fail-open', 'low', 6),
];
const result: ScanResult = {
  root: '/r',
  findings,
  suppressed: [],
  skipped: [],
  score: computeScore(findings),
  stats: { files: 7, lines: 7, skipped: 0, languages: {}, timings: { discoverMs: 0, analyseMs: 0, linkMs: 0, fileRulesMs: 0, repositoryRulesMs: 0, totalMs: 0 }, peakRssMb: 1, workers: 0 },
  rules: [],
  models: [],
};
const verdict = { passed: false, warnOnly: false, minScore: 80, reasons: ['Score 5 is below min-score 80.'] };

describe('the findings chart', () => {
  it('is a horizontal Mermaid xychart whose series are running totals from low to critical, in severity colours', () => {
    const chart = mermaidChart(tally(findings));
    const lines = chart.split('\n');
    expect(lines[0]).toBe('```mermaid');
    expect(lines[1]).toBe('%%{init: {"theme":"base","themeVariables":{"xyChart":{"plotColorPalette":"#d73a49, #f66a0a, #dbab09, #959da5"}}}}%%');
    expect(lines[2]).toBe('xychart-beta horizontal');
    expect(lines).toContain('  x-axis ["verify-disabled", "alg-not-pinned", "no-exp", "fail-open"]');
    expect(lines).toContain('  y-axis "Findings" 0 --> 3');
    // drawn first to last: whole bar (critical colour), then up to high, up to medium, low alone
    expect(lines.filter((line) => line.startsWith('  bar '))).toEqual(['  bar [1, 2, 1, 3]', '  bar [0, 2, 1, 2]', '  bar [0, 1, 1, 2]', '  bar [0, 1, 0, 2]']);
    expect(chart).toContain('Bars stacked from the axis: ⬜ low, 🟨 medium, 🟧 high, 🟥 critical.');
  });

  it('is in the job summary under the category table, not in the comment', () => {
    const summary = renderMarkdown(result, { verdict }, { variant: 'summary' });
    expect(summary).toMatch(/### Findings by category\n\n\| Category [^\n]*\n(\|[^\n]*\n)+\n```mermaid\nxychart-beta|### Findings by category\n\n\| Category [^\n]*\n(\|[^\n]*\n)+\n```mermaid\n%%\{init/);
    expect(renderMarkdown(result, { verdict }, { variant: 'comment' })).not.toContain('```mermaid');
    expect(renderMarkdown({ ...result, findings: [] }, { verdict }, { variant: 'summary' })).not.toContain('```mermaid');
  });

  it('is drawn in the HTML report as SVG with one bar per category and segments per severity', () => {
    const html = renderHtml(result, { verdict }, { source: () => undefined });
    const svg = html.match(/<svg[\s\S]*?<\/svg>/)![0];
    expect(svg.match(/<g data-category="[^"]+">/g)).toEqual(['<g data-category="verify-disabled">', '<g data-category="alg-not-pinned">', '<g data-category="no-exp">', '<g data-category="fail-open">']);
    const failOpen = svg.match(/<g data-category="fail-open">[\s\S]*?<\/g>/)![0];
    expect([...failOpen.matchAll(/data-severity="(\w+)"/g)].map((match) => match[1])).toEqual(['low', 'critical']);
    expect(failOpen).toContain('<title>fail-open: 2 low</title>');
    expect(failOpen).toMatch(/data-testid="bar-total">3</);
  });
});

describe('the text summary', () => {
  it('counts by severity and category, files scanned, findings left out, skipped files, score and verdict', () => {
    const withPolicy = { ...result, skipped: [{ file: 'big.py', reason: 'larger than the size cap' }], stats: { ...result.stats, leftOut: { testFiles: 3, docsFiles: 1 } } } as ScanResult;
    const text = renderText(withPolicy, { verdict, baselined: 2 });
    const summary = text.slice(text.indexOf('Summary\n'));
    expect(summary).toBe(
      [
        'Summary',
        '  7 findings in 7 files: 2 critical, 1 high, 1 medium, 3 low; 2 in the baseline (not counted).',
        '    verify-disabled  1 critical',
        '    alg-not-pinned   1 high, 1 low',
        '    no-exp           1 medium',
        '    fail-open        1 critical, 2 low',
        '  Scanned 7 files, 7 lines. Left out 3 findings in test files, 1 in docs files (they do not count; test-files: scan, docs-files: scan counts them).',
        '  Skipped 1 file:',
        '    big.py: larger than the size cap',
        '  Score 10/100, grade F.',
        'tokengate gate failed: Score 5 is below min-score 80.',
        '',
      ].join('\n'),
    );
  });
});
