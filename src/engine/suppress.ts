import type { Finding } from './finding.js';
import type { FileModel, SuppressionComment } from '../model/types.js';
import { findRule } from '../rules/index.js';

/** `tokengate: ignore[TG101, TG102] reason` (the comment marker is the front end's business). */
const SUPPRESSION = /tokengate:\s*ignore\[([^\]]*)\]\s*(.*)$/;

/** Parses the body of one comment; undefined when it is not a suppression. */
export function parseSuppression(commentText: string, line: number, column: number, standalone: boolean): SuppressionComment | undefined {
  const match = SUPPRESSION.exec(commentText);
  if (!match) return undefined;
  const ruleIds = match[1]!
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
    // a rule may be named by id or by name; unknown ones are kept (and reported) as written
    .map((id) => findRule(id)?.id ?? id.toUpperCase());
  return { line, column, ruleIds, reason: match[2]!.trim(), standalone };
}

/** Cheap test before a front end looks for suppression comments at all. */
export function mayContainSuppression(text: string): boolean {
  return text.includes('tokengate:');
}

export interface SuppressionOutcome {
  kept: Finding[];
  suppressed: Finding[];
  /** Suppressions without a reason (one per comment), or rule ids in them that suppress nothing (one per id). */
  problems: { file: string; comment: SuppressionComment; problem: 'no-reason' | 'unused'; ruleId: string }[];
}

/**
 * Applies inline suppressions: a comment on the finding's line, or standing alone on the
 * line above it. A suppression without a reason still applies, and is reported.
 */
export function applySuppressions<T extends Pick<FileModel, 'suppressions'> = FileModel>(
  findings: Finding[],
  /** Per file, what holds its suppression comments: a code file's model, or an API document's YAML file. */
  models: Map<string, T>,
  /** Whether the rule ran on the file: a suppression for a rule that is off (or skips the file) is not stale. */
  ruleRan: (ruleId: string, model: T) => boolean = () => true,
): SuppressionOutcome {
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  const used = new Map<SuppressionComment, Set<string>>();
  for (const finding of findings) {
    const comments = models.get(finding.file)?.suppressions ?? [];
    const match = comments.find(
      (comment) => comment.ruleIds.includes(finding.ruleId) && (comment.line === finding.line || (comment.standalone && comment.line + 1 === finding.line)),
    );
    if (match) {
      const ids = used.get(match) ?? new Set<string>();
      ids.add(finding.ruleId);
      used.set(match, ids);
      suppressed.push(finding);
    } else {
      kept.push(finding);
    }
  }
  const problems: SuppressionOutcome['problems'] = [];
  for (const [file, model] of models) {
    for (const comment of model.suppressions) {
      if (!comment.reason) problems.push({ file, comment, problem: 'no-reason', ruleId: comment.ruleIds[0] ?? '' });
      if (comment.ruleIds.length === 0) problems.push({ file, comment, problem: 'unused', ruleId: '' });
      for (const ruleId of new Set(comment.ruleIds)) {
        if (used.get(comment)?.has(ruleId)) continue;
        if (findRule(ruleId) && !ruleRan(ruleId, model)) continue;
        problems.push({ file, comment, problem: 'unused', ruleId });
      }
    }
  }
  return { kept, suppressed, problems };
}
