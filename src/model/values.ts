/** Small helpers over abstract values, shared by the front ends. */
import type { Value } from './types.js';

export type TokenValue = Extract<Value, { kind: 'token' }>;

/** Transforms kept in order; past this many, a transform already listed is not listed again (a loop of `t = t.strip()`). */
const MAX_TRANSFORMS = 64;

export function withTransform(value: TokenValue, transform: string): TokenValue {
  if (value.transforms.length >= MAX_TRANSFORMS && value.transforms.includes(transform)) return value;
  return { ...value, transforms: [...value.transforms, transform] };
}

/**
 * Containers nested deeper than this (`x1 = [x0]`, `x2 = [x1]`, … over thousands of lines)
 * read as unknown: the helpers over values recurse into them, and the model crosses to
 * the scan workers by structured clone.
 */
export const MAX_VALUE_DEPTH = 32;
const depths = new WeakMap<Value, number>();

/** How deep containers nest in a value (1 for a scalar), computed once per value object. */
export function valueDepth(value: Value): number {
  if (value.kind !== 'list' && value.kind !== 'dict' && value.kind !== 'env') return 1;
  const known = depths.get(value);
  if (known !== undefined) return known;
  let inner = 0;
  if (value.kind === 'list') for (const item of value.items) inner = Math.max(inner, valueDepth(item));
  else if (value.kind === 'dict') for (const entry of value.entries) inner = Math.max(inner, valueDepth(entry.value));
  else if (value.fallback) inner = valueDepth(value.fallback);
  depths.set(value, inner + 1);
  return inner + 1;
}

/** The value; when its containers nest past MAX_VALUE_DEPTH, the token inside it (a token stays a token), else unknown. */
export function withinValueDepth(value: Value): Value {
  if (valueDepth(value) <= MAX_VALUE_DEPTH) return value;
  return firstToken(value) ?? { kind: 'unknown' };
}

/** The first token value inside a value (directly, or in a container). */
export function firstToken(value: Value): TokenValue | undefined {
  if (value.kind === 'token') return value;
  if (value.kind === 'list') {
    for (const item of value.items) {
      const token = firstToken(item);
      if (token) return token;
    }
  }
  if (value.kind === 'dict') {
    for (const entry of value.entries) {
      const token = firstToken(entry.value);
      if (token) return token;
    }
  }
  return undefined;
}
