/**
 * The depth budget (../depth.ts) for JS/TS: the nodes at the budget's depth in a parsed
 * file, and, for a file so deeply bracketed that the TypeScript parser itself overflows
 * (about 650 nested calls), the bracket contents past the budget found with the scanner.
 */
import { ts } from 'ts-morph';
import type { SkippedRegion } from '../../model/types.js';
import { DEPTH_BUDGET, applyCuts, cutAt, cutRegions, mayReachBudget, placeholder, spansLines, tokenStarts, type Cut } from '../depth.js';

const SK = ts.SyntaxKind;

/** `(void 0)` (an unknown value) for expressions, `any` for types, `;` for statements; blocks and binding patterns are emptied. */
function choosePlaceholder(node: ts.Node, text: string, start: number, end: number): Cut | undefined {
  const kind = node.kind;
  if (kind === SK.Block || kind === SK.ModuleBlock || kind === SK.CaseBlock || kind === SK.ObjectBindingPattern || kind === SK.ArrayBindingPattern) return placeholder(text, start, end, text[start]!, text[end - 1]!);
  if (kind === SK.JsxExpression || kind === SK.JsxAttributes) return undefined;
  if (ts.isExpression(node)) {
    const parenthesized = placeholder(text, start, end, '(void 0', ')');
    if (parenthesized) return parenthesized;
    if (!spansLines(text, start, end)) return placeholder(text, start, end, 'void 0');
    // too short for `(void 0)`: an empty object or array literal keeps its brackets
    return kind === SK.ObjectLiteralExpression || kind === SK.ArrayLiteralExpression ? placeholder(text, start, end, text[start]!, text[end - 1]!) : undefined;
  }
  if (ts.isTypeNode(node)) return placeholder(text, start, end, 'any');
  if (ts.isStatement(node)) return placeholder(text, start, end, ';');
  return undefined;
}

/** The cuts that bring the parsed file within the budget (none for real code); the walk itself recurses at most that deep. */
export function deepTsCuts(sourceFile: ts.SourceFile, text: string, budget = DEPTH_BUDGET, prune = true): Cut[] {
  const starts = prune ? tokenStarts(text) : undefined;
  const cuts: Cut[] = [];
  const visitors: ((node: ts.Node) => void)[] = [];
  const visit = (node: ts.Node, depth: number): void => {
    if (depth >= budget) {
      const cut = cutAt((_type, source, from, to) => choosePlaceholder(node, source, from, to), '', text, node.getStart(sourceFile), node.end, depth, budget);
      if (cut) {
        if (cut !== 'leave') cuts.push(cut);
        return;
      }
    } else if (starts && !mayReachBudget(starts, node.pos, node.end, depth, budget)) {
      // node.pos includes the leading comments: more tokens counted, never fewer
      return;
    }
    ts.forEachChild(node, (visitors[depth + 1] ??= (child) => visit(child, depth + 1)));
  };
  visit(sourceFile, 0);
  return cuts;
}

/**
 * For a file the parser could not take: the contents of brackets opened past the budget
 * (`(`, `[`, `{`, `${`), found with the scanner (regular expressions and templates
 * rescanned as the parser would). `f(f(f(…)))` becomes `f(f(void 0))` at the budget.
 */
export function deepBracketCuts(text: string, languageVariant: ts.LanguageVariant, budget = DEPTH_BUDGET): Cut[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, languageVariant, text);
  const stack: ts.SyntaxKind[] = [];
  const cuts: Cut[] = [];
  let open: { depth: number; start: number; opener: ts.SyntaxKind } | undefined;
  let previous: ts.SyntaxKind = SK.Unknown;
  const close = (at: number): void => {
    if (!open || stack.length >= open.depth) return;
    const cut = open.opener === SK.OpenBraceToken ? { start: open.start, end: at, open: '', close: '' } : (placeholder(text, open.start, at, 'void 0') ?? { start: open.start, end: at, open: '', close: '' });
    if (cut.end > cut.start) cuts.push(cut);
    open = undefined;
  };
  for (let token = scanner.scan(); token !== SK.EndOfFileToken; token = scanner.scan()) {
    if ((token === SK.SlashToken || token === SK.SlashEqualsToken) && startsExpression(previous)) token = scanner.reScanSlashToken();
    if (token === SK.CloseBraceToken && stack.at(-1) === SK.TemplateHead) token = scanner.reScanTemplateToken(false);
    const push = (opener: ts.SyntaxKind): void => {
      stack.push(opener);
      if (!open && stack.length > budget) open = { depth: stack.length, start: scanner.getTokenEnd(), opener };
    };
    const pop = (): void => {
      stack.pop();
      close(scanner.getTokenStart());
    };
    switch (token) {
      case SK.OpenParenToken:
      case SK.OpenBracketToken:
      case SK.OpenBraceToken:
      case SK.TemplateHead:
        push(token);
        break;
      case SK.TemplateMiddle:
        // `}…${`: one template span ends, the next begins
        pop();
        push(SK.TemplateHead);
        break;
      case SK.CloseParenToken:
      case SK.CloseBracketToken:
      case SK.CloseBraceToken:
      case SK.TemplateTail:
        pop();
        break;
      default:
        break;
    }
    previous = token;
  }
  close(text.length);
  return cuts;
}

