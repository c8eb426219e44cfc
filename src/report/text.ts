import type { Finding } from '../engine/finding.js';
import type { ScanResult } from '../engine/scan.js';

const SEVERITY_LABEL: Record<Finding['severity'], string> = { critical: 'CRITICAL', high: 'HIGH', medium: 'MEDIUM', low: 'LOW' };

/** Findings grouped by file, then the score and the skipped files. No timings: output is deterministic. */
export function renderText(result: ScanResult, gate?: { minScore: number; passed: boolean }): string {
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  for (const [file, findings] of byFile) {
    out.push(file);
    for (const finding of findings) {
      out.push(`  ${finding.line}:${finding.column}  ${finding.ruleId} ${finding.ruleName}  ${SEVERITY_LABEL[finding.severity]}`);
      out.push(`    ${finding.message}`);
      for (const related of finding.related ?? []) out.push(`    See also ${related.file}:${related.line}:${related.column}: ${related.message}`);
      if (finding.fix) out.push(`    Fix: ${finding.fix}`);
    }
    out.push('');
  }
  const { stats } = result;
  const perLanguage = Object.entries(stats.languages)
    .map(([language, entry]) => `${language} ${plural(entry.files, 'file')} / ${plural(entry.lines, 'line')}`)
    .join(', ');
  out.push(`Scanned ${plural(stats.files, 'file')}, ${plural(stats.lines, 'line')}${perLanguage ? ` (${perLanguage})` : ''}.`);
  const counts = (['critical', 'high', 'medium', 'low'] as const)
    .map((severity) => [severity, result.findings.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`);
  out.push(`${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}${counts.length ? ` (${counts.join(', ')})` : ''}${result.suppressed.length ? `, ${result.suppressed.length} suppressed` : ''}.`);
  const leftOut = leftOutLine(result);
  if (leftOut) out.push(leftOut);
  out.push(`Score: ${result.score.score}/100, grade ${result.score.grade}${result.score.criticalCapped ? ' (capped by a critical finding)' : ''}.`);
  if (gate) out.push(gate.passed ? `Gate passed (minimum score ${gate.minScore}).` : `Gate FAILED: score ${result.score.score} is below the minimum ${gate.minScore}.`);
  if (result.skipped.length) {
    out.push('');
    out.push(`Skipped ${result.skipped.length} file${result.skipped.length === 1 ? '' : 's'}:`);
    for (const skipped of result.skipped) out.push(`  ${skipped.file}: ${skipped.reason}`);
  }
  return `${out.join('\n')}\n`;
}

/** "3 findings in test files and 1 in docs files left out (test-files: scan, docs-files: scan count them)." */
export function leftOutLine(result: Pick<ScanResult, 'stats'>): string | undefined {
  const { testFiles, docsFiles } = result.stats.leftOut ?? { testFiles: 0, docsFiles: 0 };
  if (testFiles + docsFiles === 0) return undefined;
  const parts = [testFiles ? `${plural(testFiles, 'finding')} in test files` : '', docsFiles ? `${testFiles ? docsFiles : plural(docsFiles, 'finding')} in docs files` : ''].filter(Boolean);
  const settings = [testFiles ? 'test-files: scan' : '', docsFiles ? 'docs-files: scan' : ''].filter(Boolean);
  return `${parts.join(' and ')} left out (${settings.join(', ')} ${settings.length === 1 ? 'counts them' : 'count them'}).`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
