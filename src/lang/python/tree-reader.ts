/**
 * Reads a web-tree-sitter tree into plain JavaScript nodes, once per file.
 *
 * Every read through web-tree-sitter's Node API (a type, a child, a field) copies the node
 * into wasm memory, calls into wasm and builds a new Node object; for the Python walker
 * that was about half of its time (2 of 4 s over the standard library's relevant files).
 * Here one tree cursor walks the tree through the wasm module's own cursor functions,
 * keeping the cursor in the module's transfer buffer between calls, and each node is read
 * once: its type, field and span. Text and positions come from the source text.
 *
 * A field is a child's, as node-types.json declares it: tree-sitter's own lookup also lets
 * a parent answer for a field of an aliased child (match_statement's `alternative`, which
 * is the block's); the walker never asks a parent for that.
 *
 * Function bodies are read when first asked for: the walker leaves most of them alone
 * (see FUNCTION_RELEVANT in lower.ts), so most are never read. A tree parsed with such
 * bodies cut out (./body-cuts.ts) is read with its offsets mapped onto the original text,
 * and a cut body asked for is parsed then, alone, from the original.
 *
 * The cursor functions are the module's exports that web-tree-sitter itself calls
 * (`_ts_tree_cursor_*_wasm`, reached through the object given to `Parser.init`, which the
 * Emscripten module fills in). Should a web-tree-sitter release lack one, `bindTreeReader`
 * says so and the walker reads web-tree-sitter's own nodes instead, slower and the same.
 */
import type { Language, Tree, TreeCursor } from 'web-tree-sitter';
import type { Node, Point, SyntaxTree } from './syntax-node.js';
import { LineIndex } from '../line-index.js';
import { cutWithin, originalOffset, type BodyCut, type CutText } from './body-cuts.js';

/** The module exports used here (web-tree-sitter 0.25–0.27). */
interface CursorExports {
  HEAP32: Int32Array;
  _ts_init(): number;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  _ts_tree_cursor_goto_descendant_wasm(tree: number, index: number): void;
  _ts_tree_cursor_current_descendant_index_wasm(tree: number): number;
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_current_field_id_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_named_wasm(tree: number): number;
}

const REQUIRED = [
  '_ts_init',
  '_ts_tree_cursor_goto_first_child_wasm',
  '_ts_tree_cursor_goto_next_sibling_wasm',
  '_ts_tree_cursor_goto_parent_wasm',
  '_ts_tree_cursor_goto_descendant_wasm',
  '_ts_tree_cursor_current_descendant_index_wasm',
  '_ts_tree_cursor_current_node_type_id_wasm',
  '_ts_tree_cursor_current_field_id_wasm',
  '_ts_tree_cursor_start_index_wasm',
  '_ts_tree_cursor_end_index_wasm',
  '_ts_tree_cursor_current_node_is_named_wasm',
] as const;

let exports: CursorExports | undefined;
/** The address of the module's transfer buffer, in 32-bit words. */
let transferWord = 0;

/** Binds the reader to the wasm module `Parser.init` filled in; left unbound when it lacks a function the reader calls. */
export function bindTreeReader(moduleObject: object): void {
  const candidate = moduleObject as Partial<Record<string, unknown>>;
  if (REQUIRED.some((name) => typeof candidate[name] !== 'function') || !(candidate.HEAP32 instanceof Int32Array)) return;
  exports = moduleObject as CursorExports;
  // returns the same static buffer web-tree-sitter took at init (and rewrites the two version words it read then)
  transferWord = exports._ts_init() >> 2;
}

/** The wasm address of a tree (web-tree-sitter keeps it at index 0). */
function addressOf(tree: Tree): number {
  return (tree as unknown as Record<number, number>)[0]!;
}

/** Puts a cursor's four words into the transfer buffer, where the module's cursor functions work on it. */
function cursorToTransfer(wasm: CursorExports, cursor: TreeCursor): void {
  const words = cursor as unknown as Record<number, number>;
  for (let word = 0; word < 4; word++) wasm.HEAP32[transferWord + word] = words[word]!;
}

