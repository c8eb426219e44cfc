/**
 * How many scan workers the work pays for, decided from the files found (count and bytes
 * per language) against the measured cost of starting a worker; and the start of those
 * workers while discovery is still walking the tree, as soon as the work found so far
 * pays for them. `TOKENGATE_WORKERS=N` sets the count (0: the main thread alone).
 */
import fs from 'node:fs';
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { SourceFile } from './files.js';
import type { Language } from './finding.js';

/**
 * Per language, measured with `npm run bench` and its corpora on 2 cores, Node 20 (the
 * Python standard library; the npm CLI's JavaScript): one thread's analysis per MB of
 * source; what loading the front end costs a thread the first time (tree-sitter's wasm;
 * the TypeScript compiler, 9 MB, about 0.45 s to compile and evaluate, 0.15 s from the code
 * cache, plus its parser's warm-up, which each thread pays again); and how much slower each
 * of two threads analyses side by side than one alone (shared caches and memory bandwidth:
 * the TypeScript compiler's trees are large, so JS/TS workers lose more of the second core).
 */
const LANGUAGE_COST: Record<Language, { msPerMb: number; loadMs: number; parallelSlowdown: number }> = {
  python: { msPerMb: 720, loadMs: 60, parallelSlowdown: 1.3 },
  javascript: { msPerMb: 1000, loadMs: 600, parallelSlowdown: 1.6 },
  typescript: { msPerMb: 1000, loadMs: 600, parallelSlowdown: 1.6 },
};
/** A worker thread's start until it can take a file: the thread and the worker bundle's entry (80 KB; about 0.1 s, two at once on 2 cores). */
const WORKER_START_MS = 100;
/** The main thread's share per file with workers: posting it, receiving and merging its outcome. */
const PER_FILE_MS = 0.3;
/** Workers must promise at least this much less wall time: the estimate is rough, and workers cost memory. */
const REQUIRED_GAIN = 0.9;
const MAX_WORKERS = 8;
const MAX_WORKERS_ASKED = 16;

/** The work discovery found so far. */
export interface Work {
  files: number;
  bytes: Partial<Record<Language, number>>;
}

/** The estimated wall time of analysing the work on `workers` threads (0: the main thread). */
export function estimatedMs(work: Work, workers: number): number {
  let load = 0;
  let analysis = 0;
  let sideBySide = 0;
  for (const [language, bytes] of Object.entries(work.bytes) as [Language, number][]) {
    const cost = LANGUAGE_COST[language];
    load += cost.loadMs;
    analysis += (bytes / 1_000_000) * cost.msPerMb;
    sideBySide += (bytes / 1_000_000) * cost.msPerMb * cost.parallelSlowdown;
  }
  if (workers === 0) return load + analysis;
  // each worker loads the front ends itself, at the same time as the others
  return WORKER_START_MS + load + sideBySide / workers + work.files * PER_FILE_MS;
}

/**
 * The number of workers for the work: `asked` (TOKENGATE_WORKERS) when it is a count, at
 * most one a file; otherwise the count that the estimate says pays, 0 when none does or
 * there is one core.
 */
export function workersFor(work: Work, cores = os.availableParallelism(), asked = process.env.TOKENGATE_WORKERS): number {
  if (asked !== undefined && /^\d+$/.test(asked)) return Math.min(Number(asked), MAX_WORKERS_ASKED, work.files);
  const single = estimatedMs(work, 0);
  let best = 0;
  let bestMs = single * REQUIRED_GAIN;
  for (let workers = 2; workers <= Math.min(cores, MAX_WORKERS); workers++) {
    const ms = estimatedMs(work, workers);
    if (ms < bestMs) {
      best = workers;
      bestMs = ms;
    }
  }
  return best;
}

/**
 * Tallies the files discovery finds and starts workers as soon as the work found so far
 * pays for them, so that their start overlaps the rest of the walk. Without a start
 * function (no bundle to start workers from) it only counts.
 */
export class WorkerStarter {
  private readonly work: Work = { files: 0, bytes: {} };
  private readonly started: Worker[] = [];

  constructor(private readonly start?: () => Worker) {}

  /** One more file found; may start workers. */
  add = (file: SourceFile): void => {
    this.work.files++;
    this.work.bytes[file.language] = (this.work.bytes[file.language] ?? 0) + sizeOf(file.absPath);
    if (this.start) this.grow();
  };

  /** Discovery is done: the workers the whole work pays for (none: analyse on the main thread). */
  finish(): Worker[] {
    if (this.start) this.grow();
    return this.started;
  }

  /** Discovery failed: the workers started are stopped. */
  async abandon(): Promise<void> {
    await Promise.all(this.started.map((worker) => worker.terminate()));
  }

  private grow(): void {
    const wanted = workersFor(this.work);
    while (this.started.length < wanted) this.started.push(this.start!());
  }
}

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    // unreadable: reading it later says why; it costs nothing to analyse
    return 0;
  }
}
