/**
 * The depth budget of the analysis. The walkers, value evaluation, the recognizers and the
 * CFG builders recurse over syntax trees; a tree deeper than the stack allows (a 5,000-term
 * concatenation, thousands of nested brackets or calls) would overflow it and lose every
 * finding of the file. So before a file is lowered, each node at the budget's depth is
 * replaced in the text by a placeholder of the same length that reads as an unknown value
 * (`...` in Python, `(void 0)` in JS/TS), and the file is parsed again: lines and columns
 * stay where they were, the rest of the file is analysed as usual, and the replaced spans
 * are reported as not analysed (rule not-analysed), so that nothing is hidden silently.
 *
 * Real code stays far below the budget: the deepest trees in the Python standard library,
 * the npm CLI's dependencies and the corpus repositories are 29-55 levels deep. Without
 * the budget the analysis itself copes with about 1,000 levels on Node's default stack,
 * so the budget leaves a wide margin for stacks already deep when a file is analysed.
 */
import type { SkippedRegion } from '../model/types.js';
import { LineIndex } from './line-index.js';

/** Tree levels analysed; deeper nodes are cut. */
export const DEPTH_BUDGET = 200;
/** Below the budget, a node with too few tokens to reach it is not walked: each token adds at most this many levels… */
const LEVELS_PER_TOKEN = 2;
/** …plus a few wrapper nodes that own no token (expression statements, blocks). */
const WRAPPER_LEVELS = 8;
/** Past the budget, a node with no placeholder that fits is descended into; this far past it, it is blanked. */
const HARD_EXTRA = 40;

/** A span of the text to replace: `open` at its start, `close` at its end, blanks between (line breaks kept). */
export interface Cut {
  start: number;
  end: number;
  open: string;
  close: string;
}

/** The placeholders one front end offers for a node, most preferred first; undefined when it must be descended into. */
export type PlaceholderChoice = (nodeType: string, text: string, start: number, end: number) => Cut | undefined;

/**
 * Per text offset, how many tokens may start before it. Each ASCII punctuation character
 * and each non-ASCII character counts as one, and so does each run of word characters: never
 * fewer than the real tokens (string contents count too), so that the walk skips only
 * subtrees that cannot reach the budget.
 */
export function tokenStarts(text: string): Int32Array {
  const length = text.length;
  const starts = new Int32Array(length + 1);
  let count = 0;
  let previous = BLANK;
  for (let index = 0; index < length; index++) {
    starts[index] = count;
    const code = text.charCodeAt(index);
    const kind = code < 128 ? CHARACTER_KIND[code]! : OTHER;
    // a word character starts a token only after one that is not a word character; any other character is a token
    count += kind === WORD ? (previous === WORD ? 0 : 1) : kind === OTHER ? 1 : 0;
    previous = kind;
  }
  starts[length] = count;
  return starts;
}

const BLANK = 0;
const WORD = 1;
const OTHER = 2;
/**
 * Per ASCII code, its kind for tokenStarts: blank (space, tab, line breaks, vertical tab,
 * form feed), word (letters, digits, `_`, `$`) or other. A table read instead of range
 * tests: the count runs over every character of every lowered file (about 0.1 s over the
 * Python standard library before; 0.6-0.75x of that with the table, measured cold and warm).
 */
const CHARACTER_KIND = (() => {
  const kinds = new Uint8Array(128).fill(OTHER);
  for (const code of [9, 10, 11, 12, 13, 32]) kinds[code] = BLANK;
  for (const [first, last] of [[48, 57], [65, 90], [97, 122]] as const) for (let code = first; code <= last; code++) kinds[code] = WORD;
  kinds[95] = WORD;
  kinds[36] = WORD;
  return kinds;
})();

