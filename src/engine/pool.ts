/**
 * A worker pool over independent tasks (the per-file analysis). Workers run the worker
 * bundle (dist/cli/worker/index.js, for the CLI and the action alike): its entry calls
 * `runWorkerIfRequested(serve)`. The pool knows nothing
 * of what a task is: the entry hands it the function that serves one, and the caller hands
 * it the inputs; both cross the thread boundary by structured clone.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const WORKER_FLAG = 'tokengate-scan-worker';

interface WorkerInit<TInit> {
  role: typeof WORKER_FLAG;
  init: TInit;
}

type Request<TIn> = { index: number; input: TIn } | { done: true };
type Response<TOut> = { index: number; output: TOut } | { index: number; error: string };

/** Makes the task function of a worker from what every task of the pool shares (the config). */
export type TaskServer<TInit, TIn, TOut> = (init: TInit) => (input: TIn) => Promise<TOut>;

/**
 * When this thread was started by the pool, serves task requests and returns true;
 * the entry must then not run its own main.
 */
export function runWorkerIfRequested<TInit, TIn, TOut>(serve: TaskServer<TInit, TIn, TOut>): boolean {
  if (isMainThread || (workerData as WorkerInit<TInit> | undefined)?.role !== WORKER_FLAG || !parentPort) return false;
  const task = serve((workerData as WorkerInit<TInit>).init);
  const port = parentPort;
  port.on('message', (request: Request<TIn>) => {
    if ('done' in request) {
      port.close();
      return;
    }
    task(request.input).then(
      (output) => port.postMessage({ index: request.index, output } satisfies Response<TOut>),
      (error: unknown) => port.postMessage({ index: request.index, error: (error as Error).stack ?? String(error) } satisfies Response<TOut>),
    );
  });
  return true;
}

export interface Pool<TIn, TOut> {
  readonly size: number;
  /** Runs every input on the workers; outputs come back in input order. `onDone` hears of each completion. */
  run(inputs: TIn[], describe: (input: TIn) => string, onDone?: () => void): Promise<TOut[]>;
  close(): Promise<void>;
}

/**
 * The worker bundle, at `relativePath` from an adapter's bundle entry (its `import.meta.url`);
 * from source (tests run the TypeScript) there is none, and the scan stays on one thread.
 */
export function workerBundle(adapterEntryUrl: string, relativePath: string): string | undefined {
  const entry = fileURLToPath(adapterEntryUrl);
  return entry.endsWith('.js') ? path.join(path.dirname(entry), relativePath) : undefined;
}

/** Starts one worker from `entry`, serving tasks made from `init` (the pool's plan decides how many: pool-plan.ts). */
export function startWorker<TInit>(entry: string, init: TInit): Worker {
  return new Worker(entry, { workerData: { role: WORKER_FLAG, init } satisfies WorkerInit<TInit> });
}

/** A pool over workers already started (startWorker); they stay up until close(). */
export function poolOf<TIn, TOut>(workers: Worker[]): Pool<TIn, TOut> {
  return {
    size: workers.length,
    async run(inputs, describe, onDone) {
      const outputs: TOut[] = new Array(inputs.length);
      let next = 0;
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              let inFlight = 0;
              // two tasks in flight per worker keep it busy while the main thread receives
              const fill = (): void => {
                while (inFlight < 2 && next < inputs.length) {
                  inFlight++;
                  const index = next++;
                  worker.postMessage({ index, input: inputs[index]! } satisfies Request<TIn>);
                }
                if (inFlight === 0) finish();
              };
              const onMessage = (response: Response<TOut>): void => {
                inFlight--;
                if ('error' in response) {
                  finish(new Error(`worker failed on ${describe(inputs[response.index]!)}: ${response.error}`));
                  return;
                }
                outputs[response.index] = response.output;
                onDone?.();
                fill();
              };
              const onExit = (code: number): void => {
                if (inFlight > 0) finish(new Error(`scan worker exited with code ${code}`));
              };
              const finish = (error?: Error): void => {
                worker.off('message', onMessage);
                worker.off('error', finish);
                worker.off('exit', onExit);
                if (error) reject(error);
                else resolve();
              };
              worker.on('message', onMessage);
              worker.on('error', finish);
              worker.on('exit', onExit);
              fill();
            }),
        ),
      );
      return outputs;
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
