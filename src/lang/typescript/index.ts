import { ts } from 'ts-morph';
import type { Config } from '../../engine/config.js';
import { isTestFile } from '../../engine/files.js';
import type { Language } from '../../engine/finding.js';
import { mayContainSuppression, parseSuppression } from '../../engine/suppress.js';
import { emptyFileModel, type FileModel, type SuppressionComment } from '../../model/types.js';
import type { AnalysisResult, FrontEnd } from '../types.js';
import { TypeScriptLowering, isRelevantScript, parseDiagnosticsOf, scriptKindFor } from './lower.js';
import { unloweredModuleFacts } from './imports.js';
import type { ImportedKnowledge } from '../../model/knowledge.js';

/** Parse errors per line of code above which a file is too broken to analyse. */
const MAX_ERROR_DENSITY = 0.2;

export function parseScript(text: string, relPath: string): ts.SourceFile {
  return ts.createSourceFile(relPath, text, ts.ScriptTarget.Latest, true, scriptKindFor(relPath));
}

function frontEndFor(language: Language): FrontEnd {
  return {
    async prepare(): Promise<void> {},
    async analyse(text: string, relPath: string, config: Config, imported?: ImportedKnowledge): Promise<AnalysisResult> {
      let sourceFile: ts.SourceFile;
      try {
        sourceFile = parseScript(text, relPath);
      } catch (error) {
        return { ok: false, reason: `could not be parsed (${(error as Error).message})` };
      }
      const diagnostics = parseDiagnosticsOf(sourceFile);
      const lines = sourceFile.getLineStarts().length;
      if (diagnostics.length > 0 && (diagnostics.length / Math.max(lines, 1) > MAX_ERROR_DENSITY || lines <= 2)) {
        const first = diagnostics[0]!;
        const position = sourceFile.getLineAndCharacterOfPosition(first.start ?? 0);
        return { ok: false, reason: `does not parse (line ${position.line + 1}: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')})` };
      }
      let model: FileModel;
      if (isRelevantScript(text)) {
        model = new TypeScriptLowering(sourceFile, text, relPath, language, config, imported).lower();
      } else {
        model = emptyFileModel(relPath, language, lines - (text.endsWith('\n') ? 1 : 0));
        model.isTest = isTestFile(relPath);
        model.hasSyntaxErrors = diagnostics.length > 0;
        // nothing to lower, but a barrel index.ts may still hand names on
        const module = unloweredModuleFacts(sourceFile);
        if (module) model.module = module;
      }
      if (mayContainSuppression(text)) model.suppressions = findSuppressions(sourceFile, text);
      return { ok: true, model };
    },
    async parseOnly(text: string, relPath: string): Promise<void> {
      parseScript(text, relPath);
    },
  };
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
