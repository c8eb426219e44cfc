import type { Rule } from '../rules/types.js';

/** What an example is written in, as a heading says it. */
export function exampleLabel(language: Rule['docs']['examples'][number]['language']): string {
  return language === 'python' ? 'Python' : language === 'yaml' ? 'OpenAPI document' : 'TypeScript';
}

/** docs/rules/<name>.md for one rule, in ruff's shape. */
export function renderRuleDoc(rule: Rule): string {
  const { docs } = rule;
  const languages = rule.languages.map((language) => (language === 'python' ? 'Python' : language === 'typescript' ? 'TypeScript' : 'JavaScript')).join(', ');
  const lines = [
    `# ${rule.id} ${rule.name}`,
    '',
    `Category: \`${rule.category}\` · Severity: **${rule.severity}** · Languages: ${languages}${rule.scope === 'repository' ? ' · Scope: whole repository' : ''}`,
    '',
    '## What it does',
    '',
    docs.what,
    '',
    '## Why is this bad',
    '',
    docs.why,
    '',
    '## How to fix',
    '',
    docs.fix,
    '',
    '## What it leaves alone',
    '',
    ...docs.leavesAlone.map((left) => `- ${left.what}`),
    '',
  ];
  for (const example of docs.examples) {
    const fence = example.language === 'python' ? 'python' : example.language === 'yaml' ? 'yaml' : 'ts';
    const label = exampleLabel(example.language);
    lines.push(`## Example (${label})`, '', 'Bad:', '', `\`\`\`${fence}`, example.bad, '```', '', 'Good:', '', `\`\`\`${fence}`, example.good, '```', '');
  }
  const inDocuments = rule.readsSpecs ? ' In a YAML API document, the same `#` comment works; JSON documents have no comments (use a baseline).' : '';
  lines.push('## Suppressing', '', `On the line, or alone on the line above: \`# tokengate: ignore[${rule.id}] <why it does not apply>\` (\`//\` in JS/TS). A suppression without a reason is reported.${inDocuments}`, '');
  return lines.join('\n');
}

/** The table of rules; `linkBase` is the path from the including page to docs/rules/. */
export function renderRuleTable(rules: Rule[], linkBase = ''): string {
  const lines = ['| id | rule | category | severity | languages |', '| --- | --- | --- | --- | --- |'];
  for (const rule of rules) lines.push(`| ${rule.id} | [${rule.name}](${linkBase}${rule.name}.md) | ${rule.category} | ${rule.severity} | ${rule.languages.join(', ')} |`);
  return lines.join('\n');
}

export function renderRuleIndex(rules: Rule[]): string {
  return [
    '# Rules',
    '',
    renderRuleTable(rules),
    '',
    '## Suppressions',
    '',
    'A comment `# tokengate: ignore[TG101] <reason>` (`//` or `/* */` in JS/TS) on the finding\'s line, or alone on the line above it, suppresses the named rules (ids or names).',
    '',
    '| id | rule | severity | what it reports |',
    '| --- | --- | --- | --- |',
    '| TG901 | suppression-without-reason | low | a suppression that gives no reason (it still applies) |',
    '| TG902 | unused-suppression | low | a suppression that suppresses nothing: no finding of its rules on the line it covers, an unknown rule, `all` (refused: name the rules), or a comment meant as a suppression but not written as one (another case, no brackets) |',
    '',
    'Generated from each rule\'s metadata by `npm run docs`.',
    '',
  ].join('\n');
}

/** README.md with the rules table between its markers replaced. */
export function withReadmeRuleTable(readme: string, rules: Rule[]): string {
  return readme.replace(/<!-- rules:start -->[\s\S]*?<!-- rules:end -->/, `<!-- rules:start -->\n${renderRuleTable(rules, 'docs/rules/')}\n<!-- rules:end -->`);
}
