/**
 * The Markdown report: the job summary and the sticky PR comment render the same content,
 * the comment with fewer rows. Output stays under a size cap by dropping table rows (with
 * an "… and N more" row), never by cutting a table in half.
 */
import type { Finding, Severity } from '../engine/finding.js';
import { CATEGORIES, SEVERITIES, SUPPRESSION_RULES, severityRank } from '../engine/finding.js';
import type { ScanResult } from '../engine/scan.js';
import type { GateVerdict } from '../engine/verdict.js';
import { DOCS_BASE_URL, TOOL_VERSION } from '../version.js';

/** The hidden line that finds the sticky comment again. */
export const COMMENT_MARKER = '<!-- tokengate -->';
/** GitHub's limits: a step summary holds 1 MiB, an issue comment 65,536 characters. */
export const SUMMARY_MAX_BYTES = 1024 * 1024;
export const COMMENT_MAX_CHARS = 65_536;


export interface MarkdownContext {
  verdict: GateVerdict;
  /** Findings on the change's added lines (diff-aware runs); undefined when not diff-aware. */
  newFingerprints?: Set<string>;
  /** Links to lines at this commit; file paths in the result are relative to the repository root. */
  links?: { serverUrl: string; repository: string; sha: string };
  /** Findings not counted because the baseline holds them. */
  baselined?: number;
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
  parts.push(verdict.reasons.map((reason) => `- ${reason}`).join('\n'));
  parts.push(countsLine(result, context));
  if (context.notes?.length) parts.push(context.notes.map((note) => `> ${note}`).join('\n'));
  if (result.findings.length) {
    parts.push(`### Findings by category\n\n${categoryTable(result.findings)}`);
    parts.push(`### ${context.newFingerprints ? 'Findings, new ones first' : 'Top findings'}\n\n${findingsTable(result.findings, context, limits.findings)}`);
    parts.push(`### Rule docs\n\n${ruleLinks(result.findings)}`);
  }
  if (result.skipped.length) parts.push(`### Skipped files\n\n${skippedTable(result, limits.skipped)}`);
  const footer = comment && context.runUrl ? `Full report: [job summary](${context.runUrl}). ` : '';
  parts.push(`<sub>${footer}tokengate ${TOOL_VERSION}</sub>`);
  return `${parts.join('\n\n')}\n`;
}

function countsLine(result: ScanResult, context: MarkdownContext): string {
  const files = new Set(result.findings.map((finding) => finding.file)).size;
  const pieces = [`${plural(result.findings.length, 'finding')} in ${plural(files, 'file')}`];
  if (context.newFingerprints) pieces.push(`${context.newFingerprints.size} new on changed lines`);
  pieces.push(`${plural(result.stats.files, 'file')} scanned`);
  if (result.suppressed.length) pieces.push(`${result.suppressed.length} suppressed inline`);
  if (context.baselined) pieces.push(`${context.baselined} in the baseline (not counted)`);
  return pieces.join(' · ');
}

function categoryTable(findings: Finding[]): string {
  const counts = new Map<string, Record<Severity, number>>();
  for (const finding of findings) {
    const row = counts.get(finding.category) ?? { critical: 0, high: 0, medium: 0, low: 0 };
    row[finding.severity]++;
    counts.set(finding.category, row);
  }
  const rows = CATEGORIES.filter((category) => counts.has(category)).map((category) => {
    const row = counts.get(category)!;
    const total = SEVERITIES.reduce((sum, severity) => sum + row[severity], 0);
    return `| ${category} | ${SEVERITIES.map((severity) => row[severity] || '').join(' | ')} | ${total} |`;
  });
  const totals = SEVERITIES.map((severity) => findings.filter((finding) => finding.severity === severity).length);
  return [
    `| Category | ${SEVERITIES.join(' | ')} | Total |`,
    `| --- | ${SEVERITIES.map(() => '---:').join(' | ')} | ---: |`,
    ...rows,
    `| **Total** | ${totals.join(' | ')} | ${findings.length} |`,
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

function place(at: { file: string; line: number }, context: MarkdownContext): string {
  const text = `${cell(at.file)}:${at.line}`;
  if (!context.links) return `\`${text}\``;
  const { serverUrl, repository, sha } = context.links;
  const file = at.file.split('/').map(encodeURIComponent).join('/');
  return `[${text}](${serverUrl}/${repository}/blob/${sha}/${file}#L${at.line})`;
}

function ruleLinks(findings: Finding[]): string {
  const rules = new Map<string, string>();
  for (const finding of findings) rules.set(finding.ruleId, finding.ruleName);
  const suppressionIds: string[] = Object.values(SUPPRESSION_RULES).map((meta) => meta.id);
  return [...rules]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, name]) => `- [${id} ${name}](${suppressionIds.includes(id) ? `${DOCS_BASE_URL}/README.md#suppressions` : `${DOCS_BASE_URL}/${name}.md`})`)
    .join('\n');
}

function skippedTable(result: ScanResult, limit: number): string {
  const rows = result.skipped.slice(0, limit).map((skipped) => `| \`${cell(skipped.file)}\` | ${cell(skipped.reason)} |`);
  const more = result.skipped.length - rows.length;
  if (more > 0) rows.push(`| … and ${more} more | |`);
  return ['| File | Reason |', '| --- | --- |', ...rows].join('\n');
}

/** One table cell: no line breaks, no column breaks, no HTML. */
function cell(text: string): string {
  const flat = text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return flat.length > CELL_MAX ? `${flat.slice(0, CELL_MAX - 1)}…` : flat;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
