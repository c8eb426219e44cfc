/**
 * The Markdown report: the job summary and the sticky PR comment render the same content,
 * the comment with fewer rows. Output stays under a size cap by dropping table rows (with
 * an "… and N more" row), never by cutting a table in half.
 */
import type { Finding, Severity } from '../engine/finding.js';
import { SEVERITIES, severityRank } from '../engine/finding.js';
import type { ScanResult } from '../engine/scan.js';
import { TOOL_VERSION } from '../version.js';
import type { ReportContext } from './context.js';
import { markdownCode, markdownText } from './escape.js';
import { plural, ruleDocsUrl, tally, type Tally } from './tally.js';

/** The hidden line that finds the sticky comment again. */
export const COMMENT_MARKER = '<!-- tokengate -->';
/** GitHub's limits: a step summary holds 1 MiB, an issue comment 65,536 characters. */
export const SUMMARY_MAX_BYTES = 1024 * 1024;
export const COMMENT_MAX_CHARS = 65_536;


/**
 * Text from the scanned code (file names, messages, skip reasons) goes through
 * markdownText or markdownCode: it cannot create links, images, HTML or mentions.
 */
export interface MarkdownContext extends ReportContext {
  /** Links to lines at this commit; file paths in the result are relative to the repository root. */
  links?: { serverUrl: string; repository: string; sha: string };
  /** Extra lines for the reader (e.g. that the check run could not be created). */
  notes?: string[];
  /** The workflow run, for the comment's "full report" link. */
  runUrl?: string;
}

export interface MarkdownOptions {
  variant: 'summary' | 'comment';
  /** Defaults: 1 MiB (bytes) for the summary, 65,536 characters for the comment. */
  maxLength?: number;
}

const SEVERITY_LABEL: Record<Severity, string> = { critical: '🟥 critical', high: '🟧 high', medium: '🟨 medium', low: '⬜ low' };
const CELL_MAX = 300;
/** Related locations shown beside a finding's own in the table. */
const RELATED_SHOWN = 2;

export function renderMarkdown(result: ScanResult, context: MarkdownContext, options: MarkdownOptions): string {
  const comment = options.variant === 'comment';
  const maxLength = options.maxLength ?? (comment ? COMMENT_MAX_CHARS : SUMMARY_MAX_BYTES);
  const measure = comment ? (text: string) => text.length : (text: string) => Buffer.byteLength(text, 'utf8');
  let limits = comment ? { findings: 20, skipped: 10 } : { findings: 200, skipped: 100 };
  for (;;) {
    const text = render(result, context, comment, limits);
    if (measure(text) <= maxLength || (limits.findings === 0 && limits.skipped === 0)) return text;
    limits = { findings: Math.floor(limits.findings / 2), skipped: Math.floor(limits.skipped / 2) };
  }
}

function render(result: ScanResult, context: MarkdownContext, comment: boolean, limits: { findings: number; skipped: number }): string {
  const { verdict } = context;
  const parts: string[] = [];
  if (comment) parts.push(COMMENT_MARKER);
  const status = verdict.passed ? '✅ passed' : verdict.warnOnly ? '⚠️ failed (warn-only: not blocking)' : '❌ failed';
  parts.push(`## tokengate ${status}`);
  parts.push(`**Score ${result.score.score}/100 (grade ${result.score.grade})**, min-score ${verdict.minScore}.`);
  parts.push(verdict.reasons.map((reason) => `- ${markdownText(reason)}`).join('\n'));
  parts.push(countsLine(result, context));
  if (context.notes?.length) parts.push(context.notes.map((note) => `> ${markdownText(note)}`).join('\n'));
  if (result.findings.length) {
    const counts = tally(result.findings);
    parts.push(`### Findings by category\n\n${categoryTable(counts)}${comment ? '' : `\n\n${mermaidChart(counts)}`}`);
    parts.push(`### ${context.newFingerprints ? 'Findings, new ones first' : 'Top findings'}\n\n${findingsTable(result.findings, context, limits.findings)}`);
    parts.push(`### Rule docs\n\n${ruleLinks(result.findings)}`);
  }
  if (result.skipped.length) parts.push(`### Skipped files\n\n${skippedTable(result, limits.skipped)}`);
  const footer = comment && context.runUrl ? `Full report: [job summary](${context.runUrl}). ` : '';
  parts.push(`<sub>${footer}tokengate ${TOOL_VERSION}</sub>`);
  return `${parts.join('\n\n')}\n`;
}

function countsLine(result: ScanResult, context: MarkdownContext): string {
  const files = tally(result.findings).files;
  const pieces = [`${plural(result.findings.length, 'finding')} in ${plural(files, 'file')}`];
  if (context.newFingerprints) pieces.push(`${context.newFingerprints.size} new on changed lines`);
  pieces.push(`${plural(result.stats.files, 'file')} scanned`);
  if (result.suppressed.length) pieces.push(`${result.suppressed.length} suppressed inline`);
  const leftOut = (result.stats.leftOut?.testFiles ?? 0) + (result.stats.leftOut?.docsFiles ?? 0);
  if (leftOut) pieces.push(`${leftOut} in test/docs files left out`);
  if (context.baselined) pieces.push(`${context.baselined} in the baseline (not counted)`);
  return pieces.join(' · ');
}

