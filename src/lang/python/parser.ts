import { Language, Parser, type Tree } from 'web-tree-sitter';
import { locateWasm } from '../wasm.js';

let parserPromise: Promise<Parser> | undefined;

/** One web-tree-sitter parser with the Python grammar, loaded once per process. */
export function getPythonParser(): Promise<Parser> {
  parserPromise ??= (async () => {
    const runtimeWasm = locateWasm('web-tree-sitter.wasm', 'web-tree-sitter');
    await Parser.init({ locateFile: () => runtimeWasm });
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
