/** Test, spec and docs files: what counts as one, and how `test-files` / `docs-files` treat their findings. */
import { describe, expect, it } from 'vitest';
import { isDocsFile, isTestFile, leftOutAs } from '../src/engine/files.js';
import { defaultConfig } from '../src/engine/config.js';
import { leftOutLine } from '../src/report/tally.js';
import { scanFiles } from './helpers/scan.js';

describe('test and docs paths (relative to the scanned root)', () => {
  it('knows test and spec files by name and folder', () => {
    for (const file of [
      'test_auth.py',
      'app/tests/test_views.py',
      'auth_test.py',
      'conftest.py',
      'pkg/conftest.py',
      'src/__tests__/login.js',
      'frontend/src/app/basket.service.spec.ts',
      'api.test.mjs',
      'test/cypress/e2e/forgedJwt.spec.ts',
      'cypress/support/commands.js',
      'e2e/login.ts',
      'playwright/auth.setup.ts',
      'components/Login.cy.tsx',
      'spec/helpers.js',
    ]) {
      expect(isTestFile(file), file).toBe(true);
    }
  });

  it('leaves ordinary source alone, including names that only contain the words', () => {
    for (const file of ['app/testing_utils.py', 'contest.py', 'src/attest.ts', 'latest/app.py', 'e2e_config.py', 'specs.py', 'app/protest.js', 'src/speculative.ts', 'docsite/app.py']) {
      expect(isTestFile(file), file).toBe(false);
      expect(isDocsFile(file), file).toBe(false);
    }
  });

  it('knows documentation and tutorial trees', () => {
    expect(isDocsFile('docs/examples/auth.py')).toBe(true);
    expect(isDocsFile('docs_src/security/tutorial004.py')).toBe(true);
    expect(isDocsFile('packages/api/docs/snippet.ts')).toBe(true);
    expect(isDocsFile('security/tutorial004.py')).toBe(false);
  });

  it('leaves a file out by the config: skip (default) leaves out, scan and skip-secrets count', () => {
    const config = defaultConfig();
    expect(leftOutAs('tests/test_auth.py', config)).toBe('testFiles');
    expect(leftOutAs('docs/auth.py', config)).toBe('docsFiles');
    expect(leftOutAs('docs/tests/test_auth.py', config)).toBe('testFiles');
    expect(leftOutAs('app/auth.py', config)).toBeUndefined();
    expect(leftOutAs('tests/test_auth.py', { ...config, 'test-files': 'scan' })).toBeUndefined();
    expect(leftOutAs('tests/test_auth.py', { ...config, 'test-files': 'skip-secrets' })).toBeUndefined();
    expect(leftOutAs('docs/auth.py', { ...config, 'docs-files': 'scan' })).toBeUndefined();
  });
});

describe('findings in test and docs files', () => {
  const files = {
    'app.py': 'import jwt\ndef read(token):\n    return jwt.decode(token, options={"verify_signature": False})["sub"]\n',
    'tests/test_app.py': 'import jwt\ndef test_read(token):\n    return jwt.decode(token, options={"verify_signature": False})["sub"]\n',
    'docs_src/tutorial.py': 'import jwt\ndef read(token):\n    return jwt.decode(token, options={"verify_signature": False})["sub"]\n',
  };

  it('do not count by default, and the report says how many were left out', async () => {
    const result = await scanFiles(files);
    expect(result.findings.map((finding) => `${finding.file} ${finding.ruleId}`)).toEqual(['app.py TG101']);
    expect(result.stats.leftOut).toEqual({ testFiles: 1, docsFiles: 1 });
    // the files are still analysed: their models are there for rules that read other files' facts
    expect(result.models.map((model) => model.file).sort()).toEqual(['app.py', 'docs_src/tutorial.py', 'tests/test_app.py']);
    expect(leftOutLine(result.stats)).toBe('Left out 1 finding in test files, 1 in docs files (they do not count; test-files: scan, docs-files: scan counts them).');
  });

  it('count with test-files: scan and docs-files: scan, and lower the score like any other', async () => {
    const counted = await scanFiles(files, { 'test-files': 'scan', 'docs-files': 'scan' });
    expect(counted.findings.map((finding) => finding.file).sort()).toEqual(['app.py', 'docs_src/tutorial.py', 'tests/test_app.py']);
    expect(counted.stats.leftOut).toEqual({ testFiles: 0, docsFiles: 0 });
    expect(leftOutLine(counted.stats)).toBeUndefined();
    const skipped = await scanFiles(files);
    expect(counted.score.score).toBeLessThanOrEqual(skipped.score.score);
  });

  it('are judged relative to the scanned root: a docs tree scanned as the root counts', async () => {
    const result = await scanFiles({ 'security/tutorial.py': files['docs_src/tutorial.py'] });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['TG101']);
    expect(result.stats.leftOut).toEqual({ testFiles: 0, docsFiles: 0 });
  });

  it('leave out a suppression problem in a test file too, and keep the suppression working', async () => {
    const result = await scanFiles({
      'tests/test_app.py': 'import jwt\ndef test_read(token):\n    return jwt.decode(token, options={"verify_signature": False})["sub"]  # tokengate: ignore[TG101]\n',
    });
    expect(result.findings).toEqual([]);
    expect(result.suppressed.map((finding) => finding.ruleId)).toEqual(['TG101']);
    expect(result.stats.leftOut).toEqual({ testFiles: 1, docsFiles: 0 }); // TG901: no reason given
  });
});
