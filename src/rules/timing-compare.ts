import type { FileRule } from './types.js';

/** Comparing a presented token with == instead of a constant-time compare. */
export const timingCompare: FileRule = {
  id: 'TG603',
  name: 'timing-compare',
  category: 'timing-compare',
  severity: 'medium',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'file',
  docs: {
    what: 'TODO',
    why: 'TODO',
    fix: 'TODO',
    fixShort: 'TODO',
    examples: [],
  },
  check(model) {
    void model;
    return [];
  },
};
