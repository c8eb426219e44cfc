/**
 * The HTML report: one self-contained file (inline style, script and SVG; a Content
 * Security Policy that allows no request at all), with the score and grade, the verdict,
 * a chart of findings by category and severity, findings grouped by file with code
 * frames, filters by severity, category and rule, links to the rule docs, and the
 * skipped files. Everything from the scanned code goes through htmlText.
 */
import type { Finding, Severity } from '../engine/finding.js';
import { SEVERITIES } from '../engine/finding.js';
import type { ScanResult } from '../engine/scan.js';
import { verdictLine } from '../engine/verdict.js';
import { TOOL_VERSION } from '../version.js';
import { codeFrame, type SourceLines } from './code-frame.js';
import type { ReportContext } from './context.js';
import { htmlText } from './escape.js';
import { secretLiterals } from './redact.js';
import { leftOutLine, plural, ruleDocsUrl, severityList, tally, type Tally } from './tally.js';

export interface HtmlOptions {
  source: SourceLines;
}

const COLOURS: Record<Severity, string> = { critical: '#b31d28', high: '#e36209', medium: '#b08800', low: '#6a737d' };

const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0; --link: #0969da; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d; --link: #4493f8; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--link); }
h1 { font-size: 22px; margin: 0 0 12px; }
h2 { font-size: 17px; margin: 28px 0 10px; }
header { display: flex; gap: 24px; align-items: center; flex-wrap: wrap; }
.score { font-size: 44px; font-weight: 700; line-height: 1; }
.score small { font-size: 18px; color: var(--muted); font-weight: 400; }
.grade { font-size: 32px; font-weight: 700; width: 56px; height: 56px; border-radius: 50%; display: grid; place-items: center; color: #fff; }
.grade-A { background: #1a7f37; } .grade-B { background: #4c9a2a; } .grade-C { background: #b08800; } .grade-D { background: #e36209; } .grade-F { background: #b31d28; }
.verdict { font-weight: 600; margin: 4px 0; }
.verdict.passed { color: #1a7f37; } .verdict.failed { color: #b31d28; } .verdict.warn { color: #9a6700; }
.muted { color: var(--muted); }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
#filters { display: flex; gap: 16px; flex-wrap: wrap; align-items: center; position: sticky; top: 0; z-index: 1; }
#filters label { white-space: nowrap; }
.file { margin: 18px 0; }
.file > h3 { font: 600 14px ui-monospace, SFMono-Regular, Menlo, monospace; margin: 0 0 6px; word-break: break-all; }
.finding { border: 1px solid var(--line); border-left: 4px solid var(--sev); border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
.finding[hidden], .file[hidden] { display: none; }
.finding .head { display: flex; gap: 10px; flex-wrap: wrap; align-items: baseline; }
.sev { color: #fff; background: var(--sev); border-radius: 4px; padding: 0 6px; font-size: 12px; font-weight: 600; text-transform: uppercase; }
.new { color: #fff; background: #8250df; border-radius: 4px; padding: 0 6px; font-size: 12px; }
.loc { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; color: var(--muted); }
.message { margin: 6px 0; }
pre.frame { background: var(--panel); border-radius: 6px; padding: 8px 0; overflow-x: auto; margin: 6px 0; font: 12.5px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; }
pre.frame .row { display: block; padding: 0 12px; white-space: pre; }
pre.frame .row.marked { background: rgba(255, 196, 0, 0.14); }
pre.frame .ln { display: inline-block; min-width: 4ch; text-align: right; color: var(--muted); margin-right: 12px; user-select: none; }
pre.frame .caret { color: var(--sev); font-weight: 700; }
.related, .fix { margin: 4px 0; color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; border-bottom: 1px solid var(--line); padding: 4px 8px; vertical-align: top; }
td.file-name { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; word-break: break-all; }
svg text { fill: var(--fg); font: 12px system-ui, sans-serif; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
`;

/** Hides findings whose severity is unchecked or whose category or rule is not the one chosen. */
const SCRIPT = `
(() => {
  const findings = [...document.querySelectorAll('.finding')];
  const files = [...document.querySelectorAll('.file')];
  const checks = [...document.querySelectorAll('input[name=severity]')];
  const category = document.getElementById('filter-category');
  const rule = document.getElementById('filter-rule');
  const shown = document.getElementById('shown-count');
  const apply = () => {
    const severities = new Set(checks.filter((box) => box.checked).map((box) => box.value));
    let visible = 0;
    for (const finding of findings) {
      const show = severities.has(finding.dataset.severity) && (!category.value || finding.dataset.category === category.value) && (!rule.value || finding.dataset.rule === rule.value);
      finding.hidden = !show;
      if (show) visible++;
    }
    for (const file of files) file.hidden = !file.querySelector('.finding:not([hidden])');
    shown.textContent = String(visible);
  };
  for (const control of [...checks, category, rule]) control.addEventListener('change', apply);
  apply();
})();
`;

export function renderHtml(result: ScanResult, context: ReportContext, options: HtmlOptions): string {
  const counts = tally(result.findings);
  const secrets = secretLiterals(result);
  const { verdict } = context;
  const verdictClass = verdict.passed ? 'passed' : verdict.warnOnly ? 'warn' : 'failed';
  const byFile = new Map<string, Finding[]>();
  for (const finding of result.findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  const rules = new Map(result.findings.map((finding) => [finding.ruleId, finding.ruleName]));
  const summary = [
    `${plural(counts.total, 'finding')}${counts.total ? ` in ${plural(counts.files, 'file')} (${severityList(counts.bySeverity)})` : ''}`,
    ...(context.newFingerprints ? [`${context.newFingerprints.size} new on changed lines`] : []),
    `${plural(result.stats.files, 'file')} scanned, ${plural(result.stats.lines, 'line')}`,
    ...(result.suppressed.length ? [`${result.suppressed.length} suppressed inline`] : []),
    ...(context.baselined ? [`${context.baselined} in the baseline (not counted)`] : []),
    ...(result.skipped.length ? [`${plural(result.skipped.length, 'file')} skipped`] : []),
    ...(leftOutLine(result.stats) ? [leftOutLine(result.stats)!.replace(/\.$/, '')] : []),
  ];
  const body = [
    '<header>',
    `<div><h1>tokengate report</h1><div class="score" data-testid="score">${result.score.score}<small>/100</small></div></div>`,
    `<div class="grade grade-${result.score.grade}" data-testid="grade" title="grade">${result.score.grade}</div>`,
    `<div><p class="verdict ${verdictClass}" data-testid="verdict">${htmlText(verdictLine(verdict))}</p>`,
    `<p class="muted" data-testid="counts">${htmlText(summary.join(' · '))}${result.score.criticalCapped ? ' · score capped by a critical finding' : ''}</p></div>`,
    '</header>',
    counts.total ? `<h2>Findings by category and severity</h2>\n<div class="panel" id="chart">${chartSvg(counts)}</div>` : '',
    counts.total ? filters(counts, rules) : '<p data-testid="no-findings">No findings.</p>',
    '<section id="findings">',
    ...[...byFile].map(([file, findings]) => fileSection(file, findings, context, options.source, secrets)),
    '</section>',
    result.skipped.length ? skippedSection(result) : '',
    `<footer>tokengate ${TOOL_VERSION} · rules: ${[...result.rules.map((rule) => rule.id)].length} active · the score is repository-wide; the gate counts ${context.newFingerprints ? 'the findings on changed lines' : 'every finding'} for fail-on-severity</footer>`,
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tokengate: score ${result.score.score} (grade ${result.score.grade})</title>
<style>${STYLE}</style>
</head>
<body>
${body.filter(Boolean).join('\n')}
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** Horizontal bars, one per category, stacked by severity from low at the axis to critical (as the summary's Mermaid chart). */
function chartSvg(counts: Tally): string {
  const labelWidth = 170;
  const barsWidth = 480;
  const rowHeight = 24;
  const top = 8;
  const max = Math.max(...counts.categories.map((row) => row.total));
  const scale = barsWidth / max;
  const rows = counts.categories.map((row, index) => {
    const y = top + index * rowHeight;
    let x = labelWidth;
    const segments = [...SEVERITIES].reverse().filter((severity) => row.counts[severity] > 0).map((severity) => {
      const width = row.counts[severity] * scale;
      const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${rowHeight - 6}" fill="${COLOURS[severity]}" data-severity="${severity}"><title>${row.category}: ${row.counts[severity]} ${severity}</title></rect>`;
      x += width;
      return rect;
    });
    return `<g data-category="${row.category}"><text x="${labelWidth - 8}" y="${y + 13}" text-anchor="end">${row.category}</text>${segments.join('')}<text x="${(x + 6).toFixed(1)}" y="${y + 13}" data-testid="bar-total">${row.total}</text></g>`;
  });
  const legendY = top + counts.categories.length * rowHeight + 10;
  const legend = SEVERITIES.map((severity, index) => {
    const x = labelWidth + index * 110;
    return `<rect x="${x}" y="${legendY}" width="12" height="12" fill="${COLOURS[severity]}"></rect><text x="${x + 18}" y="${legendY + 11}">${severity} (${counts.bySeverity[severity]})</text>`;
  });
  const height = legendY + 24;
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Findings by category and severity" width="${labelWidth + barsWidth + 60}" height="${height}" viewBox="0 0 ${labelWidth + barsWidth + 60} ${height}">${rows.join('')}${legend.join('')}</svg>`;
}

function filters(counts: Tally, rules: Map<string, string>): string {
  const severityBoxes = SEVERITIES.map(
    (severity) => `<label><input type="checkbox" name="severity" value="${severity}" checked> ${severity} (${counts.bySeverity[severity]})</label>`,
  ).join(' ');
  const categoryOptions = counts.categories.map((row) => `<option value="${row.category}">${row.category} (${row.total})</option>`).join('');
  const ruleOptions = [...rules]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, name]) => `<option value="${id}">${id} ${name}</option>`)
    .join('');
  return `<h2>Findings</h2>
<div class="panel" id="filters">
<span>Severity: ${severityBoxes}</span>
<label>Category <select id="filter-category"><option value="">all</option>${categoryOptions}</select></label>
<label>Rule <select id="filter-rule"><option value="">all</option>${ruleOptions}</select></label>
<span class="muted">showing <strong id="shown-count" data-testid="shown-count">${counts.total}</strong> of ${counts.total}</span>
</div>`;
}

