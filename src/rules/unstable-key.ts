import type { FileRule } from './types.js';

/** A shared key derived with the per-process hash(). */
export const unstableKey: FileRule = {
  id: 'TG405',
  name: 'unstable-key',
  category: 'unstable-key',
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
