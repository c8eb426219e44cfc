/**
 * The terminal report: per finding its place, severity, rule, message, a code frame, the
 * related locations, the fix and the rule's page; then a summary (counts by severity and
 * category, files scanned and left out, skipped files with reasons, score, verdict).
 * Everything taken from the scanned code goes through terminalText. No timings: the
 * output is deterministic.
 */
import type { Finding } from '../engine/finding.js';
import type { ScanResult } from '../engine/scan.js';
import { verdictLine } from '../engine/verdict.js';
import { codeFrame, type SourceLines } from './code-frame.js';
import type { ReportContext } from './context.js';
import { terminalText } from './escape.js';
import { secretLiterals } from './redact.js';
import { makeStyle, type Style } from './style.js';
import { leftOutLine, plural, ruleDocsUrl, severityList, tally } from './tally.js';

export interface TextOptions {
  color?: boolean;
  /** Source lines for code frames; without it, findings have no frame. */
  source?: SourceLines;
}

export function renderText(result: ScanResult, context: ReportContext, options: TextOptions = {}): string {
  const style = makeStyle(options.color ?? false);
  const secrets = options.source ? secretLiterals(result) : [];
  const out: string[] = [];
  for (const finding of result.findings) {
    out.push(...findingBlock(finding, context, style, options.source, secrets), '');
  }
  out.push(...summary(result, context, style));
  return `${out.join('\n')}\n`;
}

function findingBlock(finding: Finding, context: ReportContext, style: Style, source: SourceLines | undefined, secrets: readonly string[]): string[] {
  const isNew = context.newFingerprints?.has(finding.fingerprint);
  const place = style.bold(`${terminalText(finding.file)}:${finding.line}:${finding.column}`);
  const tag = isNew ? `  ${style.magenta('new')}` : '';
  const lines = [`${place}  ${style.severity(finding.severity, finding.severity.toUpperCase())}  ${style.bold(finding.ruleId)} ${finding.ruleName}${tag}`];
  lines.push(`  ${terminalText(finding.message)}`);
  const frame = source ? codeFrame(finding, source, secrets) : undefined;
  if (frame) {
    const width = String(Math.max(...frame.rows.map((row) => row.lineNumber))).length;
    for (const row of frame.rows) {
      const gutter = `${row.marked ? '>' : ' '} ${String(row.lineNumber).padStart(width)} |`;
      lines.push(`  ${row.marked ? style.bold(gutter) : style.dim(gutter)}${row.text ? ` ${row.text}` : ''}`);
      if (row.marked) lines.push(`  ${style.dim(`  ${' '.repeat(width)} |`)} ${' '.repeat(frame.caret.start)}${style.severity(finding.severity, '^'.repeat(frame.caret.length))}`);
    }
  }
  for (const related of finding.related ?? []) {
    lines.push(`  ${style.dim('related:')} ${terminalText(related.file)}:${related.line}:${related.column} ${terminalText(related.message)}`);
  }
  if (finding.fix) lines.push(`  ${style.dim('fix:')} ${terminalText(finding.fix)}`);
  lines.push(`  ${style.dim('docs:')} ${style.cyan(ruleDocsUrl(finding.ruleId, finding.ruleName))}`);
  return lines;
}


function summary(result: ScanResult, context: ReportContext, style: Style): string[] {
  const counts = tally(result.findings);
  const lines = [style.bold('Summary')];
  const extra: string[] = [];
  if (context.newFingerprints) extra.push(`${context.newFingerprints.size} new on changed lines`);
  if (result.suppressed.length) extra.push(`${result.suppressed.length} suppressed inline`);
  if (context.baselined) extra.push(`${context.baselined} in the baseline (not counted)`);
  const bySeverity = counts.total ? `: ${severityList(counts.bySeverity)}` : '';
  lines.push(`  ${plural(counts.total, 'finding')}${counts.total ? ` in ${plural(counts.files, 'file')}` : ''}${bySeverity}${extra.length ? `; ${extra.join(', ')}` : ''}.`);
  if (counts.categories.length) {
    const width = Math.max(...counts.categories.map((row) => row.category.length));
    for (const row of counts.categories) lines.push(`    ${row.category.padEnd(width)}  ${severityList(row.counts)}`);
  }
  const { stats } = result;
  const perLanguage = Object.entries(stats.languages)
    .map(([language, entry]) => `${language} ${plural(entry.files, 'file')} / ${plural(entry.lines, 'line')}`)
    .join(', ');
  const leftOut = leftOutLine(stats);
  lines.push(`  Scanned ${plural(stats.files, 'file')}, ${plural(stats.lines, 'line')}${perLanguage ? ` (${perLanguage})` : ''}.${leftOut ? ` ${leftOut}` : ''}`);
  if (result.skipped.length) {
    lines.push(`  Skipped ${plural(result.skipped.length, 'file')}:`);
    for (const skipped of result.skipped) lines.push(`    ${terminalText(skipped.file)}: ${terminalText(skipped.reason)}`);
  }
  lines.push(`  Score ${style.bold(`${result.score.score}/100`)}, grade ${style.bold(result.score.grade)}${result.score.criticalCapped ? ' (capped by a critical finding)' : ''}.`);
  const verdict = terminalText(verdictLine(context.verdict));
  lines.push(context.verdict.passed ? style.green(verdict) : context.verdict.warnOnly ? style.yellow(verdict) : style.red(verdict));
  return lines;
}
