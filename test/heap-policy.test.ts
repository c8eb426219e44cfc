/**
 * The one-thread heap policy (src/engine/heap-policy.ts) sets V8 flags for the run and
 * puts them back. Each case runs in a fresh Node process, because the flags belong to the
 * process and the young generation's growth depends on what ran before.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/scan.js';

/** Bursts of allocation, each keeping a quarter alive until the next (as one file's lowering does); the young generation's largest size in MB, under the policy and after its release. */
const SCRIPT = `
import v8 from 'node:v8';
import { OneThreadHeap } from ${JSON.stringify(path.join(REPO_ROOT, 'src', 'engine', 'heap-policy.ts'))};
const young = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size / 1048576;
const burst = () => { const kept = []; for (let i = 0; i < 200_000; i++) { const item = { i, s: 'x' + i, a: [i, i + 1] }; if (i % 4 === 0) kept.push(item); } return kept; };
const heap = process.argv[2] === 'policy' ? new OneThreadHeap() : { afterFile() {}, release() {} };
let held = [];
let during = 0;
for (let file = 0; file < 60; file++) { held = burst(); heap.afterFile(); during = Math.max(during, young()); }
heap.release();
let after = 0;
for (let file = 0; file < 60; file++) { held = burst(); after = Math.max(after, young()); }
console.log(JSON.stringify({ during, after, held: held.length }));
`;

function youngGeneration(mode: 'policy' | 'none'): { during: number; after: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tokengate-heap-'));
  const script = path.join(dir, 'heap.mts');
  fs.writeFileSync(script, SCRIPT);
  try {
    return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', script, mode], { cwd: REPO_ROOT, encoding: 'utf8' })) as { during: number; after: number };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the one-thread heap policy', () => {
  it('stops the young generation growing during the run, and lets it grow again after', () => {
    const unlimited = youngGeneration('none');
    const limited = youngGeneration('policy');
    expect(limited.during).toBeLessThanOrEqual(16);
    expect(limited.during).toBeLessThan(unlimited.during);
    expect(limited.after).toBeGreaterThan(limited.during);
  });
});
