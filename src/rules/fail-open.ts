import type { FileRule } from './types.js';

/** A verification failure that lets the request through. */
export const failOpen: FileRule = {
  id: 'TG601',
  name: 'fail-open',
  category: 'fail-open',
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
