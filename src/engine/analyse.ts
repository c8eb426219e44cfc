/**
 * The per-file work: read, parse, lower into a file model (in a worker when the pool
 * runs). A second lowering of the same file may be given what its imports are
 * (ImportedKnowledge, from link). No rule runs here: rules run once every model is linked.
 */
import type { Config } from './config.js';
import { readSourceFile, type SkippedFile, type SourceFile } from './files.js';
import type { Language } from './finding.js';
import type { TaskServer } from './pool.js';
import { emptyFileModel, wholeFile, type FileModel } from '../model/types.js';
import type { ImportedKnowledge } from '../model/knowledge.js';
import type { FrontEnd } from '../lang/types.js';
import { FRONT_ENDS } from '../lang/index.js';

/**
 * A file analysed, or skipped with the reason. One that failed for an internal reason (the
 * cause is tokengate's, not the file's) also carries an empty model of it whose notAnalysed
 * says why, for the not-analysed rule to report.
 */
export type FileOutcome = { ok: true; model: FileModel } | { ok: false; skipped: SkippedFile; failed?: FileModel };

export interface AnalysisRequest {
  file: SourceFile;
  imported?: ImportedKnowledge;
}

/** Analyses one file; a file that cannot be read, parsed or lowered is skipped with the reason. */
export async function analyseFile(file: SourceFile, config: Config, imported?: ImportedKnowledge, frontEnds: Partial<Record<Language, FrontEnd>> = FRONT_ENDS): Promise<FileOutcome> {
  const read = readSourceFile(file.absPath, config['max-file-size']);
  if (!read.ok) return { ok: false, skipped: { file: file.relPath, reason: read.reason } };
  const frontEnd = frontEnds[file.language];
  if (!frontEnd) return { ok: false, skipped: { file: file.relPath, reason: `no analyser for ${file.language}` } };
  let analysis;
  try {
    analysis = await frontEnd.analyse(read.text, file.relPath, config, imported);
  } catch (error) {
    return failedOutcome(file, read.text, `analysis failed (${(error as Error).message})`);
  }
  if (!analysis.ok) return analysis.internal ? failedOutcome(file, read.text, analysis.reason) : { ok: false, skipped: { file: file.relPath, reason: analysis.reason } };
  return { ok: true, model: analysis.model };
}

function failedOutcome(file: SourceFile, text: string, reason: string): FileOutcome {
  const lines = text.split('\n').length;
  const failed = emptyFileModel(file.relPath, file.language, lines);
  failed.notAnalysed = [wholeFile(lines, reason)];
  return { ok: false, skipped: { file: file.relPath, reason }, failed };
}

/** What a pool worker serves (the worker bundle's entry, worker.ts, hands it to `runWorkerIfRequested`). */
export const serveFileAnalysis: TaskServer<Config, AnalysisRequest, FileOutcome> = (config) => async (request) => {
  // a worker loads a front end with its first file of that language; one that fails to load stops the scan, as on the main thread
  await FRONT_ENDS[request.file.language]?.prepare();
  return analyseFile(request.file, config, request.imported);
};
