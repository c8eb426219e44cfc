import type { FileRule } from './types.js';

/** A token carried in a URL. */
export const tokenInUrl: FileRule = {
  id: 'TG402',
  name: 'token-in-url',
  category: 'token-in-url',
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