/** Whether a node `depth` levels down, spanning start..end, may hold a node at the budget's depth. */
export function mayReachBudget(starts: Int32Array, start: number, end: number, depth: number, budget: number): boolean {
  return depth + LEVELS_PER_TOKEN * (starts[end]! - starts[start]!) + WRAPPER_LEVELS >= budget;
}

/**
 * What to do with a node at `depth`: nothing yet (undefined: walk on), leave it (a
 * placeholder from an earlier cut), cut it with a placeholder, or blank it (none fits).
 */
export function cutAt(choose: PlaceholderChoice, nodeType: string, text: string, start: number, end: number, depth: number, budget: number): Cut | 'leave' | undefined {
  if (depth < budget) return undefined;
  if (PLACEHOLDERS.has(text.slice(start, end).replace(/\s+/g, ''))) return 'leave';
  return choose(nodeType, text, start, end) ?? (depth >= budget + HARD_EXTRA ? { start, end, open: '', close: '' } : undefined);
}

/** What the placeholders read as, without their blanks: a node holding only one is not cut again. */
const PLACEHOLDERS = new Set(['...', '(...)', 'pass', '_', '(_)', '(void0)', 'void0', 'any', ';', '{}', '[]', '()', '']);

/** A placeholder for start..end when `open` and `close` fit: enough characters, and no line break where they are written. */
export function placeholder(text: string, start: number, end: number, open: string, close = ''): Cut | undefined {
  if (end - start < open.length + close.length) return undefined;
  for (let index = start; index < start + open.length; index++) if (isLineBreak(text.charCodeAt(index))) return undefined;
  for (let index = end - close.length; index < end; index++) if (isLineBreak(text.charCodeAt(index))) return undefined;
  return { start, end, open, close };
}

export function spansLines(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (isLineBreak(text.charCodeAt(index))) return true;
  return false;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/**
 * The text with every cut applied (cuts do not overlap): the same lines, and every column
 * outside the cuts where it was. Lines wholly inside a cut are left empty (a parser takes
 * long runs of blank space slowly), so offsets after a multi-line cut move.
 */
export function applyCuts(text: string, cuts: readonly Cut[]): string {
  const ordered = [...cuts].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const cut of ordered) {
    parts.push(text.slice(at, cut.start));
    const inner = text.slice(cut.start + cut.open.length, cut.end - cut.close.length);
    const lines = inner.split(/(\r?\n|\r)/);
    if (lines.length === 1) {
      parts.push(cut.open, ' '.repeat(inner.length), cut.close);
    } else {
      // the first line ends after the opening text; the last keeps its width, so that what follows the cut stays in its column
      const last = lines.length - 1;
      parts.push(cut.open, ...lines.map((line, index) => (index % 2 === 1 ? line : index === last ? ' '.repeat(line.length) : '')), cut.close);
    }
    at = cut.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The lines and columns each cut covers in `text` (the text the cut offsets refer to). */
export function cutRegions(text: string, cuts: readonly Cut[], budget: number): SkippedRegion[] {
  const lines = new LineIndex(text);
  return cuts.map((cut) => ({ loc: lines.locOf(cut.start, cut.end), reason: `nested deeper than ${budget} levels` }));
}

/** Regions in line order, those on touching or overlapping lines merged: what the report lists as not analysed. */
export function mergeRegions(regions: readonly SkippedRegion[]): SkippedRegion[] {
  const ordered = [...regions].sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
  const merged: SkippedRegion[] = [];
  for (const region of ordered) {
    const last = merged.at(-1);
    if (last && last.reason === region.reason && region.loc.line <= last.loc.endLine + 1) {
      const { endLine, endColumn } = region.loc;
      if (endLine > last.loc.endLine || (endLine === last.loc.endLine && endColumn > last.loc.endColumn)) last.loc = { ...last.loc, endLine, endColumn };
      continue;
    }
    merged.push({ loc: { ...region.loc }, reason: region.reason });
  }
  return merged;
}

/** A stack overflow (V8's RangeError), as opposed to any other failure. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