/** Takes the cursor back (its stack may have moved as it grew, and the heap with it). */
function cursorFromTransfer(wasm: CursorExports, cursor: TreeCursor): void {
  const words = cursor as unknown as Record<number, number>;
  const heap = wasm.HEAP32;
  for (let word = 0; word < 4; word++) words[word] = heap[transferWord + word]!;
}

/** Whether trees are read by this module (else the walker reads web-tree-sitter's nodes). */
export function treeReaderBound(): boolean {
  return exports !== undefined;
}

/** The part of web-tree-sitter's TreeCursor a walk over the whole tree uses. */
export interface TreeWalk {
  readonly nodeIsNamed: boolean;
  readonly nodeType: string;
  readonly startIndex: number;
  readonly endIndex: number;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
  delete(): void;
}

/**
 * A cursor over `tree` that calls the module's cursor functions directly, for a walk that
 * makes no other tree-sitter call until `delete()` (the cursor lives in the transfer
 * buffer meanwhile); web-tree-sitter's own cursor when the reader is not bound.
 */
export function walkTree(tree: Tree): TreeWalk {
  const cursor = tree.walk();
  const wasm = exports;
  if (!wasm) return cursor;
  const treeAddress = addressOf(tree);
  cursorToTransfer(wasm, cursor);
  return {
    get nodeIsNamed() {
      return wasm._ts_tree_cursor_current_node_is_named_wasm(treeAddress) === 1;
    },
    get nodeType() {
      // the error symbol (65535) has no name in the list
      return tree.language.types[wasm._ts_tree_cursor_current_node_type_id_wasm(treeAddress)] ?? 'ERROR';
    },
    get startIndex() {
      return wasm._ts_tree_cursor_start_index_wasm(treeAddress);
    },
    get endIndex() {
      return wasm._ts_tree_cursor_end_index_wasm(treeAddress);
    },
    gotoFirstChild: () => wasm._ts_tree_cursor_goto_first_child_wasm(treeAddress) === 1,
    gotoNextSibling: () => wasm._ts_tree_cursor_goto_next_sibling_wasm(treeAddress) === 1,
    gotoParent: () => wasm._ts_tree_cursor_goto_parent_wasm(treeAddress) === 1,
    delete() {
      cursorFromTransfer(wasm, cursor);
      cursor.delete();
    },
  };
}

/** What the reader knows of a language: type names, which are named, field ids. */
interface Grammar {
  types: string[];
  named: boolean[];
  fieldIds: Map<string, number>;
  functionDefinition: number;
  block: number;
}

const grammars = new WeakMap<Language, Grammar>();

function grammarOf(language: Language): Grammar {
  let grammar = grammars.get(language);
  if (!grammar) {
    const types: string[] = [];
    const named: boolean[] = [];
    for (let id = 0; id < language.types.length; id++) {
      types.push(language.types[id] ?? 'ERROR');
      named.push(language.nodeTypeIsNamed(id));
    }
    const fieldIds = new Map<string, number>();
    language.fields.forEach((name, id) => {
      if (name) fieldIds.set(name, id);
    });
    grammar = { types, named, fieldIds, functionDefinition: language.idForNodeType('function_definition', true) ?? -1, block: language.idForNodeType('block', true) ?? -1 };
    grammars.set(language, grammar);
  }
  return grammar;
}

/**
 * A tree parsed from a text with function bodies cut out (./body-cuts.ts): the cuts, and
 * how to parse one cut function from the original text when its body is asked for after
 * all (throws NeedsWholeParse when that parse does not fit).
 */
export interface CutBodies {
  readonly cut: CutText;
  parseFunction(cut: BodyCut, end: number): Tree;
}

/** The tree of a cut text does not stand for the original: the caller parses the whole text instead. */
export class NeedsWholeParse extends Error {
  constructor(reason: string) {
    super(`the cut parse does not fit: ${reason}`);
  }
}

/** A tree the reader reads rows from, with its cursor. */
interface Source {
  readonly tree: Tree;
  cursor?: TreeCursor;
  /** Its offsets are the cut text's, mapped onto the original. */
  readonly mapped: boolean;
}

/** The error symbol's id (tree-sitter's ts_builtin_sym_error). */
const ERROR_TYPE_ID = 65535;
const NONE = -1;
const NO_CHILDREN: ReadNode[] = [];

