/**
 * Function bodies left out of the parse. The walker leaves the body of a function without
 * decorators (or with inert ones only: @property, @abstractmethod…) alone when its text has
 * no word that can lead to a fact (FUNCTION_RELEVANT in ./lower.ts); in the standard library's lowered files a third of the bytes sit in such
 * bodies, and tree-sitter spent as long on them as on the rest. Here a scan of the text
 * finds them, for module-level functions and the methods of module-level classes, and
 * the text is parsed with each such body replaced by one statement, `0`, where it began
 * (so its indentation, and how tree-sitter attaches the comments after it, stay as they
 * were). The tree reader (./tree-reader.ts) maps every offset of that tree back onto the
 * original text, and should the walker or a recognizer ask for such a body after all (a
 * helper whose return value a caller evaluates), parses it then, from the original text.
 *
 * The scan reads logical lines as Python's tokenizer does (strings, f-strings, comments,
 * brackets, line continuations). Text it cannot read, indentation with tabs or form
 * feeds, and a lone carriage return leave the file whole.
 */
import { readIfPlain, NEEDS_PARSE, plain } from '../unlowered.js';
import { prefixBefore, readString } from './text-tokens.js';

/** A function body left out: the function starts at `defStart`, its body's statements span `start`..`end`. */
export interface BodyCut {
  defStart: number;
  start: number;
  end: number;
}

/** The text parsed in place of the original, and where each cut's `0` stands in it. */
export interface CutText {
  readonly text: string;
  readonly cuts: readonly BodyCut[];
  /** Per cut, the offset of its `0` in `text`. */
  readonly placeholders: readonly number[];
  /** Per cut, how far offsets after its `0` move back onto the original text. */
  readonly shifts: readonly number[];
}

interface LogicalLine {
  /** The first character of its code (past the indentation). */
  start: number;
  /** Past the last character of its code (a comment after it is not code). */
  end: number;
  indent: number;
}

/** What ends a stretch of code a logical line is skimmed over. */
const STOPS = /["'#()[\]{}\\\n]/g;
const DEF = /(?:async[ \t]+)?def[ \t]/y;
const CLASS = /class[ \t(:]/y;

/** What the walker reads of a function to decide whether to walk its body. */
export interface WalkTest {
  /** Its text (from `def`) holds a word that may lead to a fact. */
  mayCarryFacts(functionText: string): boolean;
  /** A decorator (its text from `@`) that does not make its function worth walking. */
  isInertDecorator(decoratorText: string): boolean;
}

/**
 * The bodies to leave out: of functions (module-level, or methods of a module-level
 * class) with no decorator but inert ones whose text from `def` to the next statement,
 * comments included, `mayCarryFacts` turns down. None when the text is not plain enough to read.
 */
export function findBodyCuts(text: string, walk: WalkTest): BodyCut[] {
  if (/\r(?!\n)/.test(text)) return [];
  const lines = readIfPlain(() => logicalLines(text));
  if (lines === NEEDS_PARSE) return [];
  const cuts: BodyCut[] = [];
  let open: { defStart: number; indent: number; start?: number; end?: number } | undefined;
  /** In a module-level class: the indentation of its members, once its body began. */
  let inClass: { memberIndent?: number } | undefined;
  const close = (next: number): void => {
    if (open?.start !== undefined && open.end !== undefined && !walk.mayCarryFacts(text.slice(open.defStart, next))) cuts.push({ defStart: open.defStart, start: open.start, end: open.end });
    open = undefined;
  };
  /** The decorators just before this line, at their indentation: whether all are inert. */
  let decorators: { indent: number; inert: boolean } | undefined;
  for (const line of lines) {
    if (open && line.indent > open.indent) {
      open.start ??= line.start;
      open.end = line.end;
      decorators = undefined;
      continue;
    }
    close(line.start);
    const opensBlock = text.charCodeAt(line.end - 1) === 58; // ':'
    if (text.charCodeAt(line.start) === 64) {
      // '@': a decorator of the definition that follows
      const inert = walk.isInertDecorator(text.slice(line.start, line.end));
      decorators = decorators?.indent === line.indent ? { indent: line.indent, inert: decorators.inert && inert } : { indent: line.indent, inert };
      continue;
    }
    const walkedForDecorators = decorators !== undefined && decorators.indent === line.indent && !decorators.inert;
    decorators = undefined;
    const isDef = opensBlock && !walkedForDecorators && startsWith(DEF, text, line.start);
    if (line.indent === 0) {
      inClass = opensBlock && startsWith(CLASS, text, line.start) ? {} : undefined;
      if (isDef) open = { defStart: line.start, indent: 0 };
    } else if (inClass) {
      inClass.memberIndent ??= line.indent;
      if (line.indent === inClass.memberIndent && isDef) open = { defStart: line.start, indent: line.indent };
    }
  }
  close(text.length);
  return cuts;
}

/** Words naming a module whose imported names the walker treats as relevant words (securityAliases in ../recognizer-rules.ts), a wider net. */
const SECURITY_IMPORT = /jwt|jose|authlib|itsdangerous|jws|crypto|hmac|secrets|passport/;
const IMPORT_STATEMENT = /^[ \t]*(?:from[ \t]+[\w.]+[ \t]+)?import[ \t]+(?:\([^)]*\)|(?:[^\n]*\\\r?\n)*[^\n]*)/gm;
const IMPORT_KEYWORDS = new Set(['from', 'import', 'as']);

/**
 * Every name in the file's import statements that mention a security module: the local
 * names those imports may bind (and more), since a function that uses one is walked.
 */
export function securityImportNames(text: string): string[] {
  if (!SECURITY_IMPORT.test(text)) return [];
  const names = new Set<string>();
  for (const statement of text.match(IMPORT_STATEMENT) ?? []) {
    if (!SECURITY_IMPORT.test(statement)) continue;
    for (const name of statement.match(/[\p{ID_Start}_][\p{ID_Continue}]*/gu) ?? []) if (!IMPORT_KEYWORDS.has(name)) names.add(name);
  }
  return [...names];
}

function startsWith(sticky: RegExp, text: string, at: number): boolean {
  sticky.lastIndex = at;
  return sticky.test(text);
}

/** The text with each cut's body replaced by `0`, and the offsets that map it back. */
export function cutText(text: string, cuts: readonly BodyCut[]): CutText {
  const parts: string[] = [];
  const placeholders: number[] = [];
  const shifts: number[] = [];
  let from = 0;
  let removed = 0;
  for (const cut of cuts) {
    parts.push(text.slice(from, cut.start), '0');
    placeholders.push(cut.start - removed);
    removed += cut.end - cut.start - 1;
    shifts.push(removed);
    from = cut.end;
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), cuts, placeholders, shifts };
}

