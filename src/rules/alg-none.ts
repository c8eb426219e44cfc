import type { FileRule } from './types.js';

/** Accepting or issuing tokens with the "none" algorithm. */
export const algNone: FileRule = {
  id: 'TG103',
  name: 'alg-none',
  category: 'alg-none',
  severity: 'critical',
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
