import { Language, Node, Parser, type Tree } from 'web-tree-sitter';
import { locateWasm } from '../wasm.js';
import { bindTreeReader } from './tree-reader.js';

let parserPromise: Promise<Parser> | undefined;

/**
 * web-tree-sitter computes a node's type id with a call into wasm on every read (after
 * copying the node into wasm memory), and its text from two more; the lowering reads them
 * on the same Node object again and again (for 200 files of the standard library, 214k of
 * 343k type reads and 22k of 109k text reads repeat one already made). A Node never
 * changes once made (tokengate never edits a tree), so each node keeps what it read.
 */
function keepNodeReads(): void {
  for (const name of ['typeId', 'text'] as const) {
    const getter = Object.getOwnPropertyDescriptor(Node.prototype, name)?.get;
    if (!getter) throw new Error(`web-tree-sitter's Node has no ${name} getter to keep`);
    const kept = Symbol(name);
    Object.defineProperty(Node.prototype, name, {
      configurable: true,
      get(this: Node & Record<symbol, unknown>): unknown {
        if (kept in this) return this[kept];
        const value: unknown = getter.call(this);
        this[kept] = value;
        return value;
      },
    });
  }
}
keepNodeReads();

/** One web-tree-sitter parser with the Python grammar, loaded once per process. */
export function getPythonParser(): Promise<Parser> {
  parserPromise ??= (async () => {
    const runtimeWasm = locateWasm('web-tree-sitter.wasm', 'web-tree-sitter');
    // Emscripten fills in the object given to init: the tree reader calls its cursor functions
    const moduleObject = { locateFile: () => runtimeWasm };
    await Parser.init(moduleObject);
    bindTreeReader(moduleObject);
    const language = await Language.load(locateWasm('tree-sitter-python.wasm', 'tree-sitter-python'));
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return parserPromise;
}

export function parsePython(parser: Parser, text: string): Tree {
  const tree = parser.parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}
