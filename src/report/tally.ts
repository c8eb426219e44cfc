/**
 * Findings counted by category and severity: the table and chart of every report (the
 * Markdown table and Mermaid chart, the HTML chart, the text summary) read this one tally.
 */
import type { Category, Finding, Severity } from '../engine/finding.js';
import { CATEGORIES, SEVERITIES, SUPPRESSION_RULES } from '../engine/finding.js';
import type { ScanStats } from '../engine/scan.js';
import { DOCS_BASE_URL } from '../version.js';

export type SeverityCounts = Record<Severity, number>;

export interface Tally {
  /** Categories that have findings, in the vocabulary's order. */
  categories: { category: Category; counts: SeverityCounts; total: number }[];
  bySeverity: SeverityCounts;
  total: number;
  files: number;
}

export function emptyCounts(): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0 };
}

export function tally(findings: readonly Finding[]): Tally {
  const byCategory = new Map<Category, SeverityCounts>();
  const bySeverity = emptyCounts();
  for (const finding of findings) {
    const counts = byCategory.get(finding.category) ?? emptyCounts();
    counts[finding.severity]++;
    byCategory.set(finding.category, counts);
    bySeverity[finding.severity]++;
  }
  const categories = CATEGORIES.filter((category) => byCategory.has(category)).map((category) => {
    const counts = byCategory.get(category)!;
    return { category, counts, total: SEVERITIES.reduce((sum, severity) => sum + counts[severity], 0) };
  });
  return { categories, bySeverity, total: findings.length, files: new Set(findings.map((finding) => finding.file)).size };
}

/** "2 critical, 1 low": the non-zero severities, most severe first. */
export function severityList(counts: SeverityCounts): string {
  return SEVERITIES.filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${severity}`)
    .join(', ');
}

/** The rule's documentation page; the engine's suppression checks are described with the rules index. */
export function ruleDocsUrl(ruleId: string, ruleName: string): string {
  const suppression = Object.values(SUPPRESSION_RULES).some((meta) => meta.id === ruleId);
  return suppression ? `${DOCS_BASE_URL}/README.md#suppressions` : `${DOCS_BASE_URL}/${ruleName}.md`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * "Left out: 3 findings in test files, 1 in docs files (they do not count)." when the scan
 * reports findings it did not count because of the test-file and docs-file policy.
 */
export function leftOutLine(stats: ScanStats): string | undefined {
  const leftOut = stats.leftOut;
  const parts = [leftOut?.testFiles ? `${plural(leftOut.testFiles, 'finding')} in test files` : '', leftOut?.docsFiles ? `${leftOut.docsFiles} in docs files` : ''].filter(Boolean);
  const settings = [leftOut?.testFiles ? 'test-files: scan' : '', leftOut?.docsFiles ? 'docs-files: scan' : ''].filter(Boolean);
  return parts.length ? `Left out ${parts.join(', ')} (they do not count; ${settings.join(', ')} counts them).` : undefined;
}
