import type { Finding } from './finding.js';
import type { FileModel, SuppressionComment } from '../model/types.js';

/** `tokengate: ignore[TG101, TG102] reason` (the comment marker is the front end's business). */
const SUPPRESSION = /tokengate:\s*ignore\[([^\]]*)\]\s*(.*)$/;

/** Parses the body of one comment; undefined when it is not a suppression. */
export function parseSuppression(commentText: string, line: number, column: number, standalone: boolean): SuppressionComment | undefined {
  const match = SUPPRESSION.exec(commentText);
  if (!match) return undefined;
  const ruleIds = match[1]!
    .split(',')
    .map((id) => id.trim().toUpperCase())
    .filter(Boolean);
  return { line, column, ruleIds, reason: match[2]!.trim(), standalone };
}

/** Cheap test before a front end looks for suppression comments at all. */
export function mayContainSuppression(text: string): boolean {
  return text.includes('tokengate:');
}

export interface SuppressionOutcome {
  kept: Finding[];
  suppressed: Finding[];
  /** Suppressions without a reason, or that suppress nothing. */
  problems: { file: string; comment: SuppressionComment; problem: 'no-reason' | 'unused'; ruleId: string }[];
}

/**
 * Applies inline suppressions: a comment on the finding's line, or standing alone on the
 * line above it. A suppression without a reason still applies, and is reported.
 */
export function applySuppressions(findings: Finding[], models: Map<string, FileModel>): SuppressionOutcome {
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  const used = new Set<SuppressionComment>();
  for (const finding of findings) {
    const comments = models.get(finding.file)?.suppressions ?? [];
    const match = comments.find(
      (comment) => comment.ruleIds.includes(finding.ruleId) && (comment.line === finding.line || (comment.standalone && comment.line + 1 === finding.line)),
    );
    if (match) {
      used.add(match);
      suppressed.push(finding);
    } else {
      kept.push(finding);
    }
  }
  const problems: SuppressionOutcome['problems'] = [];
  for (const [file, model] of models) {
    for (const comment of model.suppressions) {
      const ruleId = comment.ruleIds[0] ?? '';
      if (!comment.reason) problems.push({ file, comment, problem: 'no-reason', ruleId });
      if (!used.has(comment)) problems.push({ file, comment, problem: 'unused', ruleId });
    }
  }
  return { kept, suppressed, problems };
}
