/**
 * The heap of a one-thread analysis. Left to itself, V8 lets the young generation grow to
 * two semi-spaces of 16 MB and the old generation to about four times what was live at
 * the last full collection, so most of a long scan's peak is garbage: over the Python
 * standard library the peak was about 200 MiB with 26 MB live at the end. While a
 * one-thread analysis runs, the old generation may grow by half of what is live, and the
 * young generation stops growing at the first file after its two semi-spaces reach 8 MB
 * together. Measured there (the bench's scan, alternating runs): peak 194–208 MiB
 * without, 134–140 MiB with, for 3–9% more time; the JS scan's time did not change.
 *
 * V8's flags belong to the process, workers included, so they are set for the run and put
 * back after it (a worker started later, as in the MCP server's next scan, grows as usual).
 * A Node that ignores them scans as before.
 */
import v8 from 'node:v8';

/** new_space's size (both semi-spaces) at which its growth stops. */
const YOUNG_SPACE_BYTES = 8 * 1024 * 1024;
const DEFAULTS = ['--heap-growing-percent=0', '--semi-space-growth-factor=2'];

export class OneThreadHeap {
  private youngCapped = false;

  constructor() {
    v8.setFlagsFromString('--heap-growing-percent=50');
  }

  /** After each file: once the young generation has grown to its cap, it grows no further. */
  afterFile(): void {
    if (this.youngCapped) return;
    const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
    if (!young || young.space_size < YOUNG_SPACE_BYTES) return;
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    this.youngCapped = true;
  }

  release(): void {
    for (const flag of DEFAULTS) v8.setFlagsFromString(flag);
  }
}
