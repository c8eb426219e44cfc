import type { Config } from '../../engine/config.js';
import { mayContainSuppression } from '../../engine/suppress.js';
import type { ImportedKnowledge } from '../../model/knowledge.js';
import type { AnalysisResult, FrontEnd } from '../types.js';
import { NEEDS_PARSE, unloweredModel } from '../unlowered.js';
import { analyseWhole, analyseWithCuts } from './analyse-file.js';
import { countLines, isRelevantPython } from './lower.js';
import { getPythonParser, parsePython } from './parser.js';
import { scanModuleFacts } from './top-level-scan.js';

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
    return analyseWithCuts(parser, text, relPath, config, imported) ?? analyseWhole(parser, text, relPath, config, imported);
  },
  async parseOnly(text: string): Promise<void> {
    const parser = await getPythonParser();
    parsePython(parser, text).delete();
  },
};
