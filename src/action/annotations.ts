/**
 * Findings as annotations: workflow commands (`::error file=…::`) within what GitHub
 * displays, and the Checks API's annotation objects (all of them, in the check run).
 */
import type { Finding, Severity } from '../engine/finding.js';
import { severityRank } from '../engine/finding.js';

export type CommandLevel = 'error' | 'warning' | 'notice';

/** GitHub shows at most this many workflow-command annotations of one type per step… */
export const MAX_PER_TYPE_PER_STEP = 10;
/** …and this many per job; the rest are dropped without a word. */
export const MAX_PER_JOB = 50;

const COMMAND_LEVEL: Record<Severity, CommandLevel> = { critical: 'error', high: 'error', medium: 'warning', low: 'notice' };
const CHECK_LEVEL: Record<Severity, 'failure' | 'warning' | 'notice'> = { critical: 'failure', high: 'failure', medium: 'warning', low: 'notice' };

export function commandLevel(severity: Severity): CommandLevel {
  return COMMAND_LEVEL[severity];
}

export function annotationTitle(finding: Finding): string {
  return `${finding.ruleId} ${finding.ruleName} (${finding.severity})`;
}

function annotationMessage(finding: Finding): string {
  // the other side of the finding (the API document behind a route, the route behind a document)
  const related = (finding.related ?? []).map((entry) => `See also ${entry.file}:${entry.line}: ${entry.message}`);
  return [finding.message, ...related, ...(finding.fix ? [`Fix: ${finding.fix}`] : [])].join('\n');
}

/** Most severe first, then by place: the ones shown inline are the ones that matter most. */
function bySeverity(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

/** The findings GitHub will display as workflow-command annotations, and how many are left over. */
export function selectInline(findings: Finding[]): { shown: Finding[]; omitted: number } {
  const perLevel: Record<CommandLevel, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Finding[] = [];
  for (const finding of bySeverity(findings)) {
    const level = COMMAND_LEVEL[finding.severity];
    if (perLevel[level] >= MAX_PER_TYPE_PER_STEP || shown.length >= MAX_PER_JOB) continue;
    perLevel[level]++;
    shown.push(finding);
  }
  return { shown, omitted: findings.length - shown.length };
}

export interface AnnotationSink {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  notice(message: string, properties: AnnotationProperties): void;
}

export interface AnnotationProperties {
  title: string;
  file: string;
  startLine: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** Emits the displayable annotations; returns how many were left out. Files are repository-relative. */
export function emitInline(findings: Finding[], sink: AnnotationSink): { shown: number; omitted: number } {
  const { shown, omitted } = selectInline(findings);
  for (const finding of shown) {
    const sameLine = finding.endLine === undefined || finding.endLine === finding.line;
    sink[COMMAND_LEVEL[finding.severity]](annotationMessage(finding), {
      title: annotationTitle(finding),
      file: finding.file,
      startLine: finding.line,
      ...(sameLine ? { startColumn: finding.column } : { endLine: finding.endLine }),
      ...(sameLine && finding.endColumn !== undefined ? { endColumn: finding.endColumn } : {}),
    });
  }
  return { shown: shown.length, omitted };
}

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

/** The Checks API's annotation: columns only on single-line annotations, as the API requires. */
export function checkAnnotation(finding: Finding): CheckAnnotation {
  const endLine = finding.endLine ?? finding.line;
  const sameLine = endLine === finding.line;
  return {
    path: finding.file,
    start_line: finding.line,
    end_line: endLine,
    ...(sameLine ? { start_column: finding.column, end_column: Math.max(finding.column, finding.endColumn ?? finding.column) } : {}),
    annotation_level: CHECK_LEVEL[finding.severity],
    title: annotationTitle(finding),
    message: annotationMessage(finding),
  };
}
