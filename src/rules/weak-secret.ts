import type { FileRule } from './types.js';

/** A short or placeholder signing secret. */
export const weakSecret: FileRule = {
  id: 'TG202',
  name: 'weak-secret',
  category: 'weak-secret',
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
