/** .tokengate.yml: the schema, its error messages, and what each setting changes in a scan. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, defaultConfig, loadConfig, parseConfig, type Config } from '../src/engine/config.js';
import { scan } from '../src/engine/scan.js';
import { REPO_ROOT, makeTree } from './helpers/scan.js';
import { RULES } from '../src/rules/index.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});
function tree(files: Record<string, string | Buffer>): string {
  const root = makeTree(files);
  roots.push(root);
  return root;
}

function configError(input: unknown): string {
  try {
    parseConfig(input, '.tokengate.yml', RULES);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
}

const DECODE = 'import jwt\n\ndef user(token, key):\n    return jwt.decode(token, key)\n';
const SUPPRESSED_NO_REASON = 'import jwt\n\ndef user(token, key):\n    return jwt.decode(token, key)  # tokengate: ignore[TG102]\n';

async function scanWith(files: Record<string, string>, overrides: Partial<Config>) {
  return scan({ rules: RULES, root: tree(files), config: { ...defaultConfig(), ...overrides } });
}

describe('config schema', () => {
  it('fills defaults for an empty file', () => {
    const root = tree({ '.tokengate.yml': '# nothing yet\n' });
    expect(loadConfig(root, undefined, RULES)).toEqual(defaultConfig());
    expect(defaultConfig()).toMatchObject({ exclude: [], rules: {}, 'min-score': 80, 'test-files': 'skip', 'docs-files': 'skip' });
  });

  it('reads every documented key', () => {
    const root = tree({
      '.tokengate.yml': [
        'exclude: ["legacy/**", "**/*_pb2.py"]',
        'rules:',
        '  TG102: off',
        '  verify-disabled: medium',
        'min-score: 90',
        'test-files: scan',
        'docs-files: scan',
        'names:',
        '  loggers: [audit_log]',
        '  caches: [token_cache]',
        '  auth-decorators: [requires_login]',
        'resources:',
        '  acquire: [pool.checkout]',
        '  release: [pool.checkin]',
        '',
      ].join('\n'),
    });
    const config = loadConfig(root, undefined, RULES);
    expect(config.exclude).toEqual(['legacy/**', '**/*_pb2.py']);
    expect(config.rules).toEqual({ TG102: 'off', 'verify-disabled': 'medium' });
    expect(config['min-score']).toBe(90);
    expect(config['test-files']).toBe('scan');
    expect(config['docs-files']).toBe('scan');
    expect(config.names).toEqual({ loggers: ['audit_log'], caches: ['token_cache'], 'auth-decorators': ['requires_login'] });
    expect(config.resources).toEqual({ acquire: ['pool.checkout'], release: ['pool.checkin'], idempotent: [] });
  });

  it('names the key, the value found and the type expected for a wrong type', () => {
    const message = configError({ 'min-score': 'high' });
    expect(message).toContain('.tokengate.yml');
    expect(message).toContain('min-score');
    expect(message).toContain('"high"');
    expect(message).toMatch(/expected a (whole )?number/);
  });

  it('says what was expected for out-of-range, fractional and enum values, with the key path', () => {
    expect(configError({ 'min-score': 120 })).toMatch(/min-score is 120; expected a whole number from 0 to 100/);
    expect(configError({ 'min-score': 80.5 })).toMatch(/min-score is 80\.5; expected a whole number from 0 to 100/);
    // the real bound, not "at least 0"
    expect(configError({ 'max-file-size': 0 })).toBe('.tokengate.yml: max-file-size is 0; expected a whole number of bytes, at least 1');
    expect(configError({ rules: ['TG101'] })).toBe('.tokengate.yml: rules is ["TG101"]; expected a mapping from rule ids or names to off, critical, high, medium or low, such as "TG302: off"');
    expect(configError({ names: { loggers: 'audit_log' } })).toBe('.tokengate.yml: names.loggers is "audit_log"; expected a list of names');
    expect(configError({ 'test-files': 'yes' })).toMatch(/test-files is "yes"; expected one of "skip", "scan", "skip-secrets"/);
    expect(configError({ 'docs-files': true })).toMatch(/docs-files is true; expected one of "skip", "scan"/);
    expect(configError({ rules: { TG102: 'loud' } })).toMatch(/rules\.TG102 is "loud"; expected one of "off", "critical", "high", "medium", "low"/);
    expect(configError({ exclude: 'legacy/**' })).toMatch(/exclude is "legacy\/\*\*"; expected a list/);
    expect(configError({ resources: { acquire: ['ok', 1] } })).toMatch(/resources\.acquire\[1\] is 1; expected a call name \(a non-empty string\)/);
    expect(configError(['a', 'b'])).toMatch(/expected a mapping/);
  });

  it('names an unknown key and suggests the closest known one', () => {
    const message = configError({ exlude: ['legacy/**'] });
    expect(message).toMatch(/unknown key exlude \(did you mean exclude\?\)/);
    expect(configError({ names: { logers: ['x'] } })).toMatch(/unknown key names\.logers \(did you mean names\.loggers\?\)/);
    expect(configError({ colour: 'red' })).toMatch(/unknown key colour; known keys: exclude, rules, min-score/);
  });

  it('rejects an unknown rule id or name in rules:', () => {
    expect(configError({ rules: { TG999: 'off' } })).toMatch(/unknown rule rules\.TG999; use a rule id/);
    expect(configError({ rules: { 'alg-not-pined': 'low' } })).toMatch(/did you mean alg-not-pinned\?/);
    expect(() => parseConfig({ rules: { tg102: 'low', 'unused-suppression': 'off', TG901: 'medium' } }, 'x', RULES)).not.toThrow();
  });

  it('rejects one rule set twice, by id and by name', () => {
    expect(configError({ rules: { TG102: 'off', 'alg-not-pinned': 'high' } })).toMatch(/rules\.TG102 and rules\.alg-not-pinned both set TG102; keep one/);
    expect(configError({ rules: { TG901: 'off', 'suppression-without-reason': 'low' } })).toMatch(/both set TG901/);
  });

  it('reports invalid YAML clearly: where, why, and the line itself', () => {
    const root = tree({ '.tokengate.yml': 'exclude: [legacy/**\nrules: {\n' });
    expect(() => loadConfig(root, undefined, RULES)).toThrow(ConfigError);
    expect(() => loadConfig(root, undefined, RULES)).toThrow('.tokengate.yml: not valid YAML at line 2, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]\n  2 | rules: {\n    | ^');
    const indented = tree({ '.tokengate.yml': 'min-score: 80\nrules:\n  TG101: off\n TG102: low\n' });
    expect(() => loadConfig(indented, undefined, RULES)).toThrow('.tokengate.yml: not valid YAML at line 4, column 1: All mapping items must start at the same column\n  4 |  TG102: low\n    | ^');
  });

  it('names a binary config file without echoing its bytes', () => {
    const root = tree({ '.tokengate.yml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x73, 0x65, 0x63, 0x72, 0x65, 0x74]) });
    expect(() => loadConfig(root, undefined, RULES)).toThrow('.tokengate.yml: not a text file (it holds binary data or is not UTF-8); expected YAML text');
  });

  it('shows the message the README shows', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`\`${configError({ 'min-score': 'high' })}\``);
  });

  it('requires a config file named explicitly, but not the default one', () => {
    const root = tree({ 'app.py': '' });
    expect(loadConfig(root, undefined, RULES)).toEqual(defaultConfig());
    expect(() => loadConfig(root, path.join(root, 'custom.yml'), RULES)).toThrow(/custom\.yml.*cannot be read \(ENOENT\)/);
  });
});

