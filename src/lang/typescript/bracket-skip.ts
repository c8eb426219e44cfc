/**
 * The contents of a bracket, skipped character by character, for the top-level scan
 * (./top-level-scan.ts): it records nothing two brackets deep, yet scanning those tokens
 * with the compiler's scanner was most of its time (most code is that deep). This reads
 * only what a bracket's end depends on: strings, templates, comments, regular expressions
 * and nested brackets.
 *
 * It answers only when it is sure. Wherever the compiler's scanner could read the text
 * otherwise, or would report an error, it gives up (undefined) and the caller scans the
 * bracket as before: a `/` after `)`, `}`, `++` or a word that may be an operator; a `<`
 * where an expression may start (JSX, a type assertion); a line break in a string or a
 * regular expression; a backslash or a character beyond ASCII outside strings and
 * comments; a bracket that does not match; nesting past the scan's limit.
 */

/** After this, a `/` starts a regular expression and a `<` may start JSX. */
const EXPRESSION = 0;
/** After a value (a name, a literal, `]`): a `/` divides, a `<` compares. */
const VALUE = 1;
/** After `)`, `}`, `++`, `--` or a word such as `of`: the token alone cannot tell. */
const UNSURE = 2;

/**
 * Reserved words after which an expression starts, and (UNSURE) words that are an operator
 * or a name depending on the grammar; by first letter, so that a name is matched without
 * cutting it out of the text.
 */
const WORDS_BY_INITIAL = new Map<number, [string, number][]>();
for (const [word, state] of [
  ...['return', 'typeof', 'instanceof', 'in', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'extends'].map((word) => [word, EXPRESSION] as const),
  ...['of', 'yield', 'await', 'async', 'as', 'satisfies'].map((word) => [word, UNSURE] as const),
]) {
  const initial = word.charCodeAt(0);
  WORDS_BY_INITIAL.set(initial, [...(WORDS_BY_INITIAL.get(initial) ?? []), [word, state]]);
}

/** What may follow the name at start..end. */
function stateAfterWord(text: string, start: number, end: number): number {
  const words = WORDS_BY_INITIAL.get(text.charCodeAt(start));
  if (words === undefined || end - start > 10) return VALUE;
  for (const [word, state] of words) if (word.length === end - start && text.startsWith(word, start)) return state;
  return VALUE;
}

const TEMPLATE_EXPRESSION = -1;

/**
 * Where the scan may resume inside the bracket opened just before `from` (whose closer is
 * `closer`, one of `)`, `]`, `}`): the end of the last token before its closer, so that
 * scanning from there reads the closer with the line breaks before it. Undefined when the
 * contents are not plain enough to skip this way. `depth` is the nesting at the contents;
 * `maxDepth` the scan's limit.
 */
export function skipBracketContents(text: string, from: number, closer: number, depth: number, maxDepth: number): number | undefined {
  const closers: number[] = [closer];
  let state = EXPRESSION;
  let afterDot = false;
  let lastTokenEnd = from;
  let index = from;
  const length = text.length;
  while (index < length) {
    const code = text.charCodeAt(index);
    // blanks: space, tab, vertical tab, form feed, line feed, carriage return
    if (code === 32 || (code >= 9 && code <= 13)) {
      index++;
      continue;
    }
    if (code >= 128 || code < 9 || (code > 13 && code < 32) || code === 92) return undefined;
    if (isConflictMarker(text, index, code)) return undefined;
    const start = index;
    let dot = false;
    if (code === 47) {
      // `/`
      const next = text.charCodeAt(index + 1);
      if (next === 47) {
        index = lineCommentEnd(text, index + 2);
        if (index < 0) return undefined;
        continue;
      }
      if (next === 42) {
        const end = text.indexOf('*/', index + 2);
        if (end < 0) return undefined;
        index = end + 2;
        continue;
      }
      if (state === UNSURE) return undefined;
      if (state === EXPRESSION) {
        index = regularExpressionEnd(text, index + 1);
        if (index < 0) return undefined;
        state = VALUE;
      } else {
        index++;
        state = EXPRESSION;
      }
    } else if (code === 39 || code === 34) {
      index = stringEnd(text, index + 1, code);
      if (index < 0) return undefined;
      state = VALUE;
    } else if (code === 96) {
      index = templateEnd(text, index + 1);
      if (index < 0) return undefined;
      if (text.charCodeAt(index - 1) !== 96) {
        // stopped at `${`: its expression is code, up to the `}` that resumes the template
        closers.push(TEMPLATE_EXPRESSION);
        if (depth + closers.length > maxDepth) return undefined;
        state = EXPRESSION;
      } else state = VALUE;
    } else if (code === 40 || code === 91 || code === 123) {
      // ( [ {
      closers.push(code === 40 ? 41 : code + 2);
      if (depth + closers.length > maxDepth) return undefined;
      index++;
      state = EXPRESSION;
    } else if (code === 41 || code === 93 || code === 125) {
      // ) ] }
      const expected = closers.pop()!;
      if (expected === TEMPLATE_EXPRESSION) {
        if (code !== 125) return undefined;
        index = templateEnd(text, index + 1);
        if (index < 0) return undefined;
        if (text.charCodeAt(index - 1) !== 96) {
          closers.push(TEMPLATE_EXPRESSION);
          state = EXPRESSION;
        } else state = VALUE;
      } else {
        if (expected !== code) return undefined;
        if (closers.length === 0) return lastTokenEnd;
        index++;
        state = code === 93 ? VALUE : UNSURE;
      }
    } else if (isWordStart(code)) {
      index++;
      while (index < length && isWordPart(text.charCodeAt(index))) index++;
      if (index < length && text.charCodeAt(index) >= 128) return undefined;
      state = afterDot ? VALUE : stateAfterWord(text, start, index);
    } else if (code >= 48 && code <= 57) {
      index = numberEnd(text, index + 1);
      state = VALUE;
    } else if (code === 46) {
      // `.5`, `...`, `.name`
      const next = text.charCodeAt(index + 1);
      if (next >= 48 && next <= 57) {
        index = numberEnd(text, index + 1);
        state = VALUE;
      } else {
        index++;
        dot = true;
        state = EXPRESSION;
      }
    } else if (code === 60) {
      // `<`: JSX or a type assertion where an expression may start
      if (state !== VALUE) return undefined;
      index++;
      state = EXPRESSION;
    } else if (code === 43 || code === 45) {
      // `++`, `--` are postfix or prefix: what follows cannot be told from them
      if (text.charCodeAt(index + 1) === code) {
        index += 2;
        state = UNSURE;
      } else {
        index++;
        state = EXPRESSION;
      }
    } else if (code === 63 && text.charCodeAt(index + 1) === 46 && !isDigit(text.charCodeAt(index + 2))) {
      // `?.`
      index += 2;
      dot = true;
      state = EXPRESSION;
    } else {
      // the other punctuators: = ! % & * , : ; ? ^ | ~ > @
      index++;
      state = EXPRESSION;
    }
    afterDot = dot;
    lastTokenEnd = index;
  }
  return undefined;
}

