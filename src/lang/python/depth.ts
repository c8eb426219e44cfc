/**
 * The depth budget (../depth.ts) for Python trees: finds the nodes at the budget's depth
 * with a tree-sitter cursor (no recursion), and the placeholder each kind of node takes.
 */
import type { Parser, Tree } from 'web-tree-sitter';
import type { SkippedRegion } from '../../model/types.js';
import { DEPTH_BUDGET, applyCuts, cutAt, cutRegions, mayReachBudget, mergeRegions, placeholder, spansLines, tokenStarts, type Cut } from '../depth.js';
import { parsePython } from './parser.js';
import { walkTree } from './tree-reader.js';

const EXPRESSIONS = new Set([
  'attribute',
  'await',
  'binary_operator',
  'boolean_operator',
  'call',
  'comparison_operator',
  'concatenated_string',
  'conditional_expression',
  'dictionary',
  'dictionary_comprehension',
  'expression_list',
  'generator_expression',
  'lambda',
  'list',
  'list_comprehension',
  'named_expression',
  'not_operator',
  'parenthesized_expression',
  'set',
  'set_comprehension',
  'string',
  'subscript',
  'tuple',
  'unary_operator',
]);

const PATTERNS = new Set(['list_pattern', 'tuple_pattern', 'pattern_list', 'case_pattern', 'class_pattern', 'dict_pattern', 'union_pattern', 'splat_pattern']);

/** `...` (an unknown value) for expressions, `pass` for statements, `_` for patterns; parenthesized across lines. */
function choosePlaceholder(nodeType: string, text: string, start: number, end: number): Cut | undefined {
  if (EXPRESSIONS.has(nodeType)) return spansLines(text, start, end) ? placeholder(text, start, end, '(...', ')') : placeholder(text, start, end, '...');
  if (nodeType.endsWith('_statement') || nodeType === 'function_definition' || nodeType === 'class_definition' || nodeType === 'decorated_definition') return placeholder(text, start, end, 'pass');
  if (PATTERNS.has(nodeType)) return spansLines(text, start, end) ? placeholder(text, start, end, '(_', ')') : placeholder(text, start, end, '_');
  return undefined;
}

/**
 * The cuts that bring the tree within the budget (none for real code). `prune` skips
 * subtrees with too few tokens to reach the budget (counted in `starts`, the text's
 * tokenStarts, when the caller has them); without it every node is visited.
 */
export function deepPythonCuts(tree: Tree, text: string, budget = DEPTH_BUDGET, prune = true, starts = prune ? tokenStarts(text) : undefined): Cut[] {
  const cuts: Cut[] = [];
  const cursor = walkTree(tree);
  let depth = 0;
  try {
    for (;;) {
      let descend = true;
      if (depth >= budget && cursor.nodeIsNamed) {
        // (keywords such as `lambda` and `await` are anonymous nodes named like the expressions they start)
        const cut = cutAt(choosePlaceholder, cursor.nodeType, text, cursor.startIndex, cursor.endIndex, depth, budget);
        if (cut) {
          if (cut !== 'leave') cuts.push(cut);
          descend = false;
        }
      } else if (starts && !mayReachBudget(starts, cursor.startIndex, cursor.endIndex, depth, budget)) {
        descend = false;
      }
      if (descend && cursor.gotoFirstChild()) {
        depth++;
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return cuts;
        depth--;
      }
    }
  } finally {
    cursor.delete();
  }
}

/**
 * The tree and text to analyse: `tree` itself when it is within the budget, else the text
 * with the deep nodes cut, parsed again (a few rounds, should the new parse nest anew),
 * with the regions cut. The caller still owns `tree`; a new tree is the caller's to delete too.
 */
export function withinDepthBudget(parser: Parser, tree: Tree, text: string, budget = DEPTH_BUDGET, prune = true): { tree: Tree; text: string; regions: SkippedRegion[] } {
  const regions: SkippedRegion[] = [];
  let current = { tree, text };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const found = deepPythonCuts(current.tree, current.text, budget, prune);
    if (found.length === 0) return { ...current, regions: mergeRegions(regions) };
    regions.push(...cutRegions(current.text, found, budget));
    const cutText = applyCuts(current.text, found);
    const next = parsePython(parser, cutText);
    if (current.tree !== tree) current.tree.delete();
    current = { tree: next, text: cutText };
  }
  if (current.tree !== tree) current.tree.delete();
  throw new Error(`nesting deeper than ${budget} levels remained after ${MAX_ROUNDS} rounds of cutting`);
}

const MAX_ROUNDS = 5;