describe('config effects on a scan', () => {
  it('overrides a rule severity by id and by name', async () => {
    const byId = await scanWith({ 'app.py': DECODE }, { rules: { TG102: 'low' } });
    const byName = await scanWith({ 'app.py': DECODE }, { rules: { 'alg-not-pinned': 'critical' } });
    const plain = await scanWith({ 'app.py': DECODE }, {});
    expect(plain.findings.map((finding) => finding.severity)).toEqual(['high']);
    expect(byId.findings.map((finding) => `${finding.ruleId} ${finding.severity}`)).toEqual(['TG102 low']);
    expect(byName.findings.map((finding) => `${finding.ruleId} ${finding.severity}`)).toEqual(['TG102 critical']);
    expect(byId.score.score).toBeGreaterThan(plain.score.score);
    expect(byName.score.score).toBeLessThanOrEqual(69);
  });

  it('turns a rule off by id or name, removing its findings', async () => {
    for (const key of ['TG102', 'alg-not-pinned']) {
      const result = await scanWith({ 'app.py': DECODE }, { rules: { [key]: 'off' } });
      expect(result.findings).toEqual([]);
      expect(result.rules.some((rule) => rule.id === 'TG102')).toBe(false);
      expect(result.score.score).toBe(100);
    }
  });

  it('applies off and severity settings to the suppression checks too', async () => {
    const plain = await scanWith({ 'app.py': SUPPRESSED_NO_REASON }, {});
    expect(plain.findings.map((finding) => `${finding.ruleId} ${finding.severity}`)).toEqual(['TG901 low']);
    const off = await scanWith({ 'app.py': SUPPRESSED_NO_REASON }, { rules: { 'suppression-without-reason': 'off' } });
    expect(off.findings).toEqual([]);
    const raised = await scanWith({ 'app.py': SUPPRESSED_NO_REASON }, { rules: { TG901: 'medium' } });
    expect(raised.findings.map((finding) => `${finding.ruleId} ${finding.severity}`)).toEqual(['TG901 medium']);
  });

  it('skips files over max-file-size', async () => {
    const result = await scanWith({ 'app.py': DECODE, 'small.py': 'x = 1\n' }, { 'max-file-size': 10 });
    expect(result.findings).toEqual([]);
    expect(result.skipped).toEqual([{ file: 'app.py', reason: expect.stringMatching(/size cap/) }]);
    expect(result.stats.files).toBe(1);
  });
});
