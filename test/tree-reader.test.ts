/**
 * The tree reader (src/lang/python/tree-reader.ts) copies web-tree-sitter's tree out of
 * wasm through the module's cursor functions. It must read the same tree web-tree-sitter's
 * own nodes show, node by node, and the walker must build the same model over either.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Node as WasmNode, Tree } from 'web-tree-sitter';
import { describe, expect, it } from 'vitest';
import { getPythonParser, parsePython } from '../src/lang/python/parser.js';
import { ReadTree, treeReaderBound, walkTree } from '../src/lang/python/tree-reader.js';
import { PythonLowering } from '../src/lang/python/lower.js';
import type { Node } from '../src/lang/python/syntax-node.js';
import { defaultConfig } from '../src/engine/config.js';
import { REPO_ROOT } from './helpers/scan.js';

function pythonFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? pythonFiles(file) : entry.name.endsWith('.py') ? [file] : [];
  });
}

const FIXTURES = pythonFiles(path.join(REPO_ROOT, 'test', 'fixtures', 'python'));
const EXAMPLES = pythonFiles(path.join(REPO_ROOT, 'examples')).filter((file) => !file.includes('node_modules'));

/** Text that exercises what a copy could get wrong: non-ASCII, CRLF, tabs, errors, nested and async defs, decorators. */
const AWKWARD = [
  'import jwt\r\n\r\ndef f(tok: str) -> dict:\r\n    """Ünïcödé ✓ 𝔘"""\r\n    return jwt.decode(tok, "k", algorithms=["HS256"])\r\n',
  'class A:\n\tdef m(self, x):\n\t\tdef inner(y):\n\t\t\treturn y["Authorization"].split(" ")[1]\n\t\treturn inner(x)\n',
  '@app.route("/a", methods=["GET"])\n@login_required\nasync def view():\n    async with s() as c:\n        await c.get(f"{u!r:>{w}}")\n',
  'def broken(:\n    x = (1,\n\ndef ok():\n    return 2\n',
  'x = lambda a, *b, c=1, **d: (yield)\nmatch x:\n    case {"k": [1, *rest]} if rest:\n        pass\n',
  `s = "${'é'.repeat(50)}" + '''multi\nline'''\ndef g(): return s\n`,
];

interface Pair {
  wasm: WasmNode;
  read: Node;
}

/** Every node of both trees in preorder, side by side (iterative: trees may be deep). */
function* pairs(wasmRoot: WasmNode, readRoot: Node): Generator<Pair> {
  const pending: Pair[] = [{ wasm: wasmRoot, read: readRoot }];
  while (pending.length) {
    const pair = pending.pop()!;
    yield pair;
    const wasmChildren = pair.wasm.children;
    const readChildren = pair.read.children;
    expect(readChildren.length, `children of ${pair.wasm.type} at ${pair.wasm.startIndex}`).toBe(wasmChildren.length);
    for (let index = wasmChildren.length - 1; index >= 0; index--) pending.push({ wasm: wasmChildren[index]!, read: readChildren[index]! });
  }
}

/** The fields node-types.json declares per node type. tree-sitter also answers a field its grammar lets a parent inherit through an aliased child (match_statement's `alternative`, which node-types.json gives to the block): the reader answers only where the field is declared. */
const DECLARED_FIELDS = new Map<string, string[]>(
  (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'node_modules', 'tree-sitter-python', 'src', 'node-types.json'), 'utf8')) as { type: string; fields?: Record<string, unknown> }[]).map((type) => [type.type, Object.keys(type.fields ?? {})]),
);

const spanOf = (node: { type: string; startIndex: number; endIndex: number } | null): string => (node ? `${node.type}@${node.startIndex}-${node.endIndex}` : 'none');

