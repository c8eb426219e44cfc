/**
 * The action's inputs: one zod schema holds every default and every check, so a bad
 * value stops the step before scanning with a message naming the input, the value found
 * and what is allowed.
 */
import { z } from 'zod';
import { SEVERITIES } from '../engine/finding.js';

/** Events that carry a diff: annotations and the severity gate default to the changed lines. */
export const DIFF_EVENTS = ['pull_request', 'pull_request_target', 'merge_group'] as const;

export const INPUT_NAMES = [
  'path',
  'config',
  'min-score',
  'fail-on-severity',
  'annotate',
  'check-run',
  'comment',
  'sarif-file',
  'baseline',
  'warn-only',
  'github-token',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

/** Built per event: `annotate` defaults to `changed` where there is a diff, `all` elsewhere. */
function inputsSchema(eventName: string) {
  const diffEvent = (DIFF_EVENTS as readonly string[]).includes(eventName);
  return z.object({
    path: z.string().default('.'),
    config: z.string().default('.tokengate.yml'),
    /** Absent: the config file's min-score (itself 80 by default). */
    'min-score': z
      .string()
      .regex(/^\s*\d+\s*$/, 'expected a whole number from 0 to 100')
      .transform(Number)
      .pipe(z.number().max(100, 'expected a whole number from 0 to 100'))
      .optional(),
    'fail-on-severity': z.enum(['none', ...SEVERITIES]).default('critical'),
    annotate: z.enum(['changed', 'all', 'none']).default(diffEvent ? 'changed' : 'all'),
    'check-run': z.stringbool({ truthy: ['true'], falsy: ['false'] }).default(true),
    comment: z.enum(['always', 'on-failure', 'never']).default('always'),
    'sarif-file': z.string().default('tokengate.sarif'),
    baseline: z.string().optional(),
    'warn-only': z.stringbool({ truthy: ['true'], falsy: ['false'] }).default(false),
    'github-token': z.string().optional(),
  });
}

export type ActionInputs = z.output<ReturnType<typeof inputsSchema>>;

/** A bad input value: the step stops before scanning. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * Reads and validates every input. `getInput` returns '' for an input that is not set
 * (as @actions/core does); empty counts as absent so that the schema's default applies.
 */
export function readInputs(getInput: (name: InputName) => string, eventName: string): ActionInputs {
  const raw: Partial<Record<InputName, string>> = {};
  for (const name of INPUT_NAMES) {
    const value = getInput(name);
    // booleans and enums are compared case-insensitively, as YAML users write True/ALWAYS
    if (value) raw[name] = ['check-run', 'warn-only', 'fail-on-severity', 'annotate', 'comment'].includes(name) ? value.toLowerCase() : value;
  }
  const result = inputsSchema(eventName).safeParse(raw);
  if (result.success) return result.data;
  throw new InputError(
    result.error.issues
      .map((issue) => {
        const name = String(issue.path[0]) as InputName;
        const shown = name === 'github-token' ? '***' : JSON.stringify(getInput(name));
        return `input ${name} is ${shown}; ${expectation(issue)}`;
      })
      .join('\n'),
  );
}

function expectation(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'invalid_value') return issue.message;
  const allowed = issue.values.map(String);
  // z.stringbool reports its truthy and falsy words
  if (allowed.length === 2 && allowed.includes('true') && allowed.includes('false')) return 'expected true or false';
  return `expected one of ${allowed.join(', ')}`;
}