/**
 * An offset of the cut text on the original: up to a `0`'s start it moves by the cuts
 * before it; past it, by that cut too (a node ending after the `0` ends where its body did).
 */
export function originalOffset(cut: CutText, offset: number): number {
  const before = placeholdersBefore(cut, offset);
  return before === 0 ? offset : offset + cut.shifts[before - 1]!;
}

/** The cut whose `0` lies in start..end of the cut text (a body holds its own `0` only), if any. */
export function cutWithin(cut: CutText, start: number, end: number): number | undefined {
  const first = placeholdersBefore(cut, start);
  return first < cut.placeholders.length && cut.placeholders[first]! < end ? first : undefined;
}

/** How many `0`s stand before `offset` in the cut text. */
function placeholdersBefore(cut: CutText, offset: number): number {
  const placeholders = cut.placeholders;
  let low = 0;
  let high = placeholders.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (placeholders[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Python's logical lines, blank and comment-only lines left out; gives up (plain()) on text it cannot read. */
function logicalLines(text: string): LogicalLine[] {
  const lines: LogicalLine[] = [];
  let at = 0;
  while (at < text.length) {
    const lineStart = at;
    while (text.charCodeAt(at) === 32) at++;
    const first = text[at];
    if (first === undefined) break;
    if (first === '\t' || first === '\f') plain();
    if (first === '\n') {
      at++;
      continue;
    }
    if (first === '\r' && text[at + 1] === '\n') {
      at += 2;
      continue;
    }
    if (first === '#') {
      const newline = text.indexOf('\n', at);
      at = newline < 0 ? text.length : newline + 1;
      continue;
    }
    const line: LogicalLine = { start: at, end: at, indent: at - lineStart };
    at = readLogicalLine(text, line);
    lines.push(line);
  }
  return lines;
}

/** Reads the logical line from its code's start; sets its end; returns the offset past it. */
function readLogicalLine(text: string, line: LogicalLine): number {
  let depth = 0;
  let at = line.start;
  for (;;) {
    STOPS.lastIndex = at;
    const stop = STOPS.exec(text);
    const stopAt = stop ? stop.index : text.length;
    let codeEnd = stopAt;
    while (codeEnd > at && isBlank(text.charCodeAt(codeEnd - 1))) codeEnd--;
    if (codeEnd > at) line.end = codeEnd;
    if (!stop) {
      if (depth !== 0) plain();
      return text.length;
    }
    const char = text[stopAt]!;
    if (char === '"' || char === "'") {
      at = line.end = readString(text, stopAt, prefixBefore(text, stopAt)).end;
    } else if (char === '#') {
      const newline = text.indexOf('\n', stopAt);
      if (newline < 0) {
        if (depth !== 0) plain();
        return text.length;
      }
      at = newline;
    } else if (char === '\\') {
      if (text[stopAt + 1] === '\n') at = stopAt + 2;
      else if (text[stopAt + 1] === '\r' && text[stopAt + 2] === '\n') at = stopAt + 3;
      else plain();
    } else if (char === '\n') {
      at = stopAt + 1;
      if (depth === 0) return at;
    } else {
      if (char === '(' || char === '[' || char === '{') depth++;
      else if (--depth < 0) plain();
      at = line.end = stopAt + 1;
    }
  }
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 12;
}
