import { ts } from 'ts-morph';
import type { Config } from '../../engine/config.js';
import type { Language } from '../../engine/finding.js';
import { mayContainSuppression, parseSuppression } from '../../engine/suppress.js';
import type { FileModel, SkippedRegion, SuppressionComment } from '../../model/types.js';
import type { AnalysisResult, FrontEnd } from '../types.js';
import { TypeScriptLowering, isRelevantScript, parseDiagnosticsOf, scriptKindFor } from './lower.js';
import { unloweredModuleFacts } from './imports.js';
import { scanScriptFacts } from './top-level-scan.js';
import { NEEDS_PARSE, unloweredModel } from '../unlowered.js';
import type { ImportedKnowledge } from '../../model/knowledge.js';
import { deepBracketCuts, topLevelStatements, withinDepthBudget } from './depth.js';
import { DEPTH_BUDGET, applyCuts, cutRegions, isStackOverflow, mergeRegions } from '../depth.js';

/** Statements cut whole, at most, before a file the parser cannot take is given up as not analysed. */
const MAX_STATEMENT_CUTS = 20;

/** Parse errors per line of code above which a file is too broken to analyse. */
const MAX_ERROR_DENSITY = 0.2;

/**
 * No rule reads JSDoc, and in a JS file the parser otherwise builds a tree for every doc
 * comment (a tenth of the parse of the npm tree's JavaScript); they stay comments.
 */
const PARSE_OPTIONS: ts.CreateSourceFileOptions = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };

export function parseScript(text: string, relPath: string): ts.SourceFile {
  const sourceFile = ts.createSourceFile(relPath, text, PARSE_OPTIONS, false, scriptKindFor(relPath));
  setParents(sourceFile);
  return sourceFile;
}

/**
 * Every node's parent, as createSourceFile's setParentNodes gives them. The compiler's own
 * pass gathers each node's children into a fresh array and handles JSDoc, which is not
 * parsed here; this walk does neither, with a stack of its own instead of recursion.
 */
function setParents(sourceFile: ts.SourceFile): void {
  const pending: ts.Node[] = [sourceFile];
  const adopt = (child: ts.Node): void => {
    (child as { parent: ts.Node }).parent = parent;
    pending.push(child);
  };
  let parent: ts.Node = sourceFile;
  while (pending.length > 0) {
    parent = pending.pop()!;
    ts.forEachChild(parent, adopt);
  }
}

function languageVariantFor(relPath: string): ts.LanguageVariant {
  const kind = scriptKindFor(relPath);
  return kind === ts.ScriptKind.TSX || kind === ts.ScriptKind.JSX ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard;
}

/**
 * A file whose nesting overflows the parser: the bracket contents past the budget cut,
 * then, if it still overflows, the top-level statements that overflow it on their own.
 */
function parseDespiteNesting(original: string, relPath: string): { sourceFile: ts.SourceFile; text: string; regions: SkippedRegion[] } | undefined {
  const variant = languageVariantFor(relPath);
  const bracketCuts = deepBracketCuts(original, variant);
  const regions = cutRegions(original, bracketCuts, DEPTH_BUDGET);
  let text = applyCuts(original, bracketCuts);
  const parse = (source: string): ts.SourceFile | undefined => {
    try {
      return parseScript(source, relPath);
    } catch (error) {
      if (isStackOverflow(error)) return undefined;
      throw error;
    }
  };
  let sourceFile = parse(text);
  if (!sourceFile) {
    const statements = topLevelStatements(text, variant);
    const statementCuts = statements.filter((statement) => parse(text.slice(statement.start, statement.end)) === undefined);
    // a statement that only just fits the stack alone can still overflow within the file: cut the longest ones left until the file parses
    const longestFirst = statements.filter((statement) => !statementCuts.includes(statement)).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    for (;;) {
      sourceFile = parse(applyCuts(text, statementCuts));
      if (sourceFile || statementCuts.length >= MAX_STATEMENT_CUTS || longestFirst.length === 0) break;
      statementCuts.push(longestFirst.shift()!);
    }
    regions.push(...cutRegions(text, statementCuts, DEPTH_BUDGET).map((region) => ({ ...region, reason: 'nested too deep for the TypeScript parser' })));
    text = applyCuts(text, statementCuts);
  }
  return sourceFile ? { sourceFile, text, regions } : undefined;
}

