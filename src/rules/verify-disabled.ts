import type { FileRule } from './types.js';

/** Decoding a token without verifying its signature. */
export const verifyDisabled: FileRule = {
  id: 'TG101',
  name: 'verify-disabled',
  category: 'verify-disabled',
  severity: 'critical',
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
