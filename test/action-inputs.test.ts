import { describe, expect, it } from 'vitest';
import { InputError, readInputs, type InputName } from '../src/action/inputs.js';

const read = (values: Partial<Record<InputName, string>>, event = 'push') => readInputs((name) => values[name] ?? '', event);
const errorOf = (values: Partial<Record<InputName, string>>): string => {
  try {
    read(values);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
};

describe('action inputs', () => {
  it('apply the defaults when nothing is set', () => {
    expect(read({})).toEqual({
      path: '.',
      config: '.tokengate.yml',
      'fail-on-severity': 'critical',
      annotate: 'all',
      'check-run': true,
      comment: 'always',
      'sarif-file': 'tokengate.sarif',
      'warn-only': false,
    });
  });

  it('default annotate to changed on events with a diff, all elsewhere', () => {
    for (const event of ['pull_request', 'pull_request_target', 'merge_group']) expect(read({}, event).annotate).toBe('changed');
    for (const event of ['push', 'schedule', 'workflow_dispatch']) expect(read({}, event).annotate).toBe('all');
    expect(read({ annotate: 'all' }, 'pull_request').annotate).toBe('all');
  });

  it('read "false" as false (not as a non-empty string) and accept any case', () => {
    const inputs = read({ 'check-run': 'false', 'warn-only': 'True' });
    expect(inputs['check-run']).toBe(false);
    expect(inputs['warn-only']).toBe(true);
  });

  it('turn min-score into a number and leave it unset when absent', () => {
    expect(read({ 'min-score': '70' })['min-score']).toBe(70);
    expect(read({ 'min-score': '0' })['min-score']).toBe(0);
    expect(read({})['min-score']).toBeUndefined();
  });

  it('name the input, the value and what is allowed when a value is bad', () => {
    expect(errorOf({ 'min-score': 'abc' })).toBe('input min-score is "abc"; expected a whole number from 0 to 100');
    expect(errorOf({ 'min-score': '101' })).toMatch(/^input min-score is "101"; expected a whole number from 0 to 100$/);
    expect(errorOf({ 'min-score': '-1' })).toMatch(/min-score is "-1"/);
    expect(errorOf({ 'fail-on-severity': 'severe' })).toBe('input fail-on-severity is "severe"; expected one of none, critical, high, medium, low');
    expect(errorOf({ annotate: 'some' })).toBe('input annotate is "some"; expected one of changed, all, none');
    expect(errorOf({ comment: 'sometimes' })).toBe('input comment is "sometimes"; expected one of always, on-failure, never');
    expect(errorOf({ 'warn-only': 'yes' })).toBe('input warn-only is "yes"; expected true or false');
    expect(errorOf({ 'check-run': '1' })).toBe('input check-run is "1"; expected true or false');
  });

  it('report every bad input at once', () => {
    const message = errorOf({ 'min-score': 'x', comment: 'loud' });
    expect(message.split('\n')).toHaveLength(2);
  });
});
