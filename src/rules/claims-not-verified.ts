import type { FileRule } from './types.js';

/** Audience or issuer verification turned off. */
export const claimsNotVerified: FileRule = {
  id: 'TG304',
  name: 'claims-not-verified',
  category: 'claims-not-verified',
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
