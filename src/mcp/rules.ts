/**
 * explain_rule, list_rules and the rule documentation resources, from the rules' own
 * metadata; a resource is the same Markdown page as docs/rules/<name>.md.
 */
import { SUPPRESSION_RULES } from '../engine/finding.js';
import { renderRuleDoc } from '../report/rule-docs.js';
import { RULES, findRule } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { ruleDocsUrl } from '../report/tally.js';
import { ruleResourceUri, ruleSummary, type ExplainRuleResult, type ListRulesResult } from './results.js';
import { ToolInputError } from './tool-error.js';

export function listRules(): ListRulesResult {
  return { rules: RULES.map((rule) => ({ ...ruleSummary(rule), what: rule.docs.what })) };
}

export function ruleFor(key: string): Rule {
  const rule = findRule(key);
  if (rule) return rule;
  const check = Object.values(SUPPRESSION_RULES).find((meta) => meta.id === key.trim().toUpperCase() || meta.name === key.trim());
  if (check) {
    throw new ToolInputError(
      `${check.id} ${check.name} is tokengate's check of suppression comments ("tokengate: ignore[TG101] <reason>"), not a rule module: it reports a suppression without a reason, or one that suppresses nothing. See ${ruleDocsUrl(check.id, check.name)}`,
    );
  }
  throw new ToolInputError(`unknown rule ${JSON.stringify(key)}; give an id such as TG101 or a name such as verify-disabled (list_rules lists them all)`);
}

export function explainRule(key: string): { result: ExplainRuleResult; markdown: string } {
  const rule = ruleFor(key);
  const { docs } = rule;
  return {
    result: {
      ...ruleSummary(rule),
      what: docs.what,
      why: docs.why,
      fix: docs.fix,
      fixShort: docs.fixShort,
      examples: docs.examples.map((example) => ({ language: example.language, bad: example.bad, good: example.good })),
    },
    markdown: `${renderRuleDoc(rule)}\nDocumentation: ${ruleDocsUrl(rule.id, rule.name)}\n`,
  };
}

export interface RuleResource {
  uri: string;
  name: string;
  title: string;
  description: string;
  rule: Rule;
}

export function ruleResources(): RuleResource[] {
  return RULES.map((rule) => ({
    uri: ruleResourceUri(rule),
    name: `${rule.id} ${rule.name}`,
    title: `${rule.id} ${rule.name} (${rule.severity})`,
    description: firstSentence(rule.docs.what),
    rule,
  }));
}

function firstSentence(text: string): string {
  const match = /^.*?\.(?=\s+[A-Z\x60(]|$)/s.exec(text);
  return (match?.[0] ?? text).trim();
}
