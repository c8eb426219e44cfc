/**
 * The worker pool gives the same report as one thread. Runs the committed CLI bundle,
 * since workers are started from the bundle file.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTree, REPO_ROOT } from './helpers/scan.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');

function tree(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let index = 0; index < 1100; index++) {
    files[`pkg${index % 7}/module_${index}.py`] = index % 100 === 0 ? `import jwt\n\n\ndef check(token, key):\n    return jwt.decode(token, key)\n` : `def f${index}(x):\n    return x + ${index}\n`;
  }
  files['web/app.ts'] = "import jwt from 'jsonwebtoken';\nexport const check = (t: string, k: string) => jwt.verify(t, k);\n";
  return files;
}

function scanWith(root: string, workers: number): { status: number | null; report: Record<string, unknown> } {
  const result = spawnSync(process.execPath, [CLI, 'scan', root, '--format', 'json', '--min-score', '0'], { encoding: 'utf8', env: { ...process.env, TOKENGATE_WORKERS: String(workers) }, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(result.stderr);
  const report = JSON.parse(result.stdout) as Record<string, unknown> & { stats: Record<string, unknown> };
  delete report.stats.timings;
  delete report.stats.peakRssMb;
  return { status: result.status, report };
}

describe('worker pool', () => {
  const root = makeTree(tree());
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reports exactly what a single thread reports', () => {
    const single = scanWith(root, 0);
    const pooled = scanWith(root, 2);
    expect((single.report.findings as unknown[]).length).toBeGreaterThanOrEqual(11);
    expect(pooled.report).toEqual(single.report);
    expect((pooled.report.stats as { files: number }).files).toBe(1101);
  });
});
