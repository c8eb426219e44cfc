/**
 * Progress on stderr while files are analysed: "files done/total, rate". On a terminal
 * it redraws one line and clears it at the end; it appears only once a scan has taken
 * longer than a second, so quick scans print nothing. Asked for elsewhere (--progress),
 * it writes a plain line at most once a second.
 */

export interface ProgressSink {
  write(text: string): void;
}

export interface ProgressOptions {
  sink: ProgressSink;
  /** Redraw in place (a terminal) or write lines (a pipe or log). */
  live: boolean;
  /** Nothing is shown before this many milliseconds. */
  delayMs: number;
  now?: () => number;
}

export interface Progress {
  update(done: number, total: number): void;
  /** Clears the line (live) and stops. */
  finish(): void;
}

const CLEAR_LINE = '\r\u001b[2K';
const LIVE_INTERVAL_MS = 100;
const LINE_INTERVAL_MS = 1000;

export function progressReporter(options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const started = now();
  let lastDrawn: number | undefined;
  let drawn = false;
  let finished = false;
  return {
    update(done, total) {
      if (finished) return;
      const at = now();
      const elapsed = at - started;
      if (elapsed < options.delayMs) return;
      const interval = options.live ? LIVE_INTERVAL_MS : LINE_INTERVAL_MS;
      if (lastDrawn !== undefined && at - lastDrawn < interval && done < total) return;
      lastDrawn = at;
      const rate = elapsed > 0 ? Math.round(done / (elapsed / 1000)) : 0;
      const text = `tokengate: ${done}/${total} files analysed, ${rate} files/s`;
      options.sink.write(options.live ? `${CLEAR_LINE}${text}` : `${text}\n`);
      drawn = true;
    },
    finish() {
      if (finished) return;
      finished = true;
      if (drawn && options.live) options.sink.write(CLEAR_LINE);
    },
  };
}
