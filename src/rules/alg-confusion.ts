import type { FileRule } from './types.js';

/** Mixing symmetric and asymmetric algorithms for one key. */
export const algConfusion: FileRule = {
  id: 'TG104',
  name: 'alg-confusion',
  category: 'alg-confusion',
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
