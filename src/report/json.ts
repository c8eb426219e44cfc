import type { ScanResult } from '../engine/scan.js';
import { TOOL_VERSION } from '../version.js';

/** The gate as the JSON shows it; a GateVerdict fits, and adds its reasons. */
export interface JsonGate {
  minScore: number;
  passed: boolean;
  warnOnly?: boolean;
  reasons?: string[];
}

/** What the gate counted, when it was not every finding. */
export interface JsonExtras {
  /** Findings on changed lines (--changed-since): each finding says `new`, and `newFindings` counts them. */
  newFingerprints?: Set<string>;
  baselined?: number;
}

/** The JSON contract of DESIGN.md: score, grade, findings[], stats (plus skipped files). Fields are only ever added. */
export function toJsonReport(result: ScanResult, gate?: JsonGate, extras: JsonExtras = {}): object {
  const { newFingerprints } = extras;
  return {
    tool: 'tokengate',
    version: TOOL_VERSION,
    score: result.score.score,
    grade: result.score.grade,
    ...(gate ? { minScore: gate.minScore, passed: gate.passed } : {}),
    ...(gate?.warnOnly !== undefined ? { warnOnly: gate.warnOnly } : {}),
    ...(gate?.reasons ? { reasons: gate.reasons } : {}),
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
      ...(newFingerprints ? { new: newFingerprints.has(finding.fingerprint) } : {}),
    })),
    ...(newFingerprints ? { newFindings: result.findings.filter((finding) => newFingerprints.has(finding.fingerprint)).length } : {}),
    suppressed: result.suppressed.length,
    ...(extras.baselined !== undefined ? { baselined: extras.baselined } : {}),
    skipped: result.skipped,
    stats: result.stats,
  };
}

export function renderJson(result: ScanResult, gate?: JsonGate, extras: JsonExtras = {}): string {
  return `${JSON.stringify(toJsonReport(result, gate, extras), null, 2)}\n`;
}
