import type { Config } from '../engine/config.js';
import type { FileModel } from '../model/types.js';
import type { ImportedKnowledge } from '../model/knowledge.js';

/** A file the front end could not analyse; `internal` when the cause is tokengate's, not the file's (reported as not-analysed). */
export type AnalysisResult = { ok: true; model: FileModel } | { ok: false; reason: string; internal?: boolean };

/** A language front end: text in, file model out (or the reason the file was skipped). */
export interface FrontEnd {
  /** Loads the parser; a failure here is the engine's, not a file's, and stops the scan. */
  prepare(): Promise<void>;
  /** `imported`: what the file's imports are, from link (a second lowering); absent on the first. */
  analyse(text: string, relPath: string, config: Config, imported?: ImportedKnowledge): Promise<AnalysisResult>;
  /** The bare parse, for the benchmark baseline. */
  parseOnly(text: string, relPath: string): Promise<void>;
}
