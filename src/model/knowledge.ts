/**
 * What link hands a file's second lowering: each imported name it uses, resolved through
 * the module graph (a function with its summary resolved, a constant, a router), in plain
 * data (it crosses worker threads by structured clone). What each file says about itself
 * as a module (imports, exports, summaries) is in types.ts (FileModel.module).
 */
import type { FunctionSummary, Loc, ReturnSummary, Value } from './types.js';

/** What one imported name is, as link resolved it. */
export type ImportedFact =
  /** A router, blueprint or application defined in another module (routes may be registered on it here). */
  | { kind: 'group'; framework: string; file: string; name: string; loc: Loc }
  | { kind: 'function'; summary: ResolvedSummary; file: string; name: string; loc: Loc }
  | {
      kind: 'constant';
      value: Value;
      file: string;
      name: string;
      loc: Loc;
      /** A rule already reports the value where it is defined (a secret setting, a lifetime setting): not again at the use. */
      reportedThere: boolean;
    };

/** A summary with its imported parts resolved: no call-through returns, verification decided. */
export interface ResolvedSummary extends Omit<FunctionSummary, 'returns' | 'verifiesVia'> {
  returns?: Exclude<ReturnSummary, { kind: 'call' }>;
}

/** Handed to a file's second lowering: its imported names, by the qualified name its walker resolves them to. */
export interface ImportedKnowledge {
  names: Record<string, ImportedFact>;
}
