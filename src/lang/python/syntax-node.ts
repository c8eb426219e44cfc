/**
 * The syntax node the Python walker and its recognizers read: the part of
 * web-tree-sitter's Node they use. web-tree-sitter's own Node satisfies it, and so does
 * the node of ./tree-reader.ts, which copies the tree out of wasm once instead of
 * crossing into wasm on every read.
 */
export interface Point {
  row: number;
  column: number;
}

export interface Node {
  /** Unique within its tree. */
  readonly id: number;
  readonly type: string;
  readonly text: string;
  readonly isNamed: boolean;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly startPosition: Point;
  readonly endPosition: Point;
  readonly parent: Node | null;
  readonly children: Node[];
  readonly namedChildren: Node[];
  readonly nextNamedSibling: Node | null;
  child(index: number): Node | null;
  childForFieldName(fieldName: string): Node | null;
  childrenForFieldName(fieldName: string): Node[];
  descendantsOfType(types: string | string[]): Node[];
}

/** A parsed file as the walker reads it. */
export interface SyntaxTree {
  readonly rootNode: Node;
  /**
   * Whether a function body was left out of the parse because its function's text
   * carries no fact (./body-cuts.ts), and has not been read since.
   */
  isCutBody?(body: Node): boolean;
}
