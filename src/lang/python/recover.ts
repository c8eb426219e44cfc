import type { Node, Parser, Tree } from 'web-tree-sitter';
import { parsePython } from './parser.js';

/** Share of the file inside top-level ERROR nodes above which the file is too broken to analyse. */
export const MAX_ERROR_SHARE = 0.5;
/** Blanking more than this share of the file's non-blank lines means it was mostly broken. */
const MAX_BLANKED_SHARE = 0.5;
const MAX_ROUNDS = 5;
/** A line that can start a top-level statement: a name, a keyword or a decorator at column 0. */
const TOP_LEVEL_START = /^[A-Za-z_@]/;

export function errorShare(root: Node, length: number): number {
  if (length === 0) return 0;
  let errorBytes = 0;
  for (const child of root.children) {
    if (child.type === 'ERROR') errorBytes += child.endIndex - child.startIndex;
  }
  return errorBytes / length;
}

/**
 * One unclosed bracket or string early in a file turns everything after it into one
 * ERROR node. Blanking the lines from the first top-level error up to the next line that
 * starts a top-level statement (with spaces, so every line and column stays where it
 * was) lets the rest of the file parse again. Returns the tree and text to analyse, or
 * undefined when the file stays mostly broken. The caller still owns `tree`.
 */
export function recoverFromErrors(parser: Parser, text: string, tree: Tree): { tree: Tree; text: string } | undefined {
  if (!tree.rootNode.hasError || errorShare(tree.rootNode, text.length) <= MAX_ERROR_SHARE) return { tree, text };
  const lines = text.split('\n');
  const nonBlank = lines.filter((line) => line.trim() !== '').length;
  let blanked = 0;
  let current = tree;
  let source = text;
  const release = (candidate: Tree): void => {
    if (candidate !== tree) candidate.delete();
  };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const error = current.rootNode.children.find((child) => child.type === 'ERROR');
    if (!error) break;
    let end = error.startPosition.row + 1;
    while (end < lines.length && !TOP_LEVEL_START.test(lines[end]!)) end++;
    for (let row = error.startPosition.row; row < end; row++) {
      if (lines[row]!.trim() !== '') blanked++;
      lines[row] = ' '.repeat(lines[row]!.length);
    }
    if (blanked > nonBlank * MAX_BLANKED_SHARE) break;
    source = lines.join('\n');
    const next = parsePython(parser, source);
    release(current);
    current = next;
    if (errorShare(current.rootNode, source.length) <= MAX_ERROR_SHARE) return { tree: current, text: source };
  }
  release(current);
  return undefined;
}
