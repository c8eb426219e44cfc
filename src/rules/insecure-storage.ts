import type { FileRule } from './types.js';

/** A token stored where scripts can read it. */
export const insecureStorage: FileRule = {
  id: 'TG702',
  name: 'insecure-storage',
  category: 'insecure-storage',
  severity: 'medium',
  languages: ['typescript', 'javascript'],
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
