import type { FileRule } from './types.js';

/** Expiry verification turned off. */
export const expNotVerified: FileRule = {
  id: 'TG303',
  name: 'exp-not-verified',
  category: 'exp-not-verified',
  severity: 'high',
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
