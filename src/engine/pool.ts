/**
 * A worker pool over the per-file work (read, parse, lower, file rules). Files are
 * independent until the repository rules, so both cores pay. Workers run the same
 * bundle file as the main thread (dist/index.js or dist/cli/index.js): the entry calls
 * `runWorkerIfRequested()` first and becomes a worker when started by the pool.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Config } from './config.js';
import type { SourceFile } from './files.js';
import type { FileOutcome } from './scan.js';

const WORKER_FLAG = 'tokengate-scan-worker';

interface WorkerInit {
  role: typeof WORKER_FLAG;
  config: Config;
}

type Request = { index: number; file: SourceFile } | { done: true };
type Response = { index: number; outcome: FileOutcome } | { index: number; error: string };

/**
 * When this thread was started by the pool, serves file requests and returns true;
 * the entry must then not run its own main.
 */
export function runWorkerIfRequested(analyse: (file: SourceFile, config: Config) => Promise<FileOutcome>): boolean {
  if (isMainThread || (workerData as WorkerInit | undefined)?.role !== WORKER_FLAG || !parentPort) return false;
  const { config } = workerData as WorkerInit;
  const port = parentPort;
  port.on('message', (request: Request) => {
    if ('done' in request) {
      port.close();
      return;
    }
    analyse(request.file, config).then(
      (outcome) => port.postMessage({ index: request.index, outcome } satisfies Response),
      (error: unknown) => port.postMessage({ index: request.index, error: (error as Error).stack ?? String(error) } satisfies Response),
    );
  });
  return true;
}

/** Starts one scan worker from the bundle file `entry`; it loads a front end when its first file of that language comes. */
export function startWorker(entry: string, config: Config): Worker {
  return new Worker(entry, { workerData: { role: WORKER_FLAG, config } satisfies WorkerInit });
}

/** Analyses files on the workers given (and stops them); outcomes come back in file order. `onDone` hears of each completion. */
export async function analyseInWorkers(workers: Worker[], files: SourceFile[], onDone?: () => void): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(files.length);
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            // two files in flight per worker keep it busy while the main thread receives
            const send = (): void => {
              if (next < files.length) {
                const index = next++;
                worker.postMessage({ index, file: files[index]! } satisfies Request);
              }
            };
            let inFlight = 0;
            const fill = (): void => {
              while (inFlight < 2 && next < files.length) {
                inFlight++;
                send();
              }
              if (inFlight === 0) resolve();
            };
            worker.on('message', (response: Response) => {
              inFlight--;
              if ('error' in response) {
                reject(new Error(`worker failed on ${files[response.index]?.relPath}: ${response.error}`));
                return;
              }
              outcomes[response.index] = response.outcome;
              onDone?.();
              fill();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (inFlight > 0) reject(new Error(`scan worker exited with code ${code}`));
            });
            fill();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}