function frontEndFor(language: Language): FrontEnd {
  return {
    async prepare(): Promise<void> {},
    async analyse(original: string, relPath: string, config: Config, imported?: ImportedKnowledge): Promise<AnalysisResult> {
      if (!isRelevantScript(original) && !mayContainSuppression(original)) {
        // nothing to lower: what link needs is read from the tokens, unless the text is not plain
        const scanned = scanScriptFacts(original, languageVariantFor(relPath) === ts.LanguageVariant.JSX);
        if (scanned !== NEEDS_PARSE) return { ok: true, model: unloweredModel(relPath, language, linesOf(original, scanned.lineStarts), scanned.module) };
      }
      let sourceFile: ts.SourceFile;
      let text = original;
      let regions: SkippedRegion[] = [];
      try {
        sourceFile = parseScript(text, relPath);
      } catch (error) {
        if (!isStackOverflow(error)) return { ok: false, reason: `could not be parsed (${(error as Error).message})`, internal: true };
        // nested too deep for the parser itself: the bracket contents past the budget are cut, then it parses again
        const parsed = parseDespiteNesting(text, relPath);
        if (!parsed) return { ok: false, reason: 'could not be parsed (nested too deep for the TypeScript parser)', internal: true };
        ({ sourceFile, text, regions } = parsed);
      }
      const diagnostics = parseDiagnosticsOf(sourceFile);
      const lines = sourceFile.getLineStarts().length;
      if (diagnostics.length > 0 && (diagnostics.length / Math.max(lines, 1) > MAX_ERROR_DENSITY || lines <= 2)) {
        const first = diagnostics[0]!;
        const position = sourceFile.getLineAndCharacterOfPosition(first.start ?? 0);
        return { ok: false, reason: `does not parse (line ${position.line + 1}: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')})` };
      }
      let model: FileModel;
      let budget = DEPTH_BUDGET;
      if (isRelevantScript(text)) {
        const parsed = { sourceFile, text, regions };
        const lower = (prune: boolean): FileModel => {
          const within = withinDepthBudget(parsed.sourceFile, parsed.text, (cutText) => parseScript(cutText, relPath), budget, prune);
          ({ sourceFile, text } = within);
          regions = [...parsed.regions, ...within.regions];
          return new TypeScriptLowering(sourceFile, text, relPath, language, config, imported).lower();
        };
        try {
          model = lower(true);
        } catch (error) {
          // the budget is meant to prevent this; should a shape escape it, try once with half of it, every node walked
          if (!isStackOverflow(error)) throw error;
          budget = DEPTH_BUDGET / 2;
          model = lower(false);
        }
      } else {
        // nothing to lower, but a barrel index.ts may still hand names on
        model = unloweredModel(relPath, language, linesOf(text, lines), unloweredModuleFacts(sourceFile));
        model.hasSyntaxErrors = diagnostics.length > 0;
      }
      if (mayContainSuppression(text)) model.suppressions = findSuppressions(sourceFile, text);
      if (regions.length) model.notAnalysed = mergeRegions(regions);
      return { ok: true, model };
    },
    async parseOnly(text: string, relPath: string): Promise<void> {
      parseScript(text, relPath);
    },
  };
}

/** A file's lines from the compiler's line starts: a final line break starts no line of its own. */
function linesOf(text: string, lineStarts: number): number {
  return lineStarts - (text.endsWith('\n') ? 1 : 0);
}

export const typescriptFrontEnd = frontEndFor('typescript');
export const javascriptFrontEnd = frontEndFor('javascript');

/** `// tokengate: ignore[TG101] reason` and `/* tokengate: ignore[…] … *\/` comments. */
function findSuppressions(sourceFile: ts.SourceFile, text: string): SuppressionComment[] {
  const comments: SuppressionComment[] = [];
  const seen = new Set<number>();
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, sourceFile.languageVariant, text);
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token !== ts.SyntaxKind.SingleLineCommentTrivia && token !== ts.SyntaxKind.MultiLineCommentTrivia) continue;
    const start = scanner.getTokenStart();
    if (seen.has(start)) continue;
    seen.add(start);
    const body = scanner.getTokenText().replace(/^\/\/|^\/\*|\*\/$/g, '');
    const position = sourceFile.getLineAndCharacterOfPosition(start);
    const lineStart = sourceFile.getLineStarts()[position.line] ?? 0;
    const standalone = text.slice(lineStart, start).trim() === '';
    const suppression = parseSuppression(body, position.line + 1, position.character + 1, standalone);
    if (suppression) comments.push(suppression);
  }
  return comments;
}
