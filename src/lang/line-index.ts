/** Where the lines of a text start, to turn an offset into a row and column. */
export class LineIndex {
  private readonly starts: number[] = [0];

  /** Lines end at LF, as tree-sitter counts them; or at each match of `breaks` (a global regex), as the TypeScript compiler does. */
  constructor(text: string, breaks?: RegExp) {
    if (!breaks) {
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
      return;
    }
    breaks.lastIndex = 0;
    for (let match = breaks.exec(text); match; match = breaks.exec(text)) this.starts.push(match.index + match[0].length);
  }

  /** How many lines start in the text (one more than its line breaks). */
  get lineStarts(): number {
    return this.starts.length;
  }

  /** Row and column from 0, in UTF-16 units (as web-tree-sitter gives them for a string). */
  pointAt(offset: number): { row: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { row: low, column: offset - this.starts[low]! };
  }

  /** The span from `start` to `end` as a Loc (lines and columns from 1). */
  locOf(start: number, end: number): { line: number; column: number; endLine: number; endColumn: number } {
    const from = this.pointAt(start);
    const to = this.pointAt(end);
    return { line: from.row + 1, column: from.column + 1, endLine: to.row + 1, endColumn: to.column + 1 };
  }
}
