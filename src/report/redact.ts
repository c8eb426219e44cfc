/**
 * Source lines shown in reports (code frames) must not repeat a secret or token value:
 * the literals the front ends bound as secrets, and anything shaped like a JWT or a
 * long key inside quotes, are cut to a short prefix.
 */
import type { ScanResult } from '../engine/scan.js';
import type { Value } from '../model/types.js';

/** A part of a line replaced for display: [start, end) in UTF-16 units. */
export interface Redaction {
  start: number;
  end: number;
  text: string;
}

const JWT = /eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;
/** A quoted run without spaces, long and mixing letters and digits: a key, a token, a password hash. */
const QUOTED = /(["'`])([^\s"'`]{20,})\1/g;

/** The secret literals of a scan (values and environment fallbacks), longest first. */
export function secretLiterals(result: Pick<ScanResult, 'models'>): string[] {
  const literals = new Set<string>();
  const add = (value: Value | undefined): void => {
    if (value?.kind === 'string' && value.value.trim().length >= 3) literals.add(value.value);
    else if (value?.kind === 'env') add(value.fallback);
  };
  for (const model of result.models) for (const binding of model.secrets) add(binding.value);
  return [...literals].sort((a, b) => b.length - a.length);
}

/** At most a quarter of the value, and at most 4 characters, then an ellipsis. */
export function redactedPrefix(value: string): string {
  const shown = Math.min(4, Math.floor(value.length / 4));
  return `${value.slice(0, shown)}…`;
}

function looksLikeKey(text: string): boolean {
  return /[A-Za-z]/.test(text) && /\d/.test(text) && !text.includes('://') && !text.startsWith('/');
}

/** What to hide in one line, as non-overlapping ranges in order. */
export function redactions(line: string, secrets: readonly string[]): Redaction[] {
  const found: Redaction[] = [];
  const overlaps = (start: number, end: number): boolean => found.some((range) => start < range.end && end > range.start);
  for (const secret of secrets) {
    for (let at = line.indexOf(secret); at >= 0; at = line.indexOf(secret, at + secret.length)) {
      if (!overlaps(at, at + secret.length)) found.push({ start: at, end: at + secret.length, text: redactedPrefix(secret) });
    }
  }
  for (const match of line.matchAll(JWT)) {
    const start = match.index;
    if (!overlaps(start, start + match[0].length)) found.push({ start, end: start + match[0].length, text: redactedPrefix(match[0]) });
  }
  for (const match of line.matchAll(QUOTED)) {
    const body = match[2]!;
    const start = match.index + 1;
    if (looksLikeKey(body) && !overlaps(start, start + body.length)) found.push({ start, end: start + body.length, text: redactedPrefix(body) });
  }
  return found.sort((a, b) => a.start - b.start);
}
