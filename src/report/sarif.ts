import type { ScanResult } from '../engine/scan.js';
import { SUPPRESSION_RULES, type Severity } from '../engine/finding.js';
import type { Rule } from '../rules/types.js';
import { DOCS_BASE_URL, TOOL_VERSION } from '../version.js';

/** Code scanning keeps at most this many results a run. */
export const SARIF_MAX_RESULTS = 25_000;

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
/** GitHub's security-severity scale (critical ≥ 9, high ≥ 7, medium ≥ 4). */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '7.5', medium: '5.0', low: '2.0' };

/** What the engine's own suppression checks report (they are not rule modules, so have no docs). */
export const SUPPRESSION_HELP: Record<string, string> = {
  [SUPPRESSION_RULES.noReason.id]:
    'A `tokengate: ignore[TG101] <reason>` comment gives no reason. It still suppresses the finding, but a reviewer cannot tell why the finding does not apply: write the reason after the closing bracket.',
  [SUPPRESSION_RULES.unused.id]:
    'A `tokengate: ignore[...]` comment suppresses nothing: it names a rule that reports nothing on the line it covers (its own line after code; the next line when it stands alone), names no known rule, names `all` (refused: name the rules), or is not written as a suppression (another case, no brackets), so it applies to nothing. Stale suppressions hide the next real finding there: remove the id, or correct it.',
};

/** A relative URI reference for a repository path: each segment percent-encoded (spaces, '#', '?'). */
function fileUri(relPath: string): string {
  return relPath.split('/').map(encodeURIComponent).join('/');
}

/** A rule module's descriptor, or (without docs and category) one of the suppression checks, which belong to no category. */
function ruleDescriptor(rule: Pick<Rule, 'id' | 'name' | 'severity'> & { category?: Rule['category']; docs?: Rule['docs'] }): object {
  const docs = rule.docs;
  const markdown = docs
    ? `## What it does\n${docs.what}\n\n## Why is this bad\n${docs.why}\n\n## How to fix\n${docs.fix}\n${docs.examples
        .map((example) => `\n### Example (${example.language})\nBad:\n\`\`\`${example.language}\n${example.bad}\n\`\`\`\nGood:\n\`\`\`${example.language}\n${example.good}\n\`\`\`\n`)
        .join('')}`
    : (SUPPRESSION_HELP[rule.id] ?? 'Suppression comments must give a reason and must suppress a finding.');
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: docs ? docs.what.split('. ')[0]!.replace(/\.$/, '') : rule.name },
    fullDescription: { text: docs?.what ?? rule.name },
    // the suppression checks have no page of their own: they are described with the rules index
    helpUri: docs ? `${DOCS_BASE_URL}/${rule.name}.md` : `${DOCS_BASE_URL}/README.md#suppressions`,
    help: { text: docs ? `${docs.what}\n\n${docs.fix}` : markdown, markdown },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: rule.category ? ['security', rule.category] : ['security'],
      precision: 'high',
      'security-severity': SECURITY_SEVERITY[rule.severity],
    },
  };
}

/** SARIF 2.1.0 for code scanning: rules with help, results with tokengate's own fingerprint key. */
export function toSarif(result: ScanResult, options: { category?: string } = {}): object {
  const rules: object[] = result.rules.map((rule) => ruleDescriptor(rule));
  for (const meta of Object.values(SUPPRESSION_RULES)) rules.push(ruleDescriptor({ id: meta.id, name: meta.name, severity: 'low' }));
  const ruleIndex = new Map<string, number>();
  [...result.rules.map((rule) => rule.id), ...Object.values(SUPPRESSION_RULES).map((meta) => meta.id)].forEach((id, index) => ruleIndex.set(id, index));
  const results = result.findings.slice(0, SARIF_MAX_RESULTS).map((finding) => ({
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: fileUri(finding.file), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            ...(finding.endLine !== undefined ? { endLine: finding.endLine, endColumn: finding.endColumn } : {}),
          },
        },
      },
    ],
    ...(finding.related
      ? {
          relatedLocations: finding.related.map((related, index) => ({
            id: index + 1,
            message: { text: related.message },
            physicalLocation: { artifactLocation: { uri: fileUri(related.file), uriBaseId: '%SRCROOT%' }, region: { startLine: related.line, startColumn: related.column } },
          })),
        }
      : {}),
    partialFingerprints: { 'tokengate/v1': finding.fingerprint },
    properties: { category: finding.category, severity: finding.severity },
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tokengate',
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            informationUri: 'https://github.com/tokengate/tokengate',
            rules,
          },
        },
        automationDetails: { id: `${options.category ?? 'tokengate'}/` },
        results,
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: result.skipped.map((skipped) => ({
              level: 'note',
              message: { text: `Skipped: ${skipped.reason}` },
              locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(skipped.file), uriBaseId: '%SRCROOT%' } } }],
            })),
          },
        ],
      },
    ],
  };
}

export function renderSarif(result: ScanResult, options: { category?: string } = {}): string {
  return `${JSON.stringify(toSarif(result, options), null, 2)}\n`;
}
