/** The score: its properties over generated findings, and determinism of whole reports. */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/engine/config.js';
import { SEVERITIES, type Severity } from '../src/engine/finding.js';
import { scan } from '../src/engine/scan.js';
import { CRITICAL_CAP, PER_RULE_CAP, SEVERITY_WEIGHTS, computeScore, gradeFor } from '../src/engine/score.js';
import { renderJson } from '../src/report/json.js';
import { renderText } from '../src/report/text.js';
import { makeTree } from './helpers/scan.js';
import { RULES } from '../src/rules/index.js';

type Scored = { ruleId: string; severity: Severity };

/** mulberry32: a small seeded PRNG, so a failing case can be replayed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RULE_IDS = ['TG101', 'TG102', 'TG103', 'TG105', 'TG111', 'TG115', 'TG120', 'TG901'];

/** A rule keeps one severity within a scan (config overrides it per rule), as in real results. */
function randomFinding(random: () => number, severities: Map<string, Severity>): Scored {
  const ruleId = RULE_IDS[Math.floor(random() * RULE_IDS.length)]!;
  let severity = severities.get(ruleId);
  if (!severity) {
    severity = SEVERITIES[Math.floor(random() * SEVERITIES.length)]!;
    severities.set(ruleId, severity);
  }
  return { ruleId, severity };
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const low = (ruleId = 'TG120'): Scored => ({ ruleId, severity: 'low' });
const times = (count: number, finding: Scored): Scored[] => Array.from({ length: count }, () => ({ ...finding }));

describe('score properties', () => {
  it('is 100, grade A, with no findings', () => {
    expect(computeScore([])).toEqual({ score: 100, grade: 'A', deductions: {}, criticalCapped: false });
  });

  it('never rises when a finding is added, and does not depend on order (2,000 generated cases)', () => {
    const random = prng(0x70_6b_67);
    for (let round = 0; round < 2_000; round++) {
      const severities = new Map<string, Severity>();
      const findings = Array.from({ length: Math.floor(random() * 25) }, () => randomFinding(random, severities));
      const before = computeScore(findings);
      const added = [...findings, randomFinding(random, severities)];
      const after = computeScore(shuffled(added, random));
      const context = `round ${round}: ${JSON.stringify(added)}`;
      expect(after.score, context).toBeLessThanOrEqual(before.score);
      expect(after.score, context).toBeGreaterThanOrEqual(0);
      expect(computeScore(shuffled(findings, random)), context).toEqual(before);
      expect(after.grade, context).toBe(gradeFor(after.score));
      if (added.some((finding) => finding.severity === 'critical')) expect(after.score, context).toBeLessThanOrEqual(CRITICAL_CAP);
    }
  });

  it('caps the score at 69 when any finding is critical', () => {
    const one = computeScore([{ ruleId: 'TG101', severity: 'critical' }]);
    expect(one).toMatchObject({ score: CRITICAL_CAP, grade: 'D', criticalCapped: true });
    expect(CRITICAL_CAP).toBe(69);
    const withLow = computeScore([{ ruleId: 'TG101', severity: 'critical' }, low()]);
    // 100 - 30 - 2 is already below the cap
    expect(withLow).toMatchObject({ score: 68, criticalCapped: false });
    // far below the cap, the cap does nothing
    const many = computeScore(['TG101', 'TG103', 'TG104'].map((ruleId) => ({ ruleId, severity: 'critical' as const })));
    expect(many).toMatchObject({ score: 10, criticalCapped: false, grade: 'F' });
  });

  it('counts repeated findings of one rule 1, 1.5, 2, 2.5, 3 times the weight, then no more', () => {
    const weight = SEVERITY_WEIGHTS.medium;
    const deductions = [1, 2, 3, 4, 5, 6, 10, 50].map((count) => computeScore(times(count, { ruleId: 'TG111', severity: 'medium' })).deductions.TG111);
    expect(deductions).toEqual([1, 1.5, 2, 2.5, 3, 3, 3, 3].map((factor) => factor * weight));
    expect(PER_RULE_CAP).toBe(3);
    expect(computeScore(times(3, low())).score).toBe(100 - 2 * SEVERITY_WEIGHTS.low);
  });

  it('adds deductions across rules, each rule capped on its own', () => {
    const result = computeScore([...times(9, { ruleId: 'TG102', severity: 'high' }), ...times(2, low('TG120'))]);
    expect(result.deductions).toEqual({ TG102: 45, TG120: 3 });
    expect(result.score).toBe(52);
  });

  it('never goes below 0', () => {
    const findings = RULE_IDS.flatMap((ruleId) => times(6, { ruleId, severity: 'high' }));
    expect(computeScore(findings)).toMatchObject({ score: 0, grade: 'F' });
  });

  it('puts each grade boundary at its cutoff', () => {
    const grades = [100, 90, 89, 80, 79, 70, 69, 60, 59, 0].map((score) => `${score}:${gradeFor(score)}`);
    expect(grades).toEqual(['100:A', '90:A', '89:B', '80:B', '79:C', '70:C', '69:D', '60:D', '59:F', '0:F']);
  });
});

describe('scan determinism', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
  });

  const files = {
    'b/service.py': 'import jwt\n\ndef a(token, key):\n    return jwt.decode(token, key)\n\ndef b(token, key):\n    return jwt.decode(token, key)\n',
    'a/app.py': 'import jwt\n\ndef c(token, key):\n    return jwt.decode(token, key)  # tokengate: ignore[TG102]\n',
    'a/clean.py': 'import jwt\n\ndef d(token, key):\n    return jwt.decode(token, key, algorithms=["RS256"], audience="api")\n',
    'web/app.ts': "import jwt from 'jsonwebtoken';\nexport const user = (token: string, key: string) => jwt.verify(token, key);\n",
    'bin.py': Buffer.from([0, 1, 2, 3]).toString('latin1'),
  };

  function withoutTimings(json: string): unknown {
    const report = JSON.parse(json) as { stats: Record<string, unknown> };
    delete report.stats.timings;
    delete report.stats.peakRssMb;
    return report;
  }

  it('gives the same reports, byte for byte, for the same tree', async () => {
    const root = makeTree(files);
    roots.push(root);
    const first = await scan({ rules: RULES, root, config: defaultConfig() });
    const second = await scan({ rules: RULES, root, config: defaultConfig() });
    expect(first.findings.length).toBeGreaterThanOrEqual(3);
    expect(first.skipped.length).toBe(1);
    const verdict = { minScore: 80, passed: false, warnOnly: false, reasons: ['Score 54 is below min-score 80.'] };
    expect(JSON.stringify(withoutTimings(renderJson(second, verdict)))).toBe(JSON.stringify(withoutTimings(renderJson(first, verdict))));
    expect(renderText(second, { verdict })).toBe(renderText(first, { verdict }));
  });

  it('shows related locations under a finding in the text report', async () => {
    const root = makeTree({ 'b/service.py': files['b/service.py'] });
    roots.push(root);
    const result = await scan({ rules: RULES, root, config: defaultConfig() });
    const first = result.findings[0]!;
    const withRelated = { ...result, findings: [{ ...first, related: [{ file: 'b/service.py', line: 7, column: 12, message: 'first release (pool.release)' }] }] };
    const verdict = { minScore: 80, passed: false, warnOnly: false, reasons: [] };
    expect(renderText(withRelated, { verdict })).toContain(
      `b/service.py:${first.line}:${first.column}  HIGH  TG102 alg-not-pinned\n  ${first.message}\n  related: b/service.py:7:12 first release (pool.release)\n  fix: `,
    );
  });

  it('scores a clean tree 100, grade A', async () => {
    const root = makeTree({ 'a/clean.py': files['a/clean.py'], 'util.py': 'def add(a, b):\n    return a + b\n' });
    roots.push(root);
    const result = await scan({ rules: RULES, root, config: defaultConfig() });
    expect(result.findings).toEqual([]);
    expect(result.stats.files).toBe(2);
    expect(result.score).toMatchObject({ score: 100, grade: 'A' });
  });
});
