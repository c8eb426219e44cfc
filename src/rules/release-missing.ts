import type { FileRule } from './types.js';

/** A token-keyed resource not released on some path. */
export const releaseMissing: FileRule = {
  id: 'TG502',
  name: 'release-missing',
  category: 'release-missing',
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
