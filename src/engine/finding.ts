import { createHash } from 'node:crypto';

/** The category vocabulary of DESIGN.md: every finding carries exactly one. */
export const CATEGORIES = [
  'verify-disabled',
  'alg-not-pinned',
  'alg-none',
  'alg-confusion',
  'hardcoded-secret',
  'weak-secret',
  'no-exp',
  'long-exp',
  'exp-not-verified',
  'claims-not-verified',
  'token-logged',
  'token-in-url',
  'token-cache-key',
  'token-reflected',
  'unstable-key',
  'double-release',
  'release-missing',
  'fail-open',
  'unguarded-split',
  'timing-compare',
  'missing-auth-route',
  'spec-mismatch',
  'insecure-storage',
  'scattered-validation',
  // not in DESIGN.md's 24: code the analysis could not cover is no token weakness, and the gate must still count it
  'not-analysed',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity); // critical 4 … low 1
}

export type Language = 'python' | 'typescript' | 'javascript';

/** The engine's own checks of suppression comments (not rule modules: they run after all rules). */
export const SUPPRESSION_RULES = {
  noReason: { id: 'TG901', name: 'suppression-without-reason' },
  unused: { id: 'TG902', name: 'unused-suppression' },
} as const;

export interface Finding {
  ruleId: string;
  ruleName: string;
  category: Category;
  severity: Severity;
  /** Relative to the scan root, with `/`. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Never contains a secret or token value from the scanned code. */
  message: string;
  /** One line on how to fix it. */
  fix?: string;
  /** Further locations (e.g. the other release site), for reports that can show them. */
  related?: { file: string; line: number; column: number; message: string }[];
  fingerprint: string;
}

/** What a rule reports before the engine adds file, rule metadata and fingerprint. */
export interface RawFinding {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  /** Overrides the rule's file (repository rules report into any file). */
  file?: string;
  related?: { file: string; line: number; column: number; message: string }[];
  /**
   * Findings of one rule with the same key are one finding, kept at the first file and
   * line: a constant defined in one module and used in several is reported once.
   */
  once?: string;
  /** A finding more severe than its rule's default (a writing method, say); a severity the config sets for the rule wins. */
  severity?: Severity;
}

/**
 * A fingerprint that survives lines shifting above the finding: the rule, the file,
 * the finding's line text with whitespace folded, and the index among identical ones.
 */
export function fingerprintFindings(findings: Omit<Finding, 'fingerprint'>[], lineText: (file: string, line: number) => string): Finding[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const normalized = lineText(finding.file, finding.line).replace(/\s+/g, ' ').trim();
    const base = `${finding.ruleId}\0${finding.file}\0${normalized}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    const fingerprint = createHash('sha256').update(`${base}\0${occurrence}`).digest('hex').slice(0, 32);
    return { ...finding, fingerprint };
  });
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
