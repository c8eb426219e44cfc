import type { FileRule } from './types.js';

/** A route without the authentication its siblings have. */
export const missingAuthRoute: FileRule = {
  id: 'TG701',
  name: 'missing-auth-route',
  category: 'missing-auth-route',
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
