/**
 * When V8 optimizes the scan's functions. A scan is a short process that runs a large body
 * of code (the TypeScript compiler's parser, the lowerings, the rules) over a few hundred
 * files; with V8's default interrupt budget much of that code is optimized by TurboFan, on
 * the second core and partly on this thread, and deoptimized and optimized again, for less
 * time than the compile takes. A budget about six times V8's default (67,584 bytecodes run
 * before a function is considered for optimizing) keeps the optimizing for the code that
 * runs longest. Measured on the bench's corpora (2 cores, Node 20, the built CLI against
 * the one before, alternating): the npm CLI's JavaScript on one thread 0.72x the CPU time
 * and 0.89x the wall time; the Python standard library 0.87x the CPU time and the same wall
 * time on one thread, 0.85x the wall time with two workers. A budget of 1M was no faster.
 *
 * The flag belongs to the process (workers included) and stays set: later scans in the same
 * process (the MCP server) still optimize their hot code, later. A budget given on the
 * command line (`node --interrupt-budget=N`) is kept.
 */
import v8 from 'node:v8';

const INTERRUPT_BUDGET = 400_000;

let applied = false;

export function tierForShortRun(): void {
  if (applied) return;
  applied = true;
  if (process.execArgv.some((argument) => argument.startsWith('--interrupt-budget'))) return;
  v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
