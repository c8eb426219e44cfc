/**
 * Whether a file's code holds one of the words that make it worth lowering. A match on a
 * line that holds only a comment (`# ...`, `// ...`) does not count: licence headers and
 * prose hold no fact the lowering reads, and in the Python standard library they were the
 * only matches of a sixth of the bytes that were parsed for them. A file that is not
 * lowered still gives its module facts (imports, literal constants) and its suppression
 * comments, as before.
 */
const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;

/** `words` must be global (flag g); `commentStart` is the language's line comment (`#`, `//`). */
export function hasWordOutsideCommentLines(text: string, words: RegExp, commentStart: string): boolean {
  words.lastIndex = 0;
  try {
    for (let match = words.exec(text); match; match = words.exec(text)) {
      if (!onCommentLine(text, match.index, commentStart)) return true;
      // nothing after the match on a comment line can count: go on from the next line
      const end = text.indexOf('\n', match.index);
      if (end < 0) return false;
      words.lastIndex = end + 1;
    }
    return false;
  } finally {
    words.lastIndex = 0;
  }
}

function onCommentLine(text: string, index: number, commentStart: string): boolean {
  let start = index;
  while (start > 0 && text.charCodeAt(start - 1) !== NEWLINE) start--;
  while (start < index && (text.charCodeAt(start) === SPACE || text.charCodeAt(start) === TAB)) start++;
  return text.startsWith(commentStart, start);
}