/** A merge conflict marker (`<<<<<<<`, `|||||||`, `=======`, `>>>>>>>` at a line's start), which the compiler reports. */
function isConflictMarker(text: string, index: number, code: number): boolean {
  if (code !== 60 && code !== 61 && code !== 62 && code !== 124) return false;
  if (index > 0 && text.charCodeAt(index - 1) !== 10 && text.charCodeAt(index - 1) !== 13) return false;
  for (let offset = 1; offset < 7; offset++) if (text.charCodeAt(index + offset) !== code) return false;
  return true;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/** A-Z a-z _ $ # (a private name) */
const isWordStart = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36 || code === 35;
const isWordPart = (code: number): boolean => isWordStart(code) || isDigit(code);

/** After a line comment: at its line break; -1 at a line separator (U+2028, U+2029), where the compiler ends the comment too. */
function lineCommentEnd(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) return index;
    if (code === 0x2028 || code === 0x2029) return -1;
  }
  return text.length;
}

/** After a string's closing quote; -1 at a line break or the end of the text. */
function stringEnd(text: string, from: number, quote: number): number {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === quote) return index + 1;
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return -1;
    if (code === 92) {
      // an escape; `\` before a line break continues the string (CRLF counts as one)
      index++;
      if (text.charCodeAt(index) === 13 && text.charCodeAt(index + 1) === 10) index++;
    }
  }
  return -1;
}

/** After a template's closing backtick or at the end of a `${`; -1 at the end of the text. */
function templateEnd(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 96) return index + 1;
    if (code === 92) index++;
    else if (code === 36 && text.charCodeAt(index + 1) === 123) return index + 2;
  }
  return -1;
}

/** After a regular expression's flags; -1 at a line break or the end of the text. */
function regularExpressionEnd(text: string, from: number): number {
  let inClass = false;
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return -1;
    if (code === 92) {
      index++;
      const escaped = text.charCodeAt(index);
      if (escaped === 10 || escaped === 13 || escaped === 0x2028 || escaped === 0x2029) return -1;
    } else if (code === 91) inClass = true;
    else if (code === 93) inClass = false;
    else if (code === 47 && !inClass) {
      let end = index + 1;
      while (end < text.length && isWordPart(text.charCodeAt(end))) end++;
      return end < text.length && text.charCodeAt(end) >= 128 ? -1 : end;
    }
  }
  return -1;
}

/** After a number's digits, letters (hex, exponent, BigInt `n`), separators and dots. */
function numberEnd(text: string, from: number): number {
  let index = from;
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isWordPart(code) || code === 46) continue;
    // an exponent's sign: 1e-5
    if ((code === 43 || code === 45) && (text.charCodeAt(index - 1) | 32) === 101 && !/^0[xX]/.test(text.slice(from - 1, from + 1))) continue;
    break;
  }
  return index;
}
