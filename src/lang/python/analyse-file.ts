/**
 * The two ways a file worth lowering is parsed and lowered: whole (recovering from syntax
 * errors, within the depth budget), or with the function bodies the walker leaves alone
 * cut out of the parse (./body-cuts.ts), which the front end tries first.
 */
import type { Node, Parser, Tree } from 'web-tree-sitter';
import type { Config } from '../../engine/config.js';
import { mayContainSuppression, parseSuppression } from '../../engine/suppress.js';
import type { ImportedKnowledge } from '../../model/knowledge.js';
import type { FileModel, SkippedRegion, SuppressionComment } from '../../model/types.js';
import { DEPTH_BUDGET, isStackOverflow, tokenStarts } from '../depth.js';
import { LineIndex } from '../line-index.js';
import type { AnalysisResult } from '../types.js';
import { unloweredModel } from '../unlowered.js';
import { cutText, findBodyCuts, securityImportNames, type BodyCut } from './body-cuts.js';
import { deepPythonCuts, withinDepthBudget } from './depth.js';
import { unloweredModuleFacts } from './imports.js';
import { FUNCTION_RELEVANT, INERT_DECORATOR, PythonLowering, countLines, isRelevantPython } from './lower.js';
import { parsePython } from './parser.js';
import { recoverFromErrors } from './recover.js';
import { NeedsWholeParse, ReadTree, treeReaderBound } from './tree-reader.js';

/** The whole text parsed (recovered from errors, within the depth budget) and lowered when it is worth it. */
export function analyseWhole(parser: Parser, text: string, relPath: string, config: Config, imported?: ImportedKnowledge): AnalysisResult {
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
}

/**
 * The file parsed with the bodies the walker leaves alone cut out (./body-cuts.ts), and
 * lowered; undefined when there are none, or when the cut parse does not stand for the
 * whole (a syntax error, nesting near the depth budget, a cut body asked for that does
 * not parse alone as it did in place): the caller then parses the whole text.
 */
export function analyseWithCuts(parser: Parser, text: string, relPath: string, config: Config, imported?: ImportedKnowledge): AnalysisResult | undefined {
  if (!treeReaderBound() || mayContainSuppression(text) || !isRelevantPython(text)) return undefined;
  const aliases = securityImportNames(text);
  const cuts = findBodyCuts(text, {
    mayCarryFacts: (functionText) => FUNCTION_RELEVANT.test(functionText) || aliases.some((alias) => functionText.includes(alias)),
    isInertDecorator: (decoratorText) => INERT_DECORATOR.test(decoratorText),
  });
  if (cuts.length === 0) return undefined;
  const cut = cutText(text, cuts);
  let tree: Tree | undefined;
  let lines: LineIndex | undefined;
  let starts: Int32Array | undefined;
  try {
    tree = parsePython(parser, cut.text);
    if (tree.rootNode.hasError || deepPythonCuts(tree, cut.text).length > 0) return undefined;
    const parseFunction = (body: BodyCut, end: number): Tree => {
      lines ??= new LineIndex(text);
      const alone = parser.parse(text, null, { includedRanges: [{ startIndex: body.defStart, endIndex: end, startPosition: lines.pointAt(body.defStart), endPosition: lines.pointAt(end) }] });
      if (!alone) throw new NeedsWholeParse('tree-sitter returned no tree');
      // the function sits one or three levels down in the whole tree (in a class body): the budget's check allows for that
      starts ??= tokenStarts(text);
      if (alone.rootNode.hasError || deepPythonCuts(alone, text, DEPTH_BUDGET - 2, true, starts).length > 0) {
        alone.delete();
        throw new NeedsWholeParse(`the function at offset ${body.defStart} does not parse alone within the budget`);
      }
      return alone;
    };
    const read = new ReadTree(tree, text, { cut, parseFunction });
    try {
      const model = new PythonLowering(read, text, relPath, config, imported).lower();
      model.hasSyntaxErrors = false;
      return { ok: true, model };
    } finally {
      read.release();
    }
  } catch (error) {
    if (error instanceof NeedsWholeParse || isStackOverflow(error)) return undefined;
    throw error;
  } finally {
    tree?.delete();
  }
}

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
