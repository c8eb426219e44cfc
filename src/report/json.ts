import type { ScanResult } from '../engine/scan.js';
import { TOOL_VERSION } from '../version.js';

/** The JSON contract of DESIGN.md: score, grade, findings[], stats (plus skipped files). */
export function toJsonReport(result: ScanResult, gate?: { minScore: number; passed: boolean }): object {
  return {
    tool: 'tokengate',
    version: TOOL_VERSION,
    score: result.score.score,
    grade: result.score.grade,
    ...(gate ? { minScore: gate.minScore, passed: gate.passed } : {}),
    findings: result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      ruleName: finding.ruleName,
      category: finding.category,
      severity: finding.severity,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      ...(finding.endLine !== undefined ? { endLine: finding.endLine, endColumn: finding.endColumn } : {}),
      message: finding.message,
      ...(finding.fix ? { fix: finding.fix } : {}),
      ...(finding.related ? { related: finding.related } : {}),
      fingerprint: finding.fingerprint,
    })),
    suppressed: result.suppressed.length,
    skipped: result.skipped,
    stats: result.stats,
  };
}

export function renderJson(result: ScanResult, gate?: { minScore: number; passed: boolean }): string {
  return `${JSON.stringify(toJsonReport(result, gate), null, 2)}\n`;
}
