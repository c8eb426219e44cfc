import type { RuleName } from './config.js';
import type { Finding } from './finding.js';
import type { FileModel, SuppressionComment } from '../model/types.js';

/** `tokengate: ignore[TG101, TG102] reason` (the comment marker is the front end's business). */
const SUPPRESSION = /tokengate:\s*ignore\[([^\]]*)\]\s*(.*)$/;
/**
 * A comment that means to be a suppression but is not written as one: another case
 * (`Tokengate: Ignore[…]`), no brackets (`ignore TG101`), other words (`disable`). It is
 * reported rather than ignored, since its author believes the finding is suppressed.
 */
const ATTEMPT = /\btokengate\b\s*[:=]?\s*(?:ignore|disable|noqa|nosec|skip|suppress|off)\b.*/i;
/** `ignore[all]`: refused by name, so that a new kind of finding on the line is still reported. */
export const ALL_RULES = 'all';

/** Parses the body of one comment; undefined when it is not a suppression, nor meant as one. */
export function parseSuppression(commentText: string, line: number, column: number, standalone: boolean): SuppressionComment | undefined {
  const match = SUPPRESSION.exec(commentText);
  if (!match) {
    const attempt = ATTEMPT.exec(commentText);
    if (!attempt) return undefined;
    const written = attempt[0].replace(/\*\/\s*$/, '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
    return { line, column, ruleIds: [], reason: '', standalone, malformed: written.length > 60 ? `${written.slice(0, 57)}...` : written };
  }
  const ruleIds = match[1]!
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
    // a rule may be named by id or by name: names are resolved to ids where the rules are known (applySuppressions);
    // unknown ones are kept (and reported) as written
    .map((id) => (id.toLowerCase() === ALL_RULES ? ALL_RULES : /^tg\d+$/i.test(id) ? id.toUpperCase() : id));
  return { line, column, ruleIds, reason: match[2]!.trim(), standalone };
}

/** Cheap test before a front end looks for suppression comments at all (any case: malformed ones count). */
export function mayContainSuppression(text: string): boolean {
  return /tokengate/i.test(text);
}

export interface SuppressionOutcome {
  kept: Finding[];
  suppressed: Finding[];
  /** Suppressions without a reason (one per comment), rule ids in them that suppress nothing (one per id), malformed ones. */
  problems: { file: string; comment: SuppressionComment; problem: 'no-reason' | 'unused' | 'malformed'; ruleId: string }[];
}

/**
 * Applies inline suppressions: a comment on the finding's line, or standing alone on the
 * line above it. A suppression without a reason still applies, and is reported.
 */
export function applySuppressions<T extends Pick<FileModel, 'suppressions'> = FileModel>(
  findings: Finding[],
  /** Per file, what holds its suppression comments: a code file's model, or an API document's YAML file. */
  models: Map<string, T>,
  /** The rules a suppression may name, by id or by name; unknown names are kept (and reported) in capitals. */
  rules: readonly RuleName[],
  /** Whether the rule ran on the file: a suppression for a rule that is off (or skips the file) is not stale. */
  ruleRan: (ruleId: string, model: T) => boolean = () => true,
): SuppressionOutcome {
  const idOf = (written: string): string =>
    written === ALL_RULES ? ALL_RULES : (rules.find((rule) => rule.id === written.toUpperCase() || rule.name === written)?.id ?? written.toUpperCase());
  for (const model of models.values()) for (const comment of model.suppressions) comment.ruleIds = comment.ruleIds.map(idOf);
  const known = new Set(rules.map((rule) => rule.id));
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
      if (comment.malformed !== undefined) {
        problems.push({ file, comment, problem: 'malformed', ruleId: '' });
        continue;
      }
      if (!comment.reason) problems.push({ file, comment, problem: 'no-reason', ruleId: comment.ruleIds[0] ?? '' });
      if (comment.ruleIds.length === 0) problems.push({ file, comment, problem: 'unused', ruleId: '' });
      for (const ruleId of new Set(comment.ruleIds)) {
        if (used.get(comment)?.has(ruleId)) continue;
        if (known.has(ruleId) && !ruleRan(ruleId, model)) continue;
        problems.push({ file, comment, problem: 'unused', ruleId });
      }
    }
  }
  return { kept, suppressed, problems };
}