/**
 * A tree read out of wasm, held as columns (one row per node, in the order read) so that
 * a large file costs a few typed arrays rather than an object per node; node objects are
 * made for the rows the walker asks for, once each. The wasm tree must outlive it:
 * `release()` before deleting that.
 */
export class ReadTree implements SyntaxTree {
  readonly grammar: Grammar;
  private rows = 0;
  private typeIds: Uint16Array;
  private fieldIds: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private parents: Int32Array;
  private firstChildren: Int32Array;
  private nextSiblings: Int32Array;
  /** Row → where a function body left unread is: its tree and descendant index there. */
  private readonly deferred = new Map<number, { source: Source; descendant: number }>();
  /** Row → the cut (its index) whose body the row is, not read yet. */
  private readonly cutBodies = new Map<number, number>();
  private readonly sources: Source[];
  private readonly nodes: (ReadNode | undefined)[] = [];
  private released = false;
  private lines: LineIndex | undefined;

  /** `text` is the original text; with `cuts`, `tree` is the parse of their cut text. */
  constructor(
    tree: Tree,
    readonly text: string,
    private readonly cuts?: CutBodies,
  ) {
    this.grammar = grammarOf(tree.language);
    // about one node per three characters of Python; the columns grow when it has more
    const capacity = Math.max(64, text.length >> 2);
    this.typeIds = new Uint16Array(capacity);
    this.fieldIds = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.parents = new Int32Array(capacity);
    this.firstChildren = new Int32Array(capacity);
    this.nextSiblings = new Int32Array(capacity);
    this.sources = [{ tree, mapped: cuts !== undefined }];
    this.read(NONE, this.sources[0]!, 0);
    if (cuts && this.cutBodies.size !== cuts.cut.cuts.length) throw new NeedsWholeParse(`${cuts.cut.cuts.length} bodies cut, ${this.cutBodies.size} found in the tree`);
  }

  get rootNode(): ReadNode {
    return this.node(0);
  }

  /** After this the nodes keep what was read; reading a function body not read yet throws. */
  release(): void {
    this.released = true;
    for (const [index, source] of this.sources.entries()) {
      source.cursor?.delete();
      source.cursor = undefined;
      // the first tree is the caller's
      if (index > 0) source.tree.delete();
    }
  }

  node(row: number): ReadNode {
    let node = this.nodes[row];
    if (!node) {
      node = new ReadNode(this, row);
      this.nodes[row] = node;
    }
    return node;
  }

  isCutBody(body: Node): boolean {
    return body instanceof ReadNode && body.owner === this && this.cutBodies.has(body.id);
  }

  typeIdOf(row: number): number {
    return this.typeIds[row]!;
  }

  fieldIdOf(row: number): number {
    return this.fieldIds[row]!;
  }

  startOf(row: number): number {
    return this.starts[row]!;
  }

  endOf(row: number): number {
    return this.ends[row]!;
  }

  parentOf(row: number): number {
    return this.parents[row]!;
  }

  /** The rows of a node's children, in order (read first when the node is an unread body). */
  childRows(row: number): number[] {
    if (this.cutBodies.has(row)) this.readCutBody(row);
    const deferred = this.deferred.get(row);
    if (deferred) {
      this.deferred.delete(row);
      this.read(row, deferred.source, deferred.descendant);
    }
    const rows: number[] = [];
    for (let child = this.firstChildren[row]!; child !== NONE; child = this.nextSiblings[child]!) rows.push(child);
    return rows;
  }

  /** Row and column (UTF-16 units, as web-tree-sitter gives them for a string) of an index. */
  pointAt(index: number): Point {
    return (this.lines ??= new LineIndex(this.text)).pointAt(index);
  }

