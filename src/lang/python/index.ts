import type { Node, Tree } from 'web-tree-sitter';
import type { Config } from '../../engine/config.js';
import { mayContainSuppression, parseSuppression } from '../../engine/suppress.js';
import type { FileModel, SkippedRegion, SuppressionComment } from '../../model/types.js';
import type { AnalysisResult, FrontEnd } from '../types.js';
import { getPythonParser, parsePython } from './parser.js';
import { PythonLowering, countLines, isRelevantPython } from './lower.js';
import { recoverFromErrors } from './recover.js';
import { unloweredModuleFacts } from './imports.js';
import type { ImportedKnowledge } from '../../model/knowledge.js';
import { withinDepthBudget } from './depth.js';
import { ReadTree, treeReaderBound } from './tree-reader.js';
import { scanModuleFacts } from './top-level-scan.js';
import { NEEDS_PARSE, unloweredModel } from '../unlowered.js';
import { DEPTH_BUDGET, isStackOverflow } from '../depth.js';


export const pythonFrontEnd: FrontEnd = {
  async prepare(): Promise<void> {
    await getPythonParser();
  },
  async analyse(text: string, relPath: string, config: Config, imported?: ImportedKnowledge): Promise<AnalysisResult> {
    // a file with nothing to lower is read for its module facts without a parse when its text is plain
    if (!isRelevantPython(text) && !mayContainSuppression(text)) {
      const module = scanModuleFacts(text);
      if (module !== NEEDS_PARSE) return { ok: true, model: unloweredModel(relPath, 'python', countLines(text), module) };
    }
    const parser = await getPythonParser();
    let tree: Tree;
    try {
      tree = parsePython(parser, text);
    } catch (error) {
      return { ok: false, reason: `could not be parsed (${(error as Error).message})`, internal: true };
    }
    const parsed = recoverFromErrors(parser, text, tree);
    const owned = new Set<Tree>([tree]);
    try {
      if (!parsed) return { ok: false, reason: 'too broken to parse (most of the file is syntax errors)' };
      owned.add(parsed.tree);
      let analysed: { tree: Tree; text: string; regions: SkippedRegion[] } = { ...parsed, regions: [] };
      let model: FileModel;
      if (isRelevantPython(parsed.text)) {
        const lower = (budget: number, prune: boolean): FileModel => {
          analysed = withinDepthBudget(parser, parsed.tree, parsed.text, budget, prune);
          owned.add(analysed.tree);
          const read = treeReaderBound() ? new ReadTree(analysed.tree, analysed.text) : undefined;
          try {
            return new PythonLowering(read ?? analysed.tree, analysed.text, relPath, config, imported).lower();
          } finally {
            read?.release();
          }
        };
        try {
          model = lower(DEPTH_BUDGET, true);
        } catch (error) {
          // the budget is meant to prevent this; should a shape escape it, try once with half of it, every node walked
          if (!isStackOverflow(error)) throw error;
          model = lower(DEPTH_BUDGET / 2, false);
        }
        if (analysed.regions.length) model.notAnalysed = analysed.regions;
      } else {
        // nothing to lower, but a package's __init__.py may hand names on, a settings module offers its literals
        model = unloweredModel(relPath, 'python', countLines(text), unloweredModuleFacts(parsed.tree.rootNode));
      }
      // lines blanked to recover from an unclosed bracket were syntax errors too
      model.hasSyntaxErrors = tree.rootNode.hasError;
      if (mayContainSuppression(analysed.text)) model.suppressions = findSuppressions(analysed.tree.rootNode, analysed.text);
      return { ok: true, model };
    } finally {
      for (const owner of owned) owner.delete();
    }
  },
  async parseOnly(text: string): Promise<void> {
    const parser = await getPythonParser();
    parsePython(parser, text).delete();
  },
};

/** Any case: a malformed suppression is reported too. */
const MARKER = /tokengate/i;

function findSuppressions(root: Node, text: string): SuppressionComment[] {
  const comments: SuppressionComment[] = [];
  const lines = text.split('\n');
  lines.forEach((lineText, index) => {
    // the comment is the first '#' outside a string: earlier ones may sit inside string literals
    for (let at = lineText.indexOf('#'); at >= 0 && MARKER.test(lineText.slice(at)); at = lineText.indexOf('#', at + 1)) {
      const node = root.descendantForPosition({ row: index, column: at });
      if (node?.type !== 'comment') continue;
      const suppression = parseSuppression(node.text.slice(1), index + 1, at + 1, lineText.slice(0, at).trim() === '');
      if (suppression) comments.push(suppression);
      return;
    }
  });
  return comments;
}
