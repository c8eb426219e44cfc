/**
 * The baseline: an earlier report (the CLI's or the action's JSON, or the action's SARIF)
 * whose findings, matched by fingerprint, are accepted and do not count.
 */
import fs from 'node:fs';

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

/** The fingerprints a baseline file holds. */
export function loadBaseline(file: string, shownAs: string): Set<string> {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (error as Error).message;
    throw new BaselineError(`input baseline is "${shownAs}"; cannot read it as JSON: ${reason}`);
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
  throw new BaselineError(`input baseline is "${shownAs}"; expected a tokengate JSON report (with findings[]) or its SARIF file`);
}
