import type { Env } from './terminal.js';

export const EXIT_PASS = 0;
export const EXIT_GATE_FAILED = 1;
export const EXIT_USAGE = 2;

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** What a command may touch: its streams, the environment, and the bundle to start scan workers from. */
export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Env;
  workerEntry?: string;
}

/** One `tokengate <name>` command: its line in the overview, its help, and its run. */
export interface Command {
  /** e.g. `scan [PATH]`. */
  synopsis: string;
  summary: string;
  help: string;
  /** The arguments after the command's name; resolves to the exit code. */
  run(args: readonly string[], io: Io): Promise<number> | number;
}
