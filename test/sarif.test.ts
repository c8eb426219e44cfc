/** SARIF 2.1.0 for code scanning: shape, rule metadata, and fingerprints that survive edits. */
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../src/engine/scan.js';
import { SARIF_MAX_RESULTS, toSarif } from '../src/report/sarif.js';
import { TOOL_VERSION } from '../src/version.js';
import { scanFiles } from './helpers/scan.js';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn: number } } }[];
  partialFingerprints: Record<string, string>;
}
interface SarifRule {
  id: string;
  name: string;
  helpUri: string;
  help: { text: string; markdown: string };
  shortDescription: { text: string };
  properties: { 'security-severity': string; tags: string[] };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: SarifRule[] } };
    automationDetails: { id: string };
    results: SarifResult[];
    invocations: { toolExecutionNotifications: { message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
  }[];
}

const sarifOf = (result: ScanResult, category?: string): SarifLog => toSarif(result, category ? { category } : {}) as SarifLog;

const APP = ['import jwt', '', '', 'def a(token, key):', '    return jwt.decode(token, key)', '', '', 'def b(token, key):', '    return jwt.decode(token, key)', ''].join('\n');

describe('SARIF shape', () => {
  it('is SARIF 2.1.0 with the driver, its rules and results pointing into them', async () => {
    const result = await scanFiles({ 'src/app.py': APP, 'bin.py': '\0\0' });
    const sarif = sarifOf(result);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0.*\.json$/);
    expect(sarif.runs).toHaveLength(1);
    const run = sarif.runs[0]!;
    expect(run.tool.driver.name).toBe('tokengate');
    expect(run.tool.driver.version).toBe(TOOL_VERSION);
    const ids = run.tool.driver.rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([...result.rules.map((rule) => rule.id), 'TG901', 'TG902']));
    for (const rule of run.tool.driver.rules) {
      const module = result.rules.find((candidate) => candidate.id === rule.id);
      // rule modules link to their generated page and carry its text (test/docs.test.ts checks the text is real)
      if (module) {
        expect(rule.helpUri, rule.id).toMatch(new RegExp(`^https://.*/docs/rules/${rule.name}\\.md$`));
        expect(rule.help.text, rule.id).toContain(module.docs.what);
        expect(rule.help.markdown, rule.id).toContain(module.docs.fix);
      } else {
        expect(rule.helpUri, rule.id).toMatch(/^https:\/\/.*\/docs\/rules\/README\.md#suppressions$/);
        expect(rule.help.text, rule.id).toMatch(/tokengate: ignore\[/);
        // a suppression check belongs to no rule's category
        expect(rule.properties.tags, rule.id).toEqual(['security']);
      }
      if (module) expect(rule.properties.tags, rule.id).toEqual(['security', module.category]);
      expect(Number(rule.properties['security-severity']), rule.id).toBeGreaterThan(0);
    }
    const template = run.tool.driver.rules.find((rule) => rule.id === 'TG102')!;
    expect(template.shortDescription.text).toMatch(/algorithm/);
    expect(template.help.markdown).toMatch(/```python[\s\S]*algorithms=/);
    expect(run.results).toHaveLength(2);
    for (const sarifResult of run.results) {
      expect(run.tool.driver.rules[sarifResult.ruleIndex]!.id).toBe(sarifResult.ruleId);
      expect(sarifResult.level).toBe('error'); // TG102 is high
      expect(sarifResult.partialFingerprints['tokengate/v1']).toMatch(/^[0-9a-f]{32}$/);
      const location = sarifResult.locations[0]!.physicalLocation;
      expect(location.artifactLocation).toEqual({ uri: 'src/app.py', uriBaseId: '%SRCROOT%' });
      expect(location.region.startColumn).toBe(12);
    }
    expect(run.results.map((sarifResult) => sarifResult.locations[0]!.physicalLocation.region.startLine)).toEqual([5, 9]);
    // skipped files are notifications of the run, not results
    expect(run.invocations[0]!.toolExecutionNotifications.map((note) => note.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['bin.py']);
  });

  it('maps severities to levels, low findings included', async () => {
    const result = await scanFiles({ 'app.py': APP.replace('return jwt.decode(token, key)\n\n\ndef b', 'return jwt.decode(token, key)  # tokengate: ignore[TG102]\n\n\ndef b') });
    const levels = sarifOf(result).runs[0]!.results.map((sarifResult) => `${sarifResult.ruleId} ${sarifResult.level}`);
    expect(levels).toEqual(['TG901 note', 'TG102 error']);
  });

  it('counts columns in UTF-16 code units, SARIF\'s default, after non-ASCII text', async () => {
    const pyLine = '    x = "é😀"; return jwt.decode(t, k)';
    const tsLine = "const x = 'é😀'; export const v = (t: string, k: string) => jwt.verify(t, k);";
    const result = await scanFiles({ 'a.py': `import jwt\n\ndef f(t, k):\n${pyLine}\n`, 'b.ts': `import jwt from 'jsonwebtoken';\n${tsLine}\n` });
    const columns = sarifOf(result).runs[0]!.results.map((entry) => entry.locations[0]!.physicalLocation.region.startColumn);
    expect(columns).toEqual([pyLine.indexOf('jwt.decode') + 1, tsLine.indexOf('jwt.verify') + 1]);
  });

  it('carries the run category in automationDetails.id', async () => {
    const result = await scanFiles({ 'app.py': APP });
    expect(sarifOf(result).runs[0]!.automationDetails.id).toBe('tokengate/');
    expect(sarifOf(result, 'backend').runs[0]!.automationDetails.id).toBe('backend/');
  });

  it('writes artifact URIs as valid relative URI references', async () => {
    const result = await scanFiles({ 'my app/x#1.py': APP });
    const uris = sarifOf(result).runs[0]!.results.map((sarifResult) => sarifResult.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toEqual(['my%20app/x%231.py', 'my%20app/x%231.py']);
    expect(result.findings[0]!.file).toBe('my app/x#1.py');
  });

  it(`keeps at most ${SARIF_MAX_RESULTS} results`, async () => {
    const result = await scanFiles({ 'app.py': APP });
    const many = { ...result, findings: Array.from({ length: SARIF_MAX_RESULTS + 5 }, (_, index) => ({ ...result.findings[0]!, line: index + 1 })) };
    expect(sarifOf(many).runs[0]!.results).toHaveLength(SARIF_MAX_RESULTS);
  });
});

describe('fingerprints', () => {
  it('survive lines inserted above a finding', async () => {
    const before = await scanFiles({ 'app.py': APP });
    const shifted = ['# a new header', '', '# with a few', '', '# comment lines', APP].join('\n');
    const after = await scanFiles({ 'app.py': shifted });
    const lines = (result: ScanResult) => result.findings.map((finding) => finding.line);
    expect(lines(before)).toEqual([5, 9]);
    expect(lines(after)).toEqual([10, 14]);
    const fingerprints = (result: ScanResult) => sarifOf(result).runs[0]!.results.map((sarifResult) => sarifResult.partialFingerprints['tokengate/v1']);
    expect(fingerprints(after)).toEqual(fingerprints(before));
  });

  it('differ for two identical findings on different lines, and for another file', async () => {
    const result = await scanFiles({ 'app.py': APP, 'other.py': APP });
    const fingerprints = result.findings.map((finding) => finding.fingerprint);
    expect(result.findings.map((finding) => `${finding.file}:${finding.line}`)).toEqual(['app.py:5', 'app.py:9', 'other.py:5', 'other.py:9']);
    expect(new Set(fingerprints).size).toBe(4);
  });

  it('change when the finding line itself changes', async () => {
    const before = await scanFiles({ 'app.py': APP });
    const after = await scanFiles({ 'app.py': APP.replace('def b(token, key):\n    return jwt.decode(token, key)', 'def b(token, key):\n    return jwt.decode(token,  key=key)') });
    expect(after.findings[0]!.fingerprint).toBe(before.findings[0]!.fingerprint);
    expect(after.findings[1]!.fingerprint).not.toBe(before.findings[1]!.fingerprint);
  });
});