function fileSection(file: string, findings: Finding[], context: ReportContext, source: SourceLines, secrets: readonly string[]): string {
  return `<article class="file"><h3>${htmlText(file)}</h3>\n${findings.map((finding) => findingCard(finding, context, source, secrets)).join('\n')}</article>`;
}

function findingCard(finding: Finding, context: ReportContext, source: SourceLines, secrets: readonly string[]): string {
  const frame = codeFrame(finding, source, secrets);
  const frameHtml = frame
    ? `<pre class="frame" data-testid="code-frame">${frame.rows
        .map((row) => {
          const line = `<span class="row${row.marked ? ' marked' : ''}"><span class="ln">${row.lineNumber}</span>${htmlText(row.text)}</span>`;
          return row.marked ? `${line}<span class="row"><span class="ln"></span>${' '.repeat(frame.caret.start)}<span class="caret">${'^'.repeat(frame.caret.length)}</span></span>` : line;
        })
        .join('')}</pre>`
    : '';
  const related = (finding.related ?? []).map((entry) => `<p class="related">related: <span class="loc">${htmlText(`${entry.file}:${entry.line}:${entry.column}`)}</span> ${htmlText(entry.message)}</p>`).join('');
  const isNew = context.newFingerprints?.has(finding.fingerprint) ? '<span class="new">new</span>' : '';
  return `<div class="finding" style="--sev: ${COLOURS[finding.severity]}" data-severity="${finding.severity}" data-category="${finding.category}" data-rule="${finding.ruleId}">
<div class="head"><span class="sev">${finding.severity}</span><a href="${ruleDocsUrl(finding.ruleId, finding.ruleName)}" rel="noopener noreferrer">${finding.ruleId} ${finding.ruleName}</a><span class="loc">${htmlText(`${finding.file}:${finding.line}:${finding.column}`)}</span>${isNew}</div>
<p class="message">${htmlText(finding.message)}</p>
${frameHtml}${related}${finding.fix ? `<p class="fix">Fix: ${htmlText(finding.fix)}</p>` : ''}
</div>`;
}

function skippedSection(result: ScanResult): string {
  const rows = result.skipped.map((skipped) => `<tr><td class="file-name">${htmlText(skipped.file)}</td><td>${htmlText(skipped.reason)}</td></tr>`).join('');
  return `<h2>Skipped files (${result.skipped.length})</h2>\n<table id="skipped" data-testid="skipped"><thead><tr><th>File</th><th>Reason</th></tr></thead><tbody>${rows}</tbody></table>`;
}
