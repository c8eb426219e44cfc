/**
 * What the front ends share for a file with nothing to lower: its model, and the way their
 * top-level scans (python/top-level-scan.ts, typescript/top-level-scan.ts) give up on text
 * that is not plain enough to read without a parse.
 */
import { isTestFile } from '../engine/files.js';
import type { Language } from '../engine/finding.js';
import { emptyFileModel, type FileModel, type ModuleFacts } from '../model/types.js';

/** A top-level scan's answer for text it leaves to the parse. */
export const NEEDS_PARSE = Symbol('needs parse');

class Plainness extends Error {}

/** Gives up: the text is not plain (called anywhere inside `readIfPlain`). */
export function plain(): never {
  throw new Plainness();
}

/** What `read` returns, or NEEDS_PARSE when it gave up. */
export function readIfPlain<T>(read: () => T): T | typeof NEEDS_PARSE {
  try {
    return read();
  } catch (error) {
    if (error instanceof Plainness) return NEEDS_PARSE;
    throw error;
  }
}

/** The model of a file with nothing to lower: its lines and what it offers other modules. */
export function unloweredModel(relPath: string, language: Language, lines: number, module: ModuleFacts | undefined): FileModel {
  const model = emptyFileModel(relPath, language, lines);
  model.isTest = isTestFile(relPath);
  if (module) model.module = module;
  return model;
}