  /**
   * Reads the subtree under `top` (an unread function body, at `descendant` of the
   * source's cursor), or the whole tree when NONE.
   */
  private read(top: number, source: Source, descendant: number): void {
    if (this.released) throw new Error('the syntax tree was released before this function body was read');
    const wasm = exports!;
    const treeAddress = addressOf(source.tree);
    const cursor = (source.cursor ??= source.tree.walk());
    cursorToTransfer(wasm, cursor);
    if (top === NONE) top = this.readCurrent(wasm, treeAddress, source, NONE, NONE);
    else wasm._ts_tree_cursor_goto_descendant_wasm(treeAddress, descendant);
    const parents: number[] = [top];
    // the last child read under each open parent
    const lastChildren: number[] = [NONE];
    let more = wasm._ts_tree_cursor_goto_first_child_wasm(treeAddress) === 1;
    while (more) {
      const depth = parents.length - 1;
      const row = this.readCurrent(wasm, treeAddress, source, parents[depth]!, lastChildren[depth]!);
      lastChildren[depth] = row;
      if (!this.deferred.has(row) && !this.cutBodies.has(row) && wasm._ts_tree_cursor_goto_first_child_wasm(treeAddress) === 1) {
        parents.push(row);
        lastChildren.push(NONE);
        continue;
      }
      for (;;) {
        if (wasm._ts_tree_cursor_goto_next_sibling_wasm(treeAddress) === 1) break;
        wasm._ts_tree_cursor_goto_parent_wasm(treeAddress);
        parents.pop();
        lastChildren.pop();
        if (parents.length === 0) {
          more = false;
          break;
        }
      }
    }
    cursorFromTransfer(wasm, cursor);
  }

  /**
   * A cut body is asked for: its function is parsed alone from the original text, and the
   * body's statements are read from that tree. Its def and body must span what the cut
   * tree said they span.
   */
  private readCutBody(row: number): void {
    if (this.released) throw new Error('the syntax tree was released before this function body was read');
    const cut = this.cuts!.cut.cuts[this.cutBodies.get(row)!]!;
    this.cutBodies.delete(row);
    const defRow = this.parents[row]!;
    const tree = this.cuts!.parseFunction(cut, this.ends[defRow]!);
    const source: Source = { tree, mapped: false };
    this.sources.push(source);
    const def = tree.rootNode.namedChildren.find((child) => child?.type === 'function_definition' && child.startIndex === this.starts[defRow]);
    const body = def?.childForFieldName('body');
    if (!def || !body || def.endIndex !== this.ends[defRow] || body.startIndex !== this.starts[row] || body.endIndex !== this.ends[row]) throw new NeedsWholeParse(`the function at offset ${cut.defStart} parsed alone spans other text`);
    const cursor = tree.walk();
    cursor.reset(body);
    source.cursor = cursor;
    // the cursor's root is the body: its descendant 0
    this.read(row, source, 0);
  }

  /** Appends the cursor's node as a row under `parent`, after `previous` (NONE: the first child). */
  private readCurrent(wasm: CursorExports, treeAddress: number, source: Source, parent: number, previous: number): number {
    if (this.rows === this.typeIds.length) this.grow();
    const row = this.rows++;
    const typeId = wasm._ts_tree_cursor_current_node_type_id_wasm(treeAddress);
    this.typeIds[row] = typeId;
    this.fieldIds[row] = parent === NONE ? 0 : wasm._ts_tree_cursor_current_field_id_wasm(treeAddress);
    const start = wasm._ts_tree_cursor_start_index_wasm(treeAddress);
    const end = wasm._ts_tree_cursor_end_index_wasm(treeAddress);
    const cut = source.mapped ? this.cuts!.cut : undefined;
    this.starts[row] = cut ? originalOffset(cut, start) : start;
    this.ends[row] = cut ? originalOffset(cut, end) : end;
    this.parents[row] = parent;
    this.firstChildren[row] = NONE;
    this.nextSiblings[row] = NONE;
    if (previous !== NONE) this.nextSiblings[previous] = row;
    else if (parent !== NONE) this.firstChildren[parent] = row;
    if (typeId === this.grammar.block && parent !== NONE && this.typeIds[parent] === this.grammar.functionDefinition) {
      const cutIndex = cut ? cutWithin(cut, start, end) : undefined;
      if (cutIndex !== undefined) this.cutBodies.set(row, cutIndex);
      else this.deferred.set(row, { source, descendant: wasm._ts_tree_cursor_current_descendant_index_wasm(treeAddress) });
    }
    this.nodes.push(undefined);
    return row;
  }

