/**
 * The text content of the tool results: short, readable by a person in an editor and by
 * a model. Paths, messages and reasons can carry text from the scanned tree (file names,
 * identifiers), so control and bidirectional-override characters are shown escaped.
 * No source line is ever shown: it could hold the secret a finding names.
 */
import { terminalText as printable } from '../report/escape.js';
import { countBySeverity, type ListRulesResult, type ScanPathResult, type ScanSnippetResult, type ToolFinding } from './results.js';

const SEVERITY_LABEL: Record<ToolFinding['severity'], string> = { critical: 'CRITICAL', high: 'HIGH', medium: 'MEDIUM', low: 'LOW' };


function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function severityCounts(counts: ScanPathResult['counts']): string {
  const listed = (['critical', 'high', 'medium', 'low'] as const)
    .map((severity) => [severity, counts[severity]] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`);
  return listed.length ? ` (${listed.join(', ')})` : '';
}

function renderFinding(finding: ToolFinding): string[] {
  const lines = [
    `${printable(finding.file)}:${finding.line}:${finding.column}  ${finding.ruleId} ${finding.ruleName}  ${SEVERITY_LABEL[finding.severity]}${finding.new ? '  (new)' : ''}`,
    `  ${printable(finding.message)}`,
  ];
  for (const related of finding.related ?? []) lines.push(`  See also ${printable(related.file)}:${related.line}:${related.column}: ${printable(related.message)}`);
  if (finding.fix) lines.push(`  Fix: ${printable(finding.fix)}`);
  lines.push(`  Docs: ${finding.docs}`);
  return lines;
}

function renderSkipped(skipped: { file: string; reason: string }[]): string[] {
  if (!skipped.length) return [];
  return ['', `Not analysed (${plural(skipped.length, 'file')}):`, ...skipped.map((entry) => `  ${printable(entry.file)}: ${printable(entry.reason)}`)];
}

export function renderScanPath(result: ScanPathResult): string {
  const where = result.target === '.' ? printable(result.root) : `${printable(result.target)} in ${printable(result.root)}`;
  const out = [
    `tokengate scanned ${where}: ${plural(result.stats.files, 'file')}, ${plural(result.stats.lines, 'line')}.`,
    `Score ${result.score}/100, grade ${result.grade}.`,
    `Gate ${result.verdict.passed ? 'passed' : 'FAILED'}: ${result.verdict.reasons.map(printable).join(' ')}`,
    '',
  ];
  const changed = result.changedSince !== undefined ? `, ${result.newFindings ?? 0} on lines changed since ${printable(result.changedSince)}` : '';
  const suppressed = result.suppressed ? `, ${result.suppressed} suppressed` : '';
  out.push(`${plural(result.findingsTotal, 'finding')}${severityCounts(result.counts)}${changed}${suppressed}${result.findings.length ? ':' : '.'}`);
  for (const finding of result.findings) out.push('', ...renderFinding(finding));
  if (result.findingsOmitted) out.push('', `... and ${result.findingsOmitted} more, less severe (raise max_findings to see them).`);
  out.push(...renderSkipped(result.skipped));
  return `${out.join('\n')}\n`;
}

export function renderScanSnippet(result: ScanSnippetResult): string {
  const out: string[] = [];
  if (!result.analysed) {
    out.push(`The snippet (${printable(result.path)}, ${result.language}) could NOT be analysed: ${printable(result.reason ?? 'unknown reason')}.`, 'No findings here does not mean the code is safe.');
    return `${out.join('\n')}\n`;
  }
  const suppressed = result.suppressed ? `, ${result.suppressed} suppressed` : '';
  out.push(`Snippet scanned as ${printable(result.path)} (${result.language}): ${plural(result.findings.length, 'finding')}${severityCounts(countBySeverity(result.findings))}${suppressed}, score ${result.score}/100, grade ${result.grade}.`);
  for (const finding of result.findings) out.push('', ...renderFinding(finding));
  return `${out.join('\n')}\n`;
}

export function renderRuleList(result: ListRulesResult): string {
  const out = [`${plural(result.rules.length, 'rule')} (explain_rule gives the details; each is a resource tokengate://rules/<id>):`, ''];
  for (const rule of result.rules) out.push(`${rule.id} ${rule.name}  ${rule.severity}, ${rule.category}, ${rule.languages.join('/')}${rule.scope === 'repository' ? ', whole repository' : ''}`);
  return `${out.join('\n')}\n`;
}
