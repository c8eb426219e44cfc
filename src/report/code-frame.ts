/**
 * A code frame, as ruff and ESLint print one: the finding's line with a line or two
 * around it and a caret under the span. Built here rather than with @babel/code-frame
 * because the shown text is not the source text: control characters are escaped and
 * secrets cut to a prefix, and the caret must stay under the span in what is shown.
 * The rows are plain data; the text and HTML reporters style them.
 */
import type { Finding } from '../engine/finding.js';
import { terminalChar } from './escape.js';
import { redactions } from './redact.js';

/** The lines of a scanned file, or undefined when it cannot be read now. */
export type SourceLines = (file: string) => readonly string[] | undefined;

export interface FrameRow {
  lineNumber: number;
  /** The line as shown: escaped, redacted, tabs expanded, long lines cut around the span. */
  text: string;
  /** The finding's first line. */
  marked: boolean;
}

export interface CodeFrame {
  rows: FrameRow[];
  /** Under the marked row: the caret's start (0-based, in shown characters) and its length (≥ 1). */
  caret: { start: number; length: number };
}

const LINES_AROUND = 1;
const TAB = '    ';
/** Longer lines are cut to this many shown characters around the span. */
const MAX_WIDTH = 140;
const BEFORE_SPAN = 40;

interface Shown {
  text: string;
  /** For each UTF-16 index of the source line (and one past the end), the shown column. */
  columnAt: number[];
}

function show(line: string, secrets: readonly string[]): Shown {
  const hidden = redactions(line, secrets);
  const columnAt: number[] = new Array(line.length + 1);
  let text = '';
  let width = 0;
  let next = 0;
  for (let index = 0; index < line.length; ) {
    const redaction = hidden[next];
    if (redaction && redaction.start === index) {
      for (let inner = redaction.start; inner < redaction.end; inner++) columnAt[inner] = width;
      text += redaction.text;
      width += [...redaction.text].length;
      index = redaction.end;
      next++;
      continue;
    }
    const codePoint = line.codePointAt(index)!;
    const char = String.fromCodePoint(codePoint);
    const shown = char === '\t' ? TAB : terminalChar(char);
    for (let unit = 0; unit < char.length; unit++) columnAt[index + unit] = width;
    text += shown;
    width += [...shown].length;
    index += char.length;
  }
  columnAt[line.length] = width;
  return { text, columnAt };
}

/** Cuts a shown line to MAX_WIDTH characters, keeping `from` in view; returns the cut text and its offset. */
function window(text: string, from: number): { text: string; offset: number } {
  const chars = [...text];
  if (chars.length <= MAX_WIDTH) return { text, offset: 0 };
  const start = Math.max(0, Math.min(from - BEFORE_SPAN, chars.length - MAX_WIDTH));
  const end = start + MAX_WIDTH;
  const head = start > 0 ? '…' : '';
  const tail = end < chars.length ? '…' : '';
  return { text: `${head}${chars.slice(start, end).join('')}${tail}`, offset: start - head.length };
}

/** The frame of a finding, or undefined when its file or line is not available. */
export function codeFrame(finding: Pick<Finding, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'>, source: SourceLines, secrets: readonly string[]): CodeFrame | undefined {
  const lines = source(finding.file);
  if (!lines || finding.line < 1 || finding.line > lines.length) return undefined;
  const target = show(lines[finding.line - 1]!, secrets);
  const sourceLine = lines[finding.line - 1]!;
  const startIndex = Math.min(Math.max(finding.column - 1, 0), sourceLine.length);
  const sameLine = finding.endLine === undefined || finding.endLine === finding.line;
  const endIndex = spanEnd(sourceLine, startIndex, sameLine ? finding.endColumn : undefined, sameLine);
  const caretStart = target.columnAt[startIndex]!;
  const caretEnd = Math.max(target.columnAt[endIndex]!, caretStart + 1);
  const cut = window(target.text, caretStart);
  const rows: FrameRow[] = [];
  const first = Math.max(1, finding.line - LINES_AROUND);
  const last = Math.min(lines.length, finding.line + LINES_AROUND);
  for (let lineNumber = first; lineNumber <= last; lineNumber++) {
    if (lineNumber === finding.line) {
      rows.push({ lineNumber, text: cut.text, marked: true });
      continue;
    }
    const shown = show(lines[lineNumber - 1]!, secrets).text;
    // context lines are cut at the same place, so that columns line up with the marked row
    rows.push({ lineNumber, text: cutAt(shown, cut.offset), marked: false });
  }
  // drop blank context at the edges: it says nothing
  while (rows.length && !rows[0]!.marked && rows[0]!.text.trim() === '') rows.shift();
  while (rows.length && !rows.at(-1)!.marked && rows.at(-1)!.text.trim() === '') rows.pop();
  const caretOffset = caretStart - cut.offset;
  const shownWidth = [...cut.text].length;
  const length = Math.max(1, Math.min(caretEnd - cut.offset, shownWidth) - caretOffset);
  return { rows, caret: { start: caretOffset, length } };
}

/**
 * Where the caret ends: at the span's end on its line; at the end of the first line for a
 * span that runs on; without a known end, under the name or string literal at the column.
 */
function spanEnd(line: string, start: number, endColumn: number | undefined, sameLine: boolean): number {
  if (endColumn !== undefined) return Math.min(Math.max(endColumn - 1, start), line.length);
  if (!sameLine) return line.trimEnd().length;
  const quote = line[start];
  if (quote === '"' || quote === "'" || quote === '`') {
    const close = line.indexOf(quote, start + 1);
    if (close > start) return close + 1;
  }
  const name = /^[\p{L}\p{N}_$.]+/u.exec(line.slice(start));
  return start + (name ? name[0].replace(/\.+$/, '').length : 1);
}

function cutAt(text: string, offset: number): string {
  const chars = [...text];
  const head = offset > 0 ? '…' : '';
  const start = offset > 0 ? offset + 1 : 0;
  const body = chars.slice(start, start + MAX_WIDTH);
  const tail = start + MAX_WIDTH < chars.length ? '…' : '';
  return `${head}${body.join('')}${tail}`;
}
