import type { FileRule } from './types.js';

/** Access tokens that live longer than a day. */
export const longExp: FileRule = {
  id: 'TG302',
  name: 'long-exp',
  category: 'long-exp',
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
