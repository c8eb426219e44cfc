import type { GateVerdict } from '../engine/verdict.js';

/** What every report shows beside the scan result: the verdict, and what the gate counted. */
export interface ReportContext {
  verdict: GateVerdict;
  /** Findings on the change's added lines (diff-aware runs); undefined when not diff-aware. */
  newFingerprints?: Set<string>;
  /** Findings not counted because the baseline holds them. */
  baselined?: number;
}
