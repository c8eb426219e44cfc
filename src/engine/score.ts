import type { Finding, Severity } from './finding.js';

/** Points one finding of a rule takes off the score. */
export const SEVERITY_WEIGHTS: Record<Severity, number> = { critical: 30, high: 15, medium: 6, low: 2 };
/** Each further finding of the same rule counts this share of the first… */
export const REPEAT_FACTOR = 0.5;
/** …up to this many times the weight of one finding, per rule. */
export const PER_RULE_CAP = 3;
/** The highest score a repository with any critical finding can have (grade D at best). */
export const CRITICAL_CAP = 69;
export const GRADE_CUTOFFS: [grade: 'A' | 'B' | 'C' | 'D', min: number][] = [
  ['A', 90],
  ['B', 80],
  ['C', 70],
  ['D', 60],
];

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

export interface ScoreResult {
  score: number;
  grade: Grade;
  /** Points taken off, per rule id, before rounding and the critical cap. */
  deductions: Record<string, number>;
  criticalCapped: boolean;
}

export function gradeFor(score: number): Grade {
  for (const [grade, min] of GRADE_CUTOFFS) if (score >= min) return grade;
  return 'F';
}

/**
 * 100 minus, per rule, weight × (1 + 0.5 × (n − 1)) capped at 3 × weight; a critical
 * finding caps the score at 69. Depends only on the multiset of (rule, severity).
 */
export function computeScore(findings: Pick<Finding, 'ruleId' | 'severity'>[]): ScoreResult {
  const byRule = new Map<string, { count: number; weight: number }>();
  for (const finding of findings) {
    const entry = byRule.get(finding.ruleId) ?? { count: 0, weight: 0 };
    entry.count++;
    // a rule's weight is that of its most severe finding (config may override severity per rule)
    entry.weight = Math.max(entry.weight, SEVERITY_WEIGHTS[finding.severity]);
    byRule.set(finding.ruleId, entry);
  }
  const deductions: Record<string, number> = {};
  let total = 0;
  for (const ruleId of [...byRule.keys()].sort()) {
    const { count, weight } = byRule.get(ruleId)!;
    const deduction = Math.min(weight * (1 + REPEAT_FACTOR * (count - 1)), weight * PER_RULE_CAP);
    deductions[ruleId] = deduction;
    total += deduction;
  }
  let score = Math.max(0, Math.round(100 - total));
  const hasCritical = findings.some((finding) => finding.severity === 'critical');
  const criticalCapped = hasCritical && score > CRITICAL_CAP;
  if (hasCritical) score = Math.min(score, CRITICAL_CAP);
  return { score, grade: gradeFor(score), deductions, criticalCapped };
}
