/**
 * The demo services under examples/python: each vulnerable service must show every defect
 * its README names, and each fixed service must scan clean (score 100, no findings) with
 * no ignore comments, so the examples stay honest as rules change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/engine/config.js';
import { scan, type ScanResult } from '../src/engine/scan.js';
import { REPO_ROOT } from './helpers/scan.js';
import { RULES } from '../src/rules/index.js';

const EXAMPLES = path.join(REPO_ROOT, 'examples', 'python');

/** The categories each vulnerable example is written to exhibit (its README lists them). */
const VULNERABLE: Record<string, string[]> = {
  'flask-vulnerable': [
    'verify-disabled',
    'alg-not-pinned',
    'hardcoded-secret',
    'no-exp',
    'long-exp',
    'token-logged',
    'token-in-url',
    'token-reflected',
    'token-cache-key',
    'unstable-key',
    'fail-open',
    'unguarded-split',
    'timing-compare',
    'missing-auth-route',
    'double-release',
  ],
  'fastapi-vulnerable': [
    'verify-disabled',
    'alg-not-pinned',
    'weak-secret',
    'no-exp',
    'long-exp',
    'token-logged',
    'token-in-url',
    'token-reflected',
    'token-cache-key',
    'unstable-key',
    'fail-open',
    'unguarded-split',
    'timing-compare',
    'missing-auth-route',
    'double-release',
  ],
};
const FIXED = ['flask-fixed', 'fastapi-fixed'];

function scanExample(name: string): Promise<ScanResult> {
  return scan({ rules: RULES, root: path.join(EXAMPLES, name), config: defaultConfig() });
}

for (const [name, categories] of Object.entries(VULNERABLE)) {
  describe(`examples/python/${name}`, () => {
    let result: ScanResult;
    beforeAll(async () => {
      result = await scanExample(name);
    });

    for (const category of categories) {
      it(`shows ${category}`, () => {
        expect(result.findings.map((finding) => finding.category)).toContain(category);
      });
    }

    it('is analysed without skipped files and fails the default gate', () => {
      expect(result.skipped).toEqual([]);
      expect(result.score.score).toBeLessThan(defaultConfig()['min-score']);
    });

    it('has a README naming every category it shows', () => {
      const readme = fs.readFileSync(path.join(EXAMPLES, name, 'README.md'), 'utf8');
      for (const category of categories) expect(readme, category).toContain(category);
    });
  });
}

for (const name of FIXED) {
  describe(`examples/python/${name}`, () => {
    it('scores 100 with no findings', async () => {
      const result = await scanExample(name);
      expect(result.skipped).toEqual([]);
      expect(result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId} ${finding.message}`)).toEqual([]);
      expect(result.suppressed).toEqual([]);
      expect(result.score.score).toBe(100);
    });

    it('uses no ignore comments', () => {
      for (const file of fs.readdirSync(path.join(EXAMPLES, name))) {
        expect(fs.readFileSync(path.join(EXAMPLES, name, file), 'utf8'), file).not.toMatch(/tokengate:\s*ignore/);
      }
    });

    it('still has the routes of its vulnerable twin, all authenticated or public', async () => {
      const result = await scanExample(name);
      const routes = result.models.flatMap((model) => model.routes);
      expect(routes.length).toBeGreaterThanOrEqual(7);
      expect(routes.filter((route) => !route.public && route.auth.length === 0)).toEqual([]);
    });
  });
}