function categoryTable(counts: Tally): string {
  const rows = counts.categories.map(({ category, counts: row, total }) => `| ${category} | ${SEVERITIES.map((severity) => row[severity] || '').join(' | ')} | ${total} |`);
  return [
    `| Category | ${SEVERITIES.join(' | ')} | Total |`,
    `| --- | ${SEVERITIES.map(() => '---:').join(' | ')} | ---: |`,
    ...rows,
    `| **Total** | ${SEVERITIES.map((severity) => counts.bySeverity[severity]).join(' | ')} | ${counts.total} |`,
  ].join('\n');
}

/** Bar colours, matching the severity squares of the tables. */
const CHART_COLOURS: Record<Severity, string> = { critical: '#d73a49', high: '#f66a0a', medium: '#dbab09', low: '#959da5' };

/**
 * The HTML report's chart as a Mermaid xychart, which GitHub renders: one horizontal bar
 * per category, stacked by severity from low at the axis to critical. xychart draws its
 * bar series over each other, so the stack is drawn as running totals, the whole bar
 * (ending in its critical part) first and the low part last; a zero-length bar still
 * shows a sliver at the axis, which is then the neutral low colour.
 */
export function mermaidChart(counts: Tally): string {
  const fromAxis = [...SEVERITIES].reverse();
  const drawOrder = [...SEVERITIES];
  const series = drawOrder.map((severity) => {
    const included = fromAxis.slice(0, fromAxis.indexOf(severity) + 1);
    return counts.categories.map((row) => included.reduce((sum, each) => sum + row.counts[each], 0));
  });
  const max = Math.max(1, ...counts.categories.map((row) => row.total));
  const init = { theme: 'base', themeVariables: { xyChart: { plotColorPalette: drawOrder.map((severity) => CHART_COLOURS[severity]).join(', ') } } };
  return [
    '```mermaid',
    `%%{init: ${JSON.stringify(init)}}%%`,
    'xychart-beta horizontal',
    '  title "Findings by category and severity"',
    `  x-axis [${counts.categories.map((row) => `"${row.category}"`).join(', ')}]`,
    `  y-axis "Findings" 0 --> ${max}`,
    ...series.map((values) => `  bar [${values.join(', ')}]`),
    '```',
    '',
    `Bars stacked from the axis: ${fromAxis.map((severity) => SEVERITY_LABEL[severity]).join(', ')}.`,
  ].join('\n');
}

function findingsTable(findings: Finding[], context: MarkdownContext, limit: number): string {
  const isNew = (finding: Finding): boolean => context.newFingerprints?.has(finding.fingerprint) ?? false;
  const ordered = [...findings].sort(
    (a, b) => Number(isNew(b)) - Number(isNew(a)) || severityRank(b.severity) - severityRank(a.severity) || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line),
  );
  const diffAware = context.newFingerprints !== undefined;
  const header = diffAware ? '| | Severity | Rule | Location | Message |\n| --- | --- | --- | --- | --- |' : '| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |';
  const rows = ordered.slice(0, limit).map((finding) => {
    const cells = [SEVERITY_LABEL[finding.severity], `\`${finding.ruleId}\` ${finding.ruleName}`, location(finding, context), cell(finding.message)];
    if (diffAware) cells.unshift(isNew(finding) ? '🆕' : '');
    return `| ${cells.join(' | ')} |`;
  });
  const more = ordered.length - rows.length;
  if (more > 0) {
    const filler = diffAware ? '| | | | ' : '| | | ';
    rows.push(`${filler}| … and ${more} more (see the check run and the SARIF file) |`);
  }
  return [header, ...rows].join('\n');
}

/** The finding's place, and the places it relates to (the API document behind a route, say), each linked. */
function location(finding: Finding, context: MarkdownContext): string {
  const primary = place(finding, context);
  const related = (finding.related ?? []).slice(0, RELATED_SHOWN).map((entry) => place(entry, context));
  if (!related.length) return primary;
  const more = (finding.related?.length ?? 0) - related.length;
  return `${primary} (see ${related.join(', ')}${more > 0 ? ` and ${more} more` : ''})`;
}

/** The file name in a code span (shown as written), linked to the line when the commit is known. */
function place(at: { file: string; line: number }, context: MarkdownContext): string {
  const text = markdownCode(`${clip(at.file)}:${at.line}`, { inTable: true });
  if (!context.links) return text;
  const { serverUrl, repository, sha } = context.links;
  const file = at.file.split('/').map(encodeURIComponent).join('/');
  return `[${text}](${serverUrl}/${repository}/blob/${sha}/${file}#L${at.line})`;
}

function ruleLinks(findings: Finding[]): string {
  const rules = new Map<string, string>();
  for (const finding of findings) rules.set(finding.ruleId, finding.ruleName);
  return [...rules]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, name]) => `- [${id} ${name}](${ruleDocsUrl(id, name)})`)
    .join('\n');
}

function skippedTable(result: ScanResult, limit: number): string {
  const rows = result.skipped.slice(0, limit).map((skipped) => `| ${markdownCode(clip(skipped.file), { inTable: true })} | ${cell(skipped.reason)} |`);
  const more = result.skipped.length - rows.length;
  if (more > 0) rows.push(`| … and ${more} more | |`);
  return ['| File | Reason |', '| --- | --- |', ...rows].join('\n');
}

/** One table cell of prose: inert (markdownText keeps it on one line and escapes `|`), cut before escaping. */
function cell(text: string): string {
  return markdownText(clip(text.replace(/[ \t]+/g, ' ')));
}

function clip(text: string): string {
  return text.length > CELL_MAX ? `${text.slice(0, CELL_MAX - 1)}…` : text;
}
