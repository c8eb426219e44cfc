/** Small helpers over abstract values, shared by the front ends. */
import type { Value } from './types.js';

export type TokenValue = Extract<Value, { kind: 'token' }>;

export function withTransform(value: TokenValue, transform: string): TokenValue {
  return { ...value, transforms: [...value.transforms, transform] };
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
