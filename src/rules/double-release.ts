import type { FileRule } from './types.js';

/** A token-keyed resource released twice on one path. */
export const doubleRelease: FileRule = {
  id: 'TG501',
  name: 'double-release',
  category: 'double-release',
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
