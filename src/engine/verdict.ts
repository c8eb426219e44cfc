/**
 * The gate's verdict: the score against min-score, and the gated findings against
 * fail-on-severity. One module for every adapter (Action, CLI, MCP), so a red check can be
 * reproduced locally with the same words.
 */
import type { Finding, Severity } from './finding.js';
import { severityRank } from './finding.js';

export interface GateVerdict {
  passed: boolean;
  warnOnly: boolean;
  minScore: number;
  /** Why it failed, or why it passed, one sentence each. */
  reasons: string[];
}

export interface GateInput {
  score: number;
  minScore: number;
  /** The findings the severity gate looks at: new ones on a diff-aware run, else all. */
  gated: Finding[];
  /** 'new' when `gated` holds the findings on changed lines. */
  scope: 'new' | 'all';
  failOnSeverity: Severity | 'none';
  warnOnly: boolean;
}

const LISTED = 5;

export function evaluateGate(input: GateInput): GateVerdict {
  const reasons: string[] = [];
  const scoreFails = input.score < input.minScore;
  reasons.push(scoreFails ? `Score ${input.score} is below min-score ${input.minScore}.` : `Score ${input.score} meets min-score ${input.minScore}.`);
  const which = input.scope === 'new' ? 'new finding' : 'finding';
  let severityFails = false;
  if (input.failOnSeverity === 'none') {
    reasons.push('fail-on-severity is none: findings alone do not fail the gate.');
  } else {
    const threshold = severityRank(input.failOnSeverity);
    const blocking = input.gated.filter((finding) => severityRank(finding.severity) >= threshold);
    severityFails = blocking.length > 0;
    const level = input.failOnSeverity === 'critical' ? 'critical' : `${input.failOnSeverity} or above`;
    if (severityFails) {
      const listed = blocking.slice(0, LISTED).map((finding) => `${finding.ruleId} at ${finding.file}:${finding.line}`);
      const rest = blocking.length > LISTED ? ` and ${blocking.length - LISTED} more` : '';
      reasons.push(`${blocking.length} ${which}${blocking.length === 1 ? '' : 's'} of severity ${level}: ${listed.join(', ')}${rest}.`);
    } else {
      reasons.push(`No ${which} of severity ${level}.`);
    }
  }
  return { passed: !scoreFails && !severityFails, warnOnly: input.warnOnly, minScore: input.minScore, reasons };
}

/** The closing line of every adapter, so that a run reads the same locally as in CI. */
export function verdictLine(verdict: GateVerdict): string {
  const reasons = verdict.reasons.join(' ');
  if (verdict.passed) return `tokengate passed: ${reasons}`;
  if (verdict.warnOnly) return `tokengate gate failed (warn-only, not blocking): ${reasons}`;
  return `tokengate gate failed: ${reasons}`;
}
