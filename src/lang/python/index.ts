import type { Node, Tree } from 'web-tree-sitter';
import type { Config } from '../../engine/config.js';
import { mayContainSuppression, parseSuppression } from '../../engine/suppress.js';
import type { FileModel, SuppressionComment } from '../../model/types.js';
import { emptyFileModel } from '../../model/types.js';
import { isTestFile } from '../../engine/files.js';
import type { AnalysisResult, FrontEnd } from '../types.js';
import { getPythonParser, parsePython } from './parser.js';
import { PythonLowering, countLines, isRelevantPython } from './lower.js';
import { recoverFromErrors } from './recover.js';
import { unloweredModuleFacts } from './imports.js';
import type { ImportedKnowledge } from '../../model/knowledge.js';


export const pythonFrontEnd: FrontEnd = {
  async prepare(): Promise<void> {
    await getPythonParser();
  },
  async analyse(text: string, relPath: string, config: Config, imported?: ImportedKnowledge): Promise<AnalysisResult> {
    const parser = await getPythonParser();
    let tree: Tree;
    try {
      tree = parsePython(parser, text);
    } catch (error) {
      return { ok: false, reason: `could not be parsed (${(error as Error).message})` };
    }
    const parsed = recoverFromErrors(parser, text, tree);
    try {
      if (!parsed) return { ok: false, reason: 'too broken to parse (most of the file is syntax errors)' };
      const root = parsed.tree.rootNode;
      let model: FileModel;
      if (isRelevantPython(parsed.text)) {
        model = new PythonLowering(parsed.tree, parsed.text, relPath, config, imported).lower();
      } else {
        model = emptyFileModel(relPath, 'python', countLines(text));
        model.isTest = isTestFile(relPath);
        // nothing to lower, but a package's __init__.py may hand names on, a settings module offers its literals
        const module = unloweredModuleFacts(root);
        if (module) model.module = module;
      }
      // lines blanked to recover from an unclosed bracket were syntax errors too
      model.hasSyntaxErrors = tree.rootNode.hasError;
      if (mayContainSuppression(parsed.text)) model.suppressions = findSuppressions(root, parsed.text);
      return { ok: true, model };
    } finally {
      if (parsed && parsed.tree !== tree) parsed.tree.delete();
      tree.delete();
    }
  },
  async parseOnly(text: string): Promise<void> {
    const parser = await getPythonParser();
    parsePython(parser, text).delete();
  },
};

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
