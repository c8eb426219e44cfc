import type { FileRule } from './types.js';

/** Issuing tokens without an expiry. */
export const noExp: FileRule = {
  id: 'TG301',
  name: 'no-exp',
  category: 'no-exp',
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
