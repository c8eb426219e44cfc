import type { Node, Tree } from 'web-tree-sitter';
import type { Config } from '../../engine/config.js';
import { mayContainSuppression, parseSuppression } from '../../engine/suppress.js';
import type { FileModel, SuppressionComment } from '../../model/types.js';
import { emptyFileModel } from '../../model/types.js';
import { isTestFile } from '../../engine/files.js';
import type { AnalysisResult, FrontEnd } from '../types.js';
import { getPythonParser, parsePython } from './parser.js';
import { PyLowering, countLines, isRelevantPython } from './lower.js';

/** Share of the file inside ERROR nodes above which the file is too broken to analyse. */
const MAX_ERROR_SHARE = 0.5;

export const pythonFrontEnd: FrontEnd = {
  async prepare(): Promise<void> {
    await getPythonParser();
  },
  async analyse(text: string, relPath: string, config: Config): Promise<AnalysisResult> {
    const parser = await getPythonParser();
    let tree: Tree;
    try {
      tree = parsePython(parser, text);
    } catch (error) {
      return { ok: false, reason: `could not be parsed (${(error as Error).message})` };
    }
    try {
      const root = tree.rootNode;
      if (root.hasError && errorShare(root, text.length) > MAX_ERROR_SHARE) {
        return { ok: false, reason: 'too broken to parse (most of the file is syntax errors)' };
      }
      let model: FileModel;
      if (isRelevantPython(text)) {
        model = new PyLowering(tree, text, relPath, config).lower();
      } else {
        model = emptyFileModel(relPath, 'python', countLines(text));
        model.isTest = isTestFile(relPath);
        model.hasSyntaxErrors = root.hasError;
      }
      if (mayContainSuppression(text)) model.suppressions = findSuppressions(root, text);
      return { ok: true, model };
    } finally {
      tree.delete();
    }
  },
  async parseOnly(text: string): Promise<void> {
    const parser = await getPythonParser();
    parsePython(parser, text).delete();
  },
};

function errorShare(root: Node, length: number): number {
  if (length === 0) return 0;
  let errorBytes = 0;
  for (const child of root.children) {
    if (child.type === 'ERROR') errorBytes += child.endIndex - child.startIndex;
  }
  return errorBytes / length;
}

function findSuppressions(root: Node, text: string): SuppressionComment[] {
  const comments: SuppressionComment[] = [];
  const lines = text.split('\n');
  lines.forEach((lineText, index) => {
    // the comment is the first '#' outside a string: earlier ones may sit inside string literals
    for (let at = lineText.indexOf('#'); at >= 0 && lineText.includes('tokengate:', at); at = lineText.indexOf('#', at + 1)) {
      const node = root.descendantForPosition({ row: index, column: at });
      if (node?.type !== 'comment') continue;
      const suppression = parseSuppression(node.text.slice(1), index + 1, at + 1, lineText.slice(0, at).trim() === '');
      if (suppression) comments.push(suppression);
      return;
    }
  });
  return comments;
}
