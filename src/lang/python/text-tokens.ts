/**
 * Python's strings and names read from text, as the tokenizer reads them: a string literal
 * with its prefix (raw, bytes, f-strings with replacement fields, which may hold strings of
 * any quote), and where a name ends. Shared by the scans that read a file's text without a
 * parse (./top-level-scan.ts, ./body-cuts.ts); text they cannot read gives up (`plain()`).
 */
import { plain } from '../unlowered.js';

export type TokenKind = 'name' | 'number' | 'string' | 'op';

export interface Token {
  kind: TokenKind;
  /** The text as written; for a string, its content between the quotes. */
  text: string;
  start: number;
  end: number;
  /** An f-string with a replacement field: its content is no literal. */
  notLiteral?: boolean;
}

/** A name from here (sticky): Python's identifiers. */
const NAME = /[\p{ID_Start}_][\p{ID_Continue}]*/uy;
/** What ends or interrupts a string's content, per delimiter (plain and f-string). */
const STRING_STOPS = new Map<string, RegExp>();
export const STRING_PREFIX = /^(?:[rRuUbBfF]|[rR][bBfF]|[bBfF][rR])$/;

/** The string prefix (`f`, `rb`…) written just before the quote at `quote`, if any. */
export function prefixBefore(text: string, quote: number): string {
  let start = quote;
  while (start > quote - 2 && start > 0 && /[rRuUbBfF]/.test(text[start - 1]!)) start--;
  if (start === quote) return '';
  // letters that end a longer name (`if"a" in b`) are no prefix
  if (start > 0 && /[\p{ID_Continue}]/u.test(text[start - 1]!)) return '';
  const prefix = text.slice(start, quote);
  return STRING_PREFIX.test(prefix) ? prefix : '';
}

/** The end of the name starting at `at`, or `at` when none starts there. */
export function nameEnd(text: string, at: number): number {
  const code = text.charCodeAt(at);
  // ASCII letters and _ (the common case) or any character past ASCII; else no name
  if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code > 127)) return at;
  NAME.lastIndex = at;
  return NAME.test(text) ? NAME.lastIndex : at;
}

/** A string literal from its opening quote at `quote` (its prefix already read). */
export function readString(text: string, quote: number, prefix: string): Token {
  const delimiter = text.startsWith(text[quote]!.repeat(3), quote) ? text[quote]!.repeat(3) : text[quote]!;
  const formatted = /[fF]/.test(prefix);
  const contentStart = quote + delimiter.length;
  let at = contentStart;
  let notLiteral = false;
  const key = formatted ? `f${delimiter}` : delimiter;
  let stops = STRING_STOPS.get(key);
  if (!stops) {
    stops = new RegExp(`\\\\|${delimiter}${delimiter.length === 1 ? '|\\n' : ''}${formatted ? '|[{}]' : ''}`, 'g');
    STRING_STOPS.set(key, stops);
  }
  for (;;) {
    stops.lastIndex = at;
    const stop = stops.exec(text);
    if (!stop) plain();
    at = stop.index;
    const char = text[at]!;
    if (char === '\\') {
      at += 2;
      continue;
    }
    if (text.startsWith(delimiter, at)) break;
    if (char === '\n') plain();
    if (formatted && (char === '{' || char === '}')) {
      // `{{` and `}}` are the braces as text (the tree keeps them in the content); `{` opens a replacement field
      if (text[at + 1] === char) {
        at += 2;
        continue;
      }
      if (char === '}') plain();
      notLiteral = true;
      at = replacementFieldEnd(text, at + 1);
      continue;
    }
    at++;
  }
  return { kind: 'string', text: text.slice(contentStart, at), start: quote, end: at + delimiter.length, notLiteral };
}

/** Past the `}` that closes an f-string's replacement field opened just before `at` (strings inside may use any quotes). */
function replacementFieldEnd(text: string, at: number): number {
  let depth = 1;
  while (at < text.length) {
    const char = text[at]!;
    if (char === '"' || char === "'") {
      at = readString(text, at, '').end;
      continue;
    }
    const stop = nameEnd(text, at);
    if (stop > at) {
      const word = text.slice(at, stop);
      at = (text[stop] === '"' || text[stop] === "'") && STRING_PREFIX.test(word) ? readString(text, stop, word).end : stop;
      continue;
    }
    if (char === '#' || char === '\\') plain();
    if (char === '{' || char === '(' || char === '[') depth++;
    else if (char === '}' || char === ')' || char === ']') {
      depth--;
      if (depth === 0) {
        if (char !== '}') plain();
        return at + 1;
      }
    }
    at++;
  }
  plain();
}