/** After these tokens a `/` starts a regular expression, not a division. */
function startsExpression(previous: ts.SyntaxKind): boolean {
  if (previous === SK.Unknown) return true;
  const endsValue =
    previous === SK.Identifier ||
    previous === SK.NumericLiteral ||
    previous === SK.BigIntLiteral ||
    previous === SK.StringLiteral ||
    previous === SK.RegularExpressionLiteral ||
    previous === SK.NoSubstitutionTemplateLiteral ||
    previous === SK.TemplateTail ||
    previous === SK.CloseParenToken ||
    previous === SK.CloseBracketToken ||
    previous === SK.CloseBraceToken ||
    previous === SK.PlusPlusToken ||
    previous === SK.MinusMinusToken ||
    previous === SK.ThisKeyword ||
    previous === SK.SuperKeyword ||
    previous === SK.TrueKeyword ||
    previous === SK.FalseKeyword ||
    previous === SK.NullKeyword;
  return !endsValue;
}

/**
 * The file and text to analyse: `sourceFile` itself when it is within the budget, else the
 * text with the deep nodes cut, parsed again (a few rounds, should the new parse nest anew),
 * with the regions cut.
 */
export function withinDepthBudget(sourceFile: ts.SourceFile, text: string, parse: (text: string) => ts.SourceFile, budget = DEPTH_BUDGET, prune = true): { sourceFile: ts.SourceFile; text: string; regions: SkippedRegion[] } {
  const regions: SkippedRegion[] = [];
  let current = { sourceFile, text };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const found = deepTsCuts(current.sourceFile, current.text, budget, prune);
    if (found.length === 0) return { ...current, regions };
    regions.push(...cutRegions(current.text, found, budget));
    const cutText = applyCuts(current.text, found);
    current = { sourceFile: parse(cutText), text: cutText };
  }
  throw new Error(`nesting deeper than ${budget} levels remained after ${MAX_ROUNDS} rounds of cutting`);
}

const MAX_ROUNDS = 5;

/** Keywords that start a statement: after a line break at the top level, a new statement begins. */
const STATEMENT_STARTS = new Set([
  SK.ConstKeyword,
  SK.LetKeyword,
  SK.VarKeyword,
  SK.FunctionKeyword,
  SK.ClassKeyword,
  SK.ExportKeyword,
  SK.ImportKeyword,
  SK.IfKeyword,
  SK.ForKeyword,
  SK.WhileKeyword,
  SK.DoKeyword,
  SK.SwitchKeyword,
  SK.TryKeyword,
  SK.ReturnKeyword,
  SK.ThrowKeyword,
  SK.InterfaceKeyword,
  SK.TypeKeyword,
  SK.EnumKeyword,
  SK.AsyncKeyword,
]);

/**
 * The top-level statements of a file, for the last resort when the parser still overflows
 * after the bracket cuts (thousands of nested arrow functions, conditionals, generics or
 * JSX elements): those that overflow it are cut whole. Statements end at `;` or `}` at the
 * top level, or where a line starts with a statement keyword.
 */
export function topLevelStatements(text: string, languageVariant: ts.LanguageVariant): Cut[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, languageVariant, text);
  const bounds: number[] = [0];
  let depth = 0;
  let previous: ts.SyntaxKind = SK.Unknown;
  for (let token = scanner.scan(); token !== SK.EndOfFileToken; token = scanner.scan()) {
    if ((token === SK.SlashToken || token === SK.SlashEqualsToken) && startsExpression(previous)) token = scanner.reScanSlashToken();
    if (depth === 0 && scanner.hasPrecedingLineBreak() && STATEMENT_STARTS.has(token)) bounds.push(scanner.getTokenStart());
    if (token === SK.OpenParenToken || token === SK.OpenBracketToken || token === SK.OpenBraceToken || token === SK.TemplateHead) depth++;
    else if (token === SK.CloseParenToken || token === SK.CloseBracketToken || token === SK.CloseBraceToken || token === SK.TemplateTail) depth = Math.max(0, depth - 1);
    if (depth === 0 && (token === SK.SemicolonToken || token === SK.CloseBraceToken)) bounds.push(scanner.getTokenEnd());
    previous = token;
  }
  bounds.push(text.length);
  const cuts: Cut[] = [];
  for (let index = 0; index + 1 < bounds.length; index++) {
    const [start, end] = [bounds[index]!, bounds[index + 1]!];
    if (end > start) cuts.push({ start, end, open: '', close: '' });
  }
  return cuts;
}
