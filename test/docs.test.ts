/** docs/rules/ is generated from rule metadata: `npm run docs` writes it, this test keeps it in step. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../src/engine/finding.js';
import { renderRuleDoc, renderRuleIndex, withReadmeRuleTable } from '../src/report/rule-docs.js';
import { RULES } from '../src/rules/index.js';
import { REPO_ROOT } from './helpers/scan.js';

const DOCS = path.join(REPO_ROOT, 'docs', 'rules');
const write = process.env.TOKENGATE_WRITE_DOCS === '1';

describe('rule metadata and docs', () => {
  it('ids, names and categories follow the conventions and are unique', () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
    expect(new Set(RULES.map((rule) => rule.name)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^TG\d{3}$/);
      expect(rule.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(CATEGORIES).toContain(rule.category);
    }
  });

  for (const rule of RULES) {
    it(`${rule.id} ${rule.name} has complete docs, and docs/rules/${rule.name}.md is current`, () => {
      for (const field of ['what', 'why', 'fix', 'fixShort'] as const) expect(rule.docs[field], field).not.toMatch(/^(TODO)?$/);
      expect(rule.docs.examples.length).toBeGreaterThan(0);
      expect(rule.docs.leavesAlone.length, 'what it leaves alone').toBeGreaterThan(0);
      for (const left of rule.docs.leavesAlone) {
        expect(left.what).not.toMatch(/^(TODO)?$/);
        expect(left.tag).toMatch(/^[a-z]+(-[a-z]+)*$/);
        for (const language of left.languages) expect(rule.languages).toContain(language);
      }
      expect(new Set(rule.docs.leavesAlone.map((left) => left.tag)).size, 'tags are unique per rule').toBe(rule.docs.leavesAlone.length);
      const file = path.join(DOCS, `${rule.name}.md`);
      const rendered = renderRuleDoc(rule);
      if (write) {
        fs.mkdirSync(DOCS, { recursive: true });
        fs.writeFileSync(file, rendered);
      }
      expect(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '', 'run `npm run docs`').toBe(rendered);
    });
  }

  it('README.md lists every rule', () => {
    const file = path.join(REPO_ROOT, 'README.md');
    const current = fs.readFileSync(file, 'utf8');
    const rendered = withReadmeRuleTable(current, RULES);
    if (write) fs.writeFileSync(file, rendered);
    expect(fs.readFileSync(file, 'utf8'), 'run `npm run docs`').toBe(rendered);
    for (const rule of RULES) expect(rendered).toContain(`docs/rules/${rule.name}.md`);
  });

  it('docs/rules/README.md lists every rule', () => {
    const file = path.join(DOCS, 'README.md');
    const rendered = renderRuleIndex(RULES);
    if (write) fs.writeFileSync(file, rendered);
    expect(fs.readFileSync(file, 'utf8')).toBe(rendered);
  });
});
