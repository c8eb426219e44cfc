import type { FileRule } from './types.js';

/** A raw token used as a cache or store key. */
export const tokenCacheKey: FileRule = {
  id: 'TG403',
  name: 'token-cache-key',
  category: 'token-cache-key',
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
