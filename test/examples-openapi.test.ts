/**
 * The demo service under examples/openapi: the vulnerable twin's code and API document
 * have drifted (every drift its README names must be reported, and nothing else); the
 * fixed twin scans clean with no ignore comments.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/engine/config.js';
import { scan, type ScanResult } from '../src/engine/scan.js';
import { REPO_ROOT } from './helpers/scan.js';
import { RULES } from '../src/rules/index.js';

const EXAMPLES = path.join(REPO_ROOT, 'examples', 'openapi');

/** The rules each vulnerable example is written to trip (its README names them). */
const VULNERABLE: Record<string, string[]> = {
  'invoices-vulnerable': ['TG801', 'TG802', 'TG803', 'TG804', 'TG805', 'TG701', 'TG402'],
};
const FIXED = ['invoices-fixed'];

function scanExample(name: string): Promise<ScanResult> {
  return scan({ rules: RULES, root: path.join(EXAMPLES, name), config: defaultConfig() });
}

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

it('every example directory is tested', () => {
  expect(fs.readdirSync(EXAMPLES).sort()).toEqual([...Object.keys(VULNERABLE), ...FIXED].sort());
});

for (const [name, ruleIds] of Object.entries(VULNERABLE)) {
  describe(`examples/openapi/${name}`, () => {
    let result: ScanResult;
    beforeAll(async () => {
      result = await scanExample(name);
    });

    it('reads its API document, $refs across files included', () => {
      expect(result.specs?.map((document) => [document.file, document.files])).toEqual([['openapi.yaml', ['openapi.yaml', 'paths/invoices.yaml']]]);
    });

    for (const ruleId of ruleIds) {
      it(`shows ${ruleId}`, () => {
        expect(result.findings.map((finding) => finding.ruleId)).toContain(ruleId);
      });
    }

    it('shows nothing its README does not name', () => {
      expect([...new Set(result.findings.map((finding) => finding.ruleId))].filter((ruleId) => !ruleIds.includes(ruleId))).toEqual([]);
    });

    it('points each spec finding at both sides: the code and the document', () => {
      for (const finding of result.findings.filter((candidate) => candidate.category === 'spec-mismatch')) {
        const places = [finding.file, ...(finding.related ?? []).map((related) => related.file)];
        expect(places.some((file) => file.endsWith('.yaml')), `${finding.ruleId} ${finding.message}`).toBe(true);
        expect(places.some((file) => file.endsWith('.ts')), `${finding.ruleId} ${finding.message}`).toBe(true);
      }
    });

    it('is analysed without skipped files and fails the default gate', () => {
      expect(result.skipped).toEqual([]);
      expect(result.score.score).toBeLessThan(defaultConfig()['min-score']);
    });

    it('has a README naming every rule it shows', () => {
      const readme = fs.readFileSync(path.join(EXAMPLES, name, 'README.md'), 'utf8');
      for (const ruleId of ruleIds) expect(readme, ruleId).toContain(ruleId);
    });
  });
}

for (const name of FIXED) {
  describe(`examples/openapi/${name}`, () => {
    it('scans clean: no findings, score 100, nothing skipped or suppressed, its document read', async () => {
      const result = await scanExample(name);
      expect(result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId} ${finding.message}`)).toEqual([]);
      expect(result.score.score).toBe(100);
      expect(result.skipped).toEqual([]);
      expect(result.suppressed).toEqual([]);
      expect(result.specs?.map((document) => document.file)).toEqual(['openapi.yaml']);
    });

    it('has no ignore comments, a README and a vulnerable twin', () => {
      for (const file of files(path.join(EXAMPLES, name))) expect(fs.readFileSync(file, 'utf8'), file).not.toMatch(/tokengate:\s*ignore/);
      expect(fs.existsSync(path.join(EXAMPLES, name, 'README.md'))).toBe(true);
      expect(Object.keys(VULNERABLE)).toContain(name.replace(/-fixed$/, '-vulnerable'));
    });
  });
}
