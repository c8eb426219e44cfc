import type { FileRule } from './types.js';

/** A signing key or secret written in the source. */
export const hardcodedSecret: FileRule = {
  id: 'TG201',
  name: 'hardcoded-secret',
  category: 'hardcoded-secret',
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
