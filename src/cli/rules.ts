/** `tokengate rules`: the rule table, and `tokengate explain RULE`: one rule's documentation. */
import { SUPPRESSION_RULES } from '../engine/finding.js';
import { findRule, RULES } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { exampleLabel } from '../report/rule-docs.js';
import { SUPPRESSION_HELP } from '../report/sarif.js';
import { terminalText } from '../report/escape.js';
import { makeStyle } from '../report/style.js';
import { ruleDocsUrl } from '../report/tally.js';
import { UsageError, closest, optionsHelp, parseArguments, type OptionSpecs } from './args.js';
import { EXIT_PASS, type Command, type Io } from './command.js';
import { colourEnabled } from './terminal.js';

const HELP_ONLY: OptionSpecs = { help: { type: 'boolean', short: 'h', help: 'show this help' } };

const RULES_HELP = `Usage:
  tokengate rules

Lists every rule: id, name, category, default severity and languages.
Configure them in .tokengate.yml (rules: { TG302: off, token-in-url: high }).

Options:
${optionsHelp(HELP_ONLY)}
`;

const EXPLAIN_HELP = `Usage:
  tokengate explain RULE

Prints what RULE (an id such as TG101, or a name such as verify-disabled) finds,
why it matters, how to fix it, and a bad and a good example.

Options:
${optionsHelp(HELP_ONLY)}
`;

const SUPPRESSION_ROWS = Object.values(SUPPRESSION_RULES).map((meta) => ({ id: meta.id, name: meta.name, category: '(suppressions)', severity: 'low', languages: 'all' }));

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  '));
}

function runRules(args: readonly string[], io: Io): number {
  if (parseArguments(args, HELP_ONLY, '"tokengate rules"').values.help) {
    io.stdout.write(RULES_HELP);
    return EXIT_PASS;
  }
  const rows = [
    ['ID', 'NAME', 'CATEGORY', 'SEVERITY', 'LANGUAGES'],
    ...RULES.map((rule) => [rule.id, rule.name, rule.category, rule.severity, rule.languages.join(', ')]),
    ...SUPPRESSION_ROWS.map((row) => [row.id, row.name, row.category, row.severity, row.languages]),
  ];
  const style = makeStyle(colourEnabled(io.stdout.isTTY, io.env));
  const [header, ...body] = table(rows);
  io.stdout.write(`${style.bold(header!)}\n${body.join('\n')}\n\nRun "tokengate explain RULE" for what a rule finds and how to fix it.\n`);
  return EXIT_PASS;
}

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n{2,}/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && indent.length + line.length + 1 + word.length > width) {
        lines.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(indent + line);
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

function explainRule(rule: Rule, io: Io): string {
  const style = makeStyle(colourEnabled(io.stdout.isTTY, io.env));
  const width = Math.min(Math.max(io.stdout.columns ?? 80, 60), 100);
  const { docs } = rule;
  const parts = [
    `${style.bold(`${rule.id} ${rule.name}`)}  ${style.severity(rule.severity, rule.severity)} · category ${rule.category} · ${rule.languages.join(', ')}${rule.scope === 'repository' ? ' · whole repository' : ''}`,
    '',
    style.bold('What it does'),
    wrap(docs.what, width, '  '),
    '',
    style.bold('Why is this bad'),
    wrap(docs.why, width, '  '),
    '',
    style.bold('How to fix'),
    wrap(docs.fix, width, '  '),
  ];
  for (const example of docs.examples) {
    const indent = (code: string): string => code.split('\n').map((line) => `    ${line}`).join('\n');
    parts.push('', style.bold(`Example (${exampleLabel(example.language)})`), style.red('  Bad:'), indent(example.bad), style.green('  Good:'), indent(example.good));
  }
  const comment = rule.languages.includes('python') ? '#' : '//';
  parts.push('', `${style.bold('Suppress')}  ${comment} tokengate: ignore[${rule.id}] <why it does not apply>`, `${style.bold('Docs')}      ${ruleDocsUrl(rule.id, rule.name)}`);
  return `${parts.join('\n')}\n`;
}

function runExplain(args: readonly string[], io: Io): number {
  const { values, positionals } = parseArguments(args, HELP_ONLY, '"tokengate explain"');
  if (values.help) {
    io.stdout.write(EXPLAIN_HELP);
    return EXIT_PASS;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `explain takes one RULE, found ${positionals.length}` : 'explain needs a RULE: an id such as TG101 or a name such as verify-disabled');
  const key = positionals[0]!;
  const rule = findRule(key);
  if (rule) {
    io.stdout.write(explainRule(rule, io));
    return EXIT_PASS;
  }
  const suppression = Object.values(SUPPRESSION_RULES).find((meta) => meta.id === key.toUpperCase() || meta.name === key);
  if (suppression) {
    io.stdout.write(`${suppression.id} ${suppression.name}  low\n\n${SUPPRESSION_HELP[suppression.id]}\n\nDocs: ${ruleDocsUrl(suppression.id, suppression.name)}\n`);
    return EXIT_PASS;
  }
  const known = [...RULES.flatMap((candidate) => [candidate.id, candidate.name]), ...SUPPRESSION_ROWS.flatMap((row) => [row.id, row.name])];
  const hint = closest(key, known);
  throw new UsageError(`unknown rule "${terminalText(key)}"${hint ? ` (did you mean "${hint}"?)` : ''}; "tokengate rules" lists them`);
}

export const rulesCommand: Command = { synopsis: 'rules', summary: 'list the rules: id, name, category, severity, languages', help: RULES_HELP, run: runRules };
export const explainCommand: Command = { synopsis: 'explain RULE', summary: 'what a rule finds, why it matters, how to fix it', help: EXPLAIN_HELP, run: runExplain };
