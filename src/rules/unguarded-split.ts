import type { FileRule } from './types.js';

/** Splitting the Authorization header without checking its shape. */
export const unguardedSplit: FileRule = {
  id: 'TG602',
  name: 'unguarded-split',
  category: 'unguarded-split',
  severity: 'low',
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