  private grow(): void {
    const capacity = this.typeIds.length * 2;
    const grown = <T extends Uint16Array | Int32Array>(column: T, make: (size: number) => T): T => {
      const next = make(capacity);
      next.set(column);
      return next;
    };
    this.typeIds = grown(this.typeIds, (size) => new Uint16Array(size));
    this.fieldIds = grown(this.fieldIds, (size) => new Uint16Array(size));
    this.starts = grown(this.starts, (size) => new Int32Array(size));
    this.ends = grown(this.ends, (size) => new Int32Array(size));
    this.parents = grown(this.parents, (size) => new Int32Array(size));
    this.firstChildren = grown(this.firstChildren, (size) => new Int32Array(size));
    this.nextSiblings = grown(this.nextSiblings, (size) => new Int32Array(size));
  }
}

/** One row of a ReadTree as a node; made once per row, on first use. */
export class ReadNode implements Node {
  readonly typeId: number;
  readonly startIndex: number;
  readonly endIndex: number;
  private cachedText: string | undefined;
  private cachedChildren: ReadNode[] | undefined;
  private cachedNamed: ReadNode[] | undefined;

  constructor(
    readonly owner: ReadTree,
    /** Unique within the tree. */
    readonly id: number,
  ) {
    this.typeId = owner.typeIdOf(id);
    this.startIndex = owner.startOf(id);
    this.endIndex = owner.endOf(id);
  }

  get type(): string {
    // the error symbol (65535) is past the list of names
    return this.owner.grammar.types[this.typeId] ?? 'ERROR';
  }

  get isNamed(): boolean {
    return this.typeId === ERROR_TYPE_ID || this.owner.grammar.named[this.typeId] === true;
  }

  get text(): string {
    return (this.cachedText ??= this.owner.text.slice(this.startIndex, this.endIndex));
  }

  get startPosition(): Point {
    return this.owner.pointAt(this.startIndex);
  }

  get endPosition(): Point {
    return this.owner.pointAt(this.endIndex);
  }

  get parent(): ReadNode | null {
    const row = this.owner.parentOf(this.id);
    return row === NONE ? null : this.owner.node(row);
  }

  get children(): ReadNode[] {
    if (!this.cachedChildren) {
      const rows = this.owner.childRows(this.id);
      this.cachedChildren = rows.length ? rows.map((row) => this.owner.node(row)) : NO_CHILDREN;
    }
    return this.cachedChildren;
  }

  get namedChildren(): ReadNode[] {
    return (this.cachedNamed ??= this.children.filter((child) => child.isNamed));
  }

  get nextNamedSibling(): ReadNode | null {
    const siblings = this.parent?.children ?? NO_CHILDREN;
    for (let index = siblings.indexOf(this) + 1; index < siblings.length; index++) if (siblings[index]!.isNamed) return siblings[index]!;
    return null;
  }

  child(index: number): ReadNode | null {
    return this.children[index] ?? null;
  }

  childForFieldName(fieldName: string): ReadNode | null {
    const fieldId = this.owner.grammar.fieldIds.get(fieldName);
    if (fieldId === undefined) return null;
    for (const child of this.children) if (this.owner.fieldIdOf(child.id) === fieldId) return child;
    return null;
  }

  childrenForFieldName(fieldName: string): ReadNode[] {
    const fieldId = this.owner.grammar.fieldIds.get(fieldName);
    return fieldId === undefined ? [] : this.children.filter((child) => this.owner.fieldIdOf(child.id) === fieldId);
  }

  /** This node and its descendants of the given types, in order (as web-tree-sitter's, which starts at the node). */
  descendantsOfType(types: string | string[]): ReadNode[] {
    const wanted = new Set(typeof types === 'string' ? [types] : types);
    const found: ReadNode[] = [];
    // preorder without recursion (trees may be deep)
    const pending: ReadNode[] = [this];
    while (pending.length) {
      const node = pending.pop()!;
      if (wanted.has(node.type)) found.push(node);
      const children = node.children;
      for (let index = children.length - 1; index >= 0; index--) pending.push(children[index]!);
    }
    return found;
  }
}