async function compare(text: string): Promise<number> {
  const parser = await getPythonParser();
  const tree: Tree = parsePython(parser, text);
  const read = new ReadTree(tree, text);
  let nodes = 0;
  try {
    for (const { wasm, read: node } of pairs(tree.rootNode, read.rootNode)) {
      nodes++;
      const where = spanOf(wasm);
      expect({ type: node.type, named: node.isNamed, start: node.startIndex, end: node.endIndex, text: node.text, from: node.startPosition, to: node.endPosition }, where).toEqual({
        type: wasm.type,
        named: wasm.isNamed,
        start: wasm.startIndex,
        end: wasm.endIndex,
        text: wasm.text,
        from: wasm.startPosition,
        to: wasm.endPosition,
      });
      expect(node.namedChildren.map(spanOf), where).toEqual(wasm.namedChildren.map(spanOf));
      expect(spanOf(node.parent), where).toBe(spanOf(wasm.parent));
      expect(spanOf(node.nextNamedSibling), where).toBe(spanOf(wasm.nextNamedSibling));
      if (wasm.childCount > 0) {
        for (const field of DECLARED_FIELDS.get(wasm.type) ?? []) {
          expect(spanOf(node.childForFieldName(field)), `${where} .${field}`).toBe(spanOf(wasm.childForFieldName(field)));
          expect(node.childrenForFieldName(field).map(spanOf), `${where} .${field}[]`).toEqual(wasm.childrenForFieldName(field).map(spanOf));
        }
      }
    }
    expect(read.rootNode.descendantsOfType(['identifier', 'call']).map(spanOf)).toEqual(tree.rootNode.descendantsOfType(['identifier', 'call']).map(spanOf));
  } finally {
    read.release();
    tree.delete();
  }
  return nodes;
}

describe('the tree reader copies the tree web-tree-sitter shows', () => {
  it('is bound to the wasm module in this build of web-tree-sitter', async () => {
    await getPythonParser();
    expect(treeReaderBound()).toBe(true);
  });

  it('reads every fixture and example file node for node: types, spans, text, positions, fields, parents, siblings', async () => {
    expect(FIXTURES.length).toBeGreaterThan(40);
    let nodes = 0;
    for (const file of [...FIXTURES, ...EXAMPLES]) nodes += await compare(fs.readFileSync(file, 'utf8'));
    expect(nodes).toBeGreaterThan(10_000);
  });

  it('reads awkward text the same: CRLF, tabs, non-ASCII, syntax errors, nested and async functions, match', async () => {
    for (const text of AWKWARD) expect(await compare(text)).toBeGreaterThan(10);
  });

  it('reads a function body only when it is asked for, and refuses once released', async () => {
    const parser = await getPythonParser();
    const text = 'def a():\n    return 1\n\n\ndef b():\n    return 2\n';
    const tree = parsePython(parser, text);
    const read = new ReadTree(tree, text);
    const [first, second] = read.rootNode.namedChildren;
    expect(first!.childForFieldName('body')!.namedChildren.map((node) => node.text)).toEqual(['return 1']);
    read.release();
    // what was read stays readable; the body never asked for cannot be read from a deleted tree
    expect(first!.childForFieldName('body')!.text).toBe('return 1');
    expect(() => second!.childForFieldName('body')!.namedChildren).toThrow(/released before this function body was read/);
    tree.delete();
  });

  it('walks with the fast cursor in the same order as web-tree-sitter’s cursor', async () => {
    const parser = await getPythonParser();
    const text = fs.readFileSync(FIXTURES[0]!, 'utf8');
    const tree = parsePython(parser, text);
    const visit = (cursor: ReturnType<typeof walkTree>): string[] => {
      const seen: string[] = [];
      try {
        for (;;) {
          seen.push(`${cursor.nodeType}:${cursor.nodeIsNamed}:${cursor.startIndex}-${cursor.endIndex}`);
          if (cursor.gotoFirstChild()) continue;
          while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return seen;
        }
      } finally {
        cursor.delete();
      }
    };
    const fast = visit(walkTree(tree));
    expect(fast.length).toBeGreaterThan(100);
    expect(fast).toEqual(visit(tree.walk()));
    tree.delete();
  });
});

describe('the walker builds the same model over the reader as over web-tree-sitter’s nodes', () => {
  it('for every fixture and example file', async () => {
    const parser = await getPythonParser();
    const config = defaultConfig();
    for (const file of [...FIXTURES, ...EXAMPLES]) {
      const text = fs.readFileSync(file, 'utf8');
      const tree = parsePython(parser, text);
      const read = new ReadTree(tree, text);
      try {
        const overReader = new PythonLowering(read, text, path.basename(file), config).lower();
        const overWasm = new PythonLowering(tree, text, path.basename(file), config).lower();
        expect(overReader, file).toEqual(overWasm);
      } finally {
        read.release();
        tree.delete();
      }
    }
  });
});
