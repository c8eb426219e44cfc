/**
 * The pool's plan: workers when the work pays for their start, the main thread alone for a
 * tiny tree or one core, and TOKENGATE_WORKERS as the count when it is set.
 */
import { describe, expect, it } from 'vitest';
import { estimatedMs, workersFor, type Work } from '../src/engine/pool-plan.js';

/** A tree of `files` files of `kb` KB each, all in one language. */
function work(language: 'python' | 'javascript', files: number, kb: number): Work {
  return { files, bytes: { [language]: files * kb * 1000 } };
}

describe('the worker plan', () => {
  it('uses both cores for a Python repository of ordinary size (200 files of 8 KB)', () => {
    expect(workersFor(work('python', 200, 8), 2, undefined)).toBe(2);
  });

  it('keeps JS/TS on one thread until the work outweighs loading the TypeScript compiler in each worker', () => {
    expect(workersFor(work('javascript', 600, 5), 2, undefined)).toBe(0);
    expect(workersFor(work('javascript', 2000, 10), 2, undefined)).toBe(2);
  });

  it('keeps a tiny tree on the main thread, where a worker would cost more than it saves', () => {
    expect(workersFor(work('python', 3, 4), 2, undefined)).toBe(0);
    expect(workersFor(work('javascript', 20, 4), 2, undefined)).toBe(0);
    expect(workersFor({ files: 0, bytes: {} }, 2, undefined)).toBe(0);
  });

  it('asks more of JS/TS than of Python before it starts workers: TypeScript costs each worker more to load', () => {
    const breakEven = (language: 'python' | 'javascript'): number => {
      let files = 1;
      while (workersFor(work(language, files, 8), 2, undefined) === 0) files++;
      return files;
    };
    expect(breakEven('javascript')).toBeGreaterThan(breakEven('python'));
  });

  it('grows with the cores, and never starts workers on one core', () => {
    const large = work('python', 5000, 10);
    expect(workersFor(large, 1, undefined)).toBe(0);
    expect(workersFor(large, 4, undefined)).toBe(4);
    expect(workersFor(large, 64, undefined)).toBe(8);
    expect(estimatedMs(large, 4)).toBeLessThan(estimatedMs(large, 2));
  });

  it('takes TOKENGATE_WORKERS as the count: 0 keeps the main thread, N at most one a file', () => {
    const large = work('python', 5000, 10);
    expect(workersFor(large, 2, '0')).toBe(0);
    expect(workersFor(large, 2, '3')).toBe(3);
    expect(workersFor(work('python', 2, 1), 2, '4')).toBe(2);
    expect(workersFor(large, 2, '100')).toBe(16);
    // not a count: the plan decides
    expect(workersFor(large, 2, 'many')).toBe(2);
  });
});
