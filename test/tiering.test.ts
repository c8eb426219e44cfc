/**
 * The scan's tiering (src/engine/tiering.ts) raises V8's interrupt budget, so a function
 * must run longer before it is optimized. Each case runs in a fresh Node process (the flag
 * belongs to the process), with V8's own status of a small hot function.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/scan.js';

/** 20,000 calls of a small function: optimized under V8's default budget, not under the scan's. */
const SCRIPT = `
import { tierForShortRun } from ${JSON.stringify(path.join(REPO_ROOT, 'src', 'engine', 'tiering.ts'))};
if (process.argv[2] === 'tiered') tierForShortRun();
function hot(x) { return (x * 3) ^ (x >> 2); }
function drive(n) { let sum = 0; for (let i = 0; i < n; i++) sum += hot(i); return sum; }
eval('%NeverOptimizeFunction(drive)');
drive(20_000);
const OPTIMIZED = 16;
console.log(JSON.stringify({ optimized: (eval('%GetOptimizationStatus(hot)') & OPTIMIZED) !== 0 }));
`;

function hotFunctionOptimized(mode: 'tiered' | 'default', nodeFlags: string[] = []): boolean {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tokengate-tiering-'));
  const script = path.join(dir, 'tiering.mjs');
  fs.writeFileSync(script, SCRIPT);
  try {
    const output = execFileSync(process.execPath, ['--allow-natives-syntax', '--no-concurrent-recompilation', ...nodeFlags, '--import', 'tsx', script, mode], { cwd: REPO_ROOT, encoding: 'utf8' });
    return (JSON.parse(output) as { optimized: boolean }).optimized;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the scan tiering', () => {
  it('leaves a function that ran briefly unoptimized, where V8 by default optimizes it', () => {
    expect(hotFunctionOptimized('default')).toBe(true);
    expect(hotFunctionOptimized('tiered')).toBe(false);
  });

  it('keeps a budget given on the command line', () => {
    expect(hotFunctionOptimized('tiered', ['--interrupt-budget=67584'])).toBe(true);
  });
});
