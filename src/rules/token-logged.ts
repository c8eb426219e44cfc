import type { FileRule } from './types.js';

/** A token written to a log. */
export const tokenLogged: FileRule = {
  id: 'TG401',
  name: 'token-logged',
  category: 'token-logged',
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
