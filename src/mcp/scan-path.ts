/**
 * scan_path: the engine over a folder (as `tokengate scan FOLDER` does, with the folder's
 * .tokengate.yml), or over one file within its project, so that imports from its
 * neighbours resolve and repository rules see their siblings; then the gate's verdict.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ChangedSinceError, changedSince } from '../engine/changed-since.js';
import { ConfigError, loadConfig, type Config } from '../engine/config.js';
import { isOnChangedLine, type ChangedFiles } from '../engine/diff.js';
import { languageOf } from '../engine/files.js';
import type { Finding, Severity } from '../engine/finding.js';
import { scan } from '../engine/scan.js';
import { computeScore } from '../engine/score.js';
import { evaluateGate } from '../engine/verdict.js';
import { countBySeverity, limitFindings, toToolFinding, type ScanPathResult } from './results.js';
import type { AllowedRoots } from './roots.js';
import { ToolInputError } from './tool-error.js';
import { RULES } from '../rules/index.js';

export interface ScanPathArgs {
  path?: string;
  changed_since?: string;
  min_score?: number;
  fail_on_severity?: Severity | 'none';
  max_findings?: number;
}

export interface ScanContext {
  roots: AllowedRoots;
  /** The bundle to start scan workers from (the CLI's own file), when running bundled. */
  workerEntry?: string;
}

/** The Action's default: only a critical finding fails the gate by itself. */
export const DEFAULT_FAIL_ON_SEVERITY = 'critical';
export const DEFAULT_MAX_FINDINGS = 200;

/** Markers of a project folder: its config, or the top of a git checkout. */
const PROJECT_MARKERS = ['.tokengate.yml', '.git'];

/**
 * The folder a single file is scanned in: the nearest one above it, inside its allowed
 * root, that holds a .tokengate.yml or .git; the file's own folder when there is none.
 */
export function projectFolderOf(file: string, root: string): string {
  let dir = path.dirname(file);
  for (;;) {
    if (PROJECT_MARKERS.some((marker) => fs.existsSync(path.join(dir, marker)))) return dir;
    if (dir === root || path.dirname(dir) === dir) return path.dirname(file);
    dir = path.dirname(dir);
  }
}

export function loadConfigAsToolInput(folder: string): Config {
  try {
    return loadConfig(folder, undefined, RULES);
  } catch (error) {
    if (error instanceof ConfigError) throw new ToolInputError(`configuration error in ${folder}: ${error.message}`);
    throw error;
  }
}

/** The shared reading of `git diff` since a ref (the CLI's --changed-since), its refusals as tool errors. */
function changedLines(root: string, ref: string): ChangedFiles {
  try {
    return changedSince(root, ref, `changed_since is ${JSON.stringify(ref)}`);
  } catch (error) {
    if (error instanceof ChangedSinceError) throw new ToolInputError(error.message);
    throw error;
  }
}

function relativePosix(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/') || '.';
}

export async function scanPath(args: ScanPathArgs, context: ScanContext): Promise<ScanPathResult> {
  const target = await context.roots.resolve(args.path);
  if (!target.isDirectory && languageOf(target.real) === undefined) {
    throw new ToolInputError(`path ${JSON.stringify(args.path)} is not a Python, TypeScript or JavaScript source file (.py, .ts, .tsx, .mts, .cts, .js, .jsx, .mjs, .cjs)`);
  }
  const root = target.isDirectory ? target.real : projectFolderOf(target.real, target.root);
  const config = loadConfigAsToolInput(root);
  const minScore = args.min_score ?? config['min-score'];
  const failOnSeverity = args.fail_on_severity ?? DEFAULT_FAIL_ON_SEVERITY;
  // the diff is read before the scan so that a bad ref fails fast
  const changed = args.changed_since === undefined ? undefined : changedLines(root, args.changed_since);

  const result = await scan({ rules: RULES, root, config, ...(context.workerEntry ? { workerEntry: context.workerEntry } : {}) });

  const relTarget = relativePosix(root, target.real);
  let findings: Finding[] = result.findings;
  let skipped = result.skipped;
  let suppressed = result.suppressed.length;
  let score = result.score;
  let stats = { files: result.stats.files, lines: result.stats.lines, skipped: result.stats.skipped };
  let notAnalysed: string | undefined;
  if (!target.isDirectory) {
    findings = findings.filter((finding) => finding.file === relTarget);
    skipped = skipped.filter((entry) => entry.file === relTarget);
    suppressed = result.suppressed.filter((finding) => finding.file === relTarget).length;
    score = computeScore(findings);
    const model = result.models.find((candidate) => candidate.file === relTarget);
    if (!model && !skipped.length) skipped = [{ file: relTarget, reason: "excluded from scans (by a .gitignore, the built-in exclude list or the config's exclude)" }];
    stats = { files: model ? 1 : 0, lines: model?.lines ?? 0, skipped: skipped.length };
    if (!model) notAnalysed = `${relTarget} was not analysed (${skipped[0]!.reason}), so the gate cannot pass on it.`;
  } else if (result.stats.files === 0 && result.skipped.length > 0) {
    notAnalysed = `None of the ${result.skipped.length} source files could be analysed, so the gate cannot pass.`;
  }

  const isNew = (finding: Finding): boolean => (changed ? isOnChangedLine(changed, finding.file, finding.line, finding.endLine) : true);
  const gated = changed ? findings.filter(isNew) : findings;
  const verdict = evaluateGate({ score: score.score, minScore, gated, scope: changed ? 'new' : 'all', failOnSeverity, warnOnly: false });
  if (notAnalysed) verdict.reasons.push(notAnalysed);

  const projected = findings.map((finding) => toToolFinding(finding, changed ? isNew(finding) : undefined));
  const limited = limitFindings(projected, args.max_findings ?? DEFAULT_MAX_FINDINGS);
  return {
    root,
    target: relTarget,
    score: score.score,
    grade: score.grade,
    verdict: { passed: verdict.passed && !notAnalysed, reasons: verdict.reasons, minScore, failOnSeverity, scope: changed ? 'new' : 'all' },
    findings: limited.kept,
    findingsTotal: findings.length,
    counts: countBySeverity(findings),
    findingsOmitted: limited.omitted,
    ...(changed ? { changedSince: args.changed_since, newFindings: gated.length } : {}),
    suppressed,
    skipped,
    stats,
  };
}
