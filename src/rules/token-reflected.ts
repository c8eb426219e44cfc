import type { FileRule } from './types.js';

/** A token echoed in a response or error. */
export const tokenReflected: FileRule = {
  id: 'TG404',
  name: 'token-reflected',
  category: 'token-reflected',
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
