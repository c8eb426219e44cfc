import type { RepositoryRule } from './types.js';

/** The same token verified by separate hand-written code. */
export const scatteredValidation: RepositoryRule = {
  id: 'TG703',
  name: 'scattered-validation',
  category: 'scattered-validation',
  severity: 'low',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'repository',
  docs: {
    what: 'TODO',
    why: 'TODO',
    fix: 'TODO',
    fixShort: 'TODO',
    examples: [],
  },
  check(models) {
    void models;
    return [];
  },
};
