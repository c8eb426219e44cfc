/** Scan results name files relative to the scanned folder; GitHub wants them relative to the repository. */
import path from 'node:path';
import type { Finding } from '../engine/finding.js';
import type { ScanResult } from '../engine/scan.js';

/** `path` input → the folder's path inside the workspace, with '/', '' for the root; undefined when outside. */
export function prefixWithin(workspace: string, root: string): string | undefined {
  const relative = path.relative(workspace, root);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

function rebaseFinding(finding: Finding, prefix: string): Finding {
  return {
    ...finding,
    file: `${prefix}/${finding.file}`,
    ...(finding.related ? { related: finding.related.map((related) => ({ ...related, file: `${prefix}/${related.file}` })) } : {}),
  };
}

/** The result with every file path relative to the repository root. */
export function repositoryRelative(result: ScanResult, prefix: string): ScanResult {
  if (!prefix) return result;
  return {
    ...result,
    findings: result.findings.map((finding) => rebaseFinding(finding, prefix)),
    suppressed: result.suppressed.map((finding) => rebaseFinding(finding, prefix)),
    skipped: result.skipped.map((skipped) => ({ ...skipped, file: `${prefix}/${skipped.file}` })),
  };
}
