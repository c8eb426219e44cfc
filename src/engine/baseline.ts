/**
 * The baseline: an earlier report (the CLI's or the action's JSON, or either's SARIF)
 * whose findings, matched by fingerprint, are accepted and do not count. The Action's
 * `baseline` input and the CLI's `--baseline` read it here.
 */
import fs from 'node:fs';
import { computeScore } from './score.js';
import type { ScanResult } from './scan.js';

export class BaselineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BaselineError';
  }
}

interface JsonReport {
  findings?: { fingerprint?: unknown }[];
}
interface SarifReport {
  runs?: { results?: { partialFingerprints?: Record<string, unknown> }[] }[];
}

/** The fingerprints a baseline file holds; `shownAs` names the setting in messages, e.g. `input baseline is "b.json"`. */
export function loadBaseline(file: string, shownAs: string): Set<string> {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (error as Error).message;
    throw new BaselineError(`${shownAs}; cannot read it as JSON: ${reason}`);
  }
  const fingerprints = new Set<string>();
  const report = data as JsonReport & SarifReport;
  if (Array.isArray(report?.findings)) {
    for (const finding of report.findings) if (typeof finding?.fingerprint === 'string') fingerprints.add(finding.fingerprint);
    return fingerprints;
  }
  if (Array.isArray(report?.runs)) {
    for (const run of report.runs) for (const result of run.results ?? []) {
      const fingerprint = result.partialFingerprints?.['tokengate/v1'];
      if (typeof fingerprint === 'string') fingerprints.add(fingerprint);
    }
    return fingerprints;
  }
  throw new BaselineError(`${shownAs}; expected a tokengate JSON report (with findings[]) or its SARIF file`);
}

/** Baseline findings do not count: not in the score, the gate, the annotations or the reports. */
export function withoutBaseline(result: ScanResult, baseline: Set<string> | undefined): { result: ScanResult; baselined: number } {
  if (!baseline?.size) return { result, baselined: 0 };
  const findings = result.findings.filter((finding) => !baseline.has(finding.fingerprint));
  return { result: { ...result, findings, score: computeScore(findings) }, baselined: result.findings.length - findings.length };
}
