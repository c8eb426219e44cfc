/**
 * The structured results of the tools, as zod schemas (the SDK lists them as JSON Schema
 * and checks every result against them), and the projection of engine findings into them.
 * Findings carry the rule's message, which names a secret and never repeats it; no source
 * line is included.
 */
import { z } from 'zod';
import { SEVERITIES, severityRank, type Finding } from '../engine/finding.js';
import { ruleDocsUrl } from '../report/tally.js';
import type { Rule } from '../rules/types.js';

export const LANGUAGES = ['python', 'typescript', 'javascript'] as const;
export const GATE_SEVERITIES = ['none', ...SEVERITIES] as const;

const locationSchema = z.object({
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  message: z.string(),
});

export const findingSchema = z.object({
  ruleId: z.string().describe('TG + three digits'),
  ruleName: z.string(),
  category: z.string(),
  severity: z.enum(SEVERITIES),
  file: z.string().describe('relative to the scanned folder, with /'),
  line: z.number().int().describe('1-based'),
  column: z.number().int().describe('1-based'),
  endLine: z.number().int().optional(),
  endColumn: z.number().int().optional(),
  message: z.string().describe('names a secret or token, never repeats its value'),
  fix: z.string().optional(),
  docs: z.string().describe("the rule's documentation page"),
  related: z.array(locationSchema).optional(),
  fingerprint: z.string().describe('stable across line shifts; matches the CLI and the Action'),
  new: z.boolean().optional().describe('on a line changed since changed_since (only with changed_since)'),
});
export type ToolFinding = z.infer<typeof findingSchema>;

export const skippedSchema = z.object({ file: z.string(), reason: z.string() });

export const scanPathOutput = z.object({
  root: z.string().describe('absolute path of the folder scanned; findings are relative to it'),
  target: z.string().describe('what was asked for, relative to root ("." for root itself)'),
  score: z.number().int().describe('0-100 over the findings of the target'),
  grade: z.string(),
  verdict: z.object({
    passed: z.boolean(),
    reasons: z.array(z.string()),
    minScore: z.number().int(),
    failOnSeverity: z.enum(GATE_SEVERITIES),
    scope: z.enum(['new', 'all']).describe('new: the severity gate looked at findings on changed lines only'),
  }),
  findings: z.array(findingSchema),
  findingsTotal: z.number().int(),
  counts: z.object({ critical: z.number().int(), high: z.number().int(), medium: z.number().int(), low: z.number().int() }).describe('all findings by severity'),
  findingsOmitted: z.number().int().describe('findings left out by max_findings (the least severe go first)'),
  changedSince: z.string().optional(),
  newFindings: z.number().int().optional(),
  suppressed: z.number().int(),
  skipped: z.array(skippedSchema).describe('files not analysed, with the reason'),
  stats: z.object({ files: z.number().int(), lines: z.number().int(), skipped: z.number().int() }),
});
export type ScanPathResult = z.infer<typeof scanPathOutput>;

export const scanSnippetOutput = z.object({
  path: z.string().describe('the path the snippet was scanned as'),
  language: z.enum(LANGUAGES),
  analysed: z.boolean().describe('false: the snippet could not be analysed (see reason); no findings then proves nothing'),
  reason: z.string().optional(),
  score: z.number().int().optional().describe('only when analysed'),
  grade: z.string().optional(),
  findings: z.array(findingSchema),
  suppressed: z.number().int(),
});
export type ScanSnippetResult = z.infer<typeof scanSnippetOutput>;

const ruleSummaryShape = {
  id: z.string(),
  name: z.string(),
  category: z.string(),
  severity: z.enum(SEVERITIES),
  languages: z.array(z.enum(LANGUAGES)),
  scope: z.enum(['file', 'repository']),
  docs: z.string().describe('the documentation page'),
  resource: z.string().describe('the documentation as an MCP resource'),
};

export const listRulesOutput = z.object({
  rules: z.array(z.object({ ...ruleSummaryShape, what: z.string() })),
});
export type ListRulesResult = z.infer<typeof listRulesOutput>;

export const explainRuleOutput = z.object({
  ...ruleSummaryShape,
  what: z.string(),
  why: z.string(),
  fix: z.string(),
  fixShort: z.string(),
  examples: z.array(z.object({ language: z.string(), bad: z.string(), good: z.string() })),
});
export type ExplainRuleResult = z.infer<typeof explainRuleOutput>;

export function countBySeverity(findings: { severity: Finding['severity'] }[]): ScanPathResult['counts'] {
  const counts = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

export function ruleResourceUri(rule: Pick<Rule, 'id'>): string {
  return `tokengate://rules/${rule.id}`;
}

export function ruleSummary(rule: Rule): z.infer<z.ZodObject<typeof ruleSummaryShape>> {
  return {
    id: rule.id,
    name: rule.name,
    category: rule.category,
    severity: rule.severity,
    languages: rule.languages,
    scope: rule.scope,
    docs: ruleDocsUrl(rule.id, rule.name),
    resource: ruleResourceUri(rule),
  };
}

/** The fields of `scan --format json`, in its order, plus the docs link. */
export function toToolFinding(finding: Finding, isNew?: boolean): ToolFinding {
  return {
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
    docs: ruleDocsUrl(finding.ruleId, finding.ruleName),
    ...(finding.related ? { related: finding.related } : {}),
    fingerprint: finding.fingerprint,
    ...(isNew !== undefined ? { new: isNew } : {}),
  };
}

/**
 * At most `max` findings, in the engine's order: when some must go, the least severe
 * go first, so that a long tail of low findings never hides a critical one.
 */
export function limitFindings<T extends { severity: Finding['severity'] }>(findings: T[], max: number): { kept: T[]; omitted: number } {
  if (findings.length <= max) return { kept: findings, omitted: 0 };
  const order = findings.map((finding, index) => ({ finding, index })).sort((a, b) => severityRank(b.finding.severity) - severityRank(a.finding.severity) || a.index - b.index);
  const keptIndexes = new Set(order.slice(0, max).map((entry) => entry.index));
  return { kept: findings.filter((_, index) => keptIndexes.has(index)), omitted: findings.length - max };
}
