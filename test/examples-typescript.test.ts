/**
 * The demo services under examples/typescript: each vulnerable service must show every
 * defect its README names, and each fixed service must scan clean (score 100, no
 * findings) with no ignore comments, so the examples stay honest as rules change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, loadConfig } from '../src/engine/config.js';
import { scan, type ScanResult } from '../src/engine/scan.js';
import { REPO_ROOT } from './helpers/scan.js';
import { RULES } from '../src/rules/index.js';

const EXAMPLES = path.join(REPO_ROOT, 'examples', 'typescript');

/** The categories each vulnerable example is written to exhibit (its README lists them). */
const VULNERABLE: Record<string, string[]> = {
  'express-vulnerable': [
    'verify-disabled',
    'alg-not-pinned',
    'weak-secret',
    'no-exp',
    'long-exp',
    'token-logged',
    'token-in-url',
    'token-reflected',
    'token-cache-key',
    'insecure-storage',
    'fail-open',
    'unguarded-split',
    'timing-compare',
    'missing-auth-route',
  ],
  'nestjs-vulnerable': [
    'verify-disabled',
    'hardcoded-secret',
    'long-exp',
    'exp-not-verified',
    'token-logged',
    'token-in-url',
    'token-reflected',
    'token-cache-key',
    'insecure-storage',
    'fail-open',
    'unguarded-split',
    'timing-compare',
    'missing-auth-route',
  ],
};
const FIXED = ['express-fixed', 'nestjs-fixed'];

function scanExample(name: string): Promise<ScanResult> {
  const root = path.join(EXAMPLES, name);
  return scan({ rules: RULES, root, config: loadConfig(root, undefined, RULES) });
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const abs = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(abs) : /\.[cm]?[jt]sx?$/.test(entry.name) ? [abs] : [];
  });
}

it('every example directory is tested', () => {
  expect(fs.readdirSync(EXAMPLES).sort()).toEqual([...Object.keys(VULNERABLE), ...FIXED].sort());
});

for (const [name, categories] of Object.entries(VULNERABLE)) {
  describe(`examples/typescript/${name}`, () => {
    let result: ScanResult;
    beforeAll(async () => {
      result = await scanExample(name);
    });

    for (const category of categories) {
      it(`shows ${category}`, () => {
        expect(result.findings.map((finding) => finding.category)).toContain(category);
      });
    }

    it('shows nothing it does not name', () => {
      expect([...new Set(result.findings.map((finding) => finding.category))].filter((category) => !categories.includes(category))).toEqual([]);
    });

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
  describe(`examples/typescript/${name}`, () => {
    it('scans clean: no findings, score 100, nothing skipped or suppressed', async () => {
      const result = await scanExample(name);
      expect(result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId} ${finding.message}`)).toEqual([]);
      expect(result.score.score).toBe(100);
      expect(result.skipped).toEqual([]);
      expect(result.suppressed).toEqual([]);
    });

    it('has no ignore comments and a README', () => {
      for (const file of sourceFiles(path.join(EXAMPLES, name))) expect(fs.readFileSync(file, 'utf8'), file).not.toMatch(/tokengate:\s*ignore/);
      expect(fs.existsSync(path.join(EXAMPLES, name, 'README.md'))).toBe(true);
    });

    it('has a vulnerable twin', () => {
      const twin = name.replace(/-fixed$/, '-vulnerable');
      expect(Object.keys(VULNERABLE)).toContain(twin);
    });
  });
}
