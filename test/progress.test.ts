/** The progress line and the colour decision, with a clock and an environment the test controls. */
import { describe, expect, it } from 'vitest';
import { progressReporter } from '../src/cli/progress.js';
import { colourEnabled, inCI } from '../src/cli/terminal.js';

function recorder(live: boolean, delayMs = 1000) {
  let time = 0;
  const written: string[] = [];
  const progress = progressReporter({ sink: { write: (text) => written.push(text) }, live, delayMs, now: () => time });
  return { progress, written, advance: (ms: number) => (time += ms) };
}

describe('progress', () => {
  it('shows nothing for a scan under a second', () => {
    const { progress, written, advance } = recorder(true);
    for (let done = 0; done <= 50; done++) {
      advance(10);
      progress.update(done, 50);
    }
    progress.finish();
    expect(written).toEqual([]);
  });

  it('after a second redraws one line with files done/total and the rate, at most every 100 ms, and clears it', () => {
    const { progress, written, advance } = recorder(true);
    advance(1000);
    progress.update(100, 400);
    advance(50);
    progress.update(105, 400); // too soon: not drawn
    advance(60);
    progress.update(111, 400);
    advance(10);
    progress.update(400, 400); // the last one is always drawn
    progress.finish();
    progress.update(400, 400); // after finish: nothing
    expect(written).toEqual([
      '\r\u001b[2Ktokengate: 100/400 files analysed, 100 files/s',
      '\r\u001b[2Ktokengate: 111/400 files analysed, 100 files/s',
      '\r\u001b[2Ktokengate: 400/400 files analysed, 357 files/s',
      '\r\u001b[2K',
    ]);
  });

  it('off a terminal writes whole lines at most once a second and never clears', () => {
    const { progress, written, advance } = recorder(false, 0);
    progress.update(0, 10);
    advance(500);
    progress.update(5, 10);
    advance(600);
    progress.update(7, 10);
    progress.finish();
    expect(written).toEqual(['tokengate: 0/10 files analysed, 0 files/s\n', 'tokengate: 7/10 files analysed, 6 files/s\n']);
  });
});

describe('colour', () => {
  it('is on for a TTY only, off with NO_COLOR or TERM=dumb, and FORCE_COLOR decides over everything', () => {
    expect(colourEnabled(true, {})).toBe(true);
    expect(colourEnabled(false, {})).toBe(false);
    expect(colourEnabled(undefined, {})).toBe(false);
    expect(colourEnabled(true, { NO_COLOR: '1' })).toBe(false);
    expect(colourEnabled(true, { NO_COLOR: '' })).toBe(true);
    expect(colourEnabled(true, { TERM: 'dumb' })).toBe(false);
    expect(colourEnabled(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(colourEnabled(false, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(colourEnabled(true, { FORCE_COLOR: '0' })).toBe(false);
    expect(colourEnabled(true, { FORCE_COLOR: 'false' })).toBe(false);
  });

  it('knows CI by its variables', () => {
    expect(inCI({ CI: 'true' })).toBe(true);
    expect(inCI({ GITHUB_ACTIONS: 'true' })).toBe(true);
    expect(inCI({ CI: 'false' })).toBe(false);
    expect(inCI({})).toBe(false);
  });
});
