/**
 * The scan: files → (per file, in workers) parse → lower → link across files → file rules
 * → repository rules → suppressions → score. Knows nothing of GitHub or the terminal, and
 * no rule: the adapters hand it the rule list.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { ConfigError, type Config } from './config.js';
import { ruleSetting } from './rule-setting.js';
import { discoverFiles, leftOutAs, readSourceFile, type SkippedFile, type SourceFile } from './files.js';
import { readPathAliases } from './project-config.js';
import { SUPPRESSION_RULES, compareFindings, fingerprintFindings, type Finding, type Language, type RawFinding, type Severity } from './finding.js';
import { computeScore, type ScoreResult } from './score.js';
import { ALL_RULES, applySuppressions } from './suppress.js';
import type { FileRule, RepositoryRule, Rule } from './rule.js';
import { analyseFile, type AnalysisRequest, type FileOutcome } from './analyse.js';
import { poolOf, startWorker } from './pool.js';
import { WorkerStarter } from './pool-plan.js';
import { wholeFile, type FileModel, type SuppressionComment } from '../model/types.js';
import { link } from '../model/link.js';
import { FRONT_ENDS } from '../lang/index.js';
import { loadSpecs } from '../spec/load.js';
import { attachSpecRoutes } from '../spec/connexion.js';
import type { SpecDocument } from '../spec/types.js';
import { OneThreadHeap } from './heap-policy.js';
import { tierForShortRun } from './tiering.js';

export interface ScanOptions {
  root: string;
  config: Config;
  /** The rules to run (rules/index.ts's list, from the adapter); the config turns them off or changes their severity. */
  rules: readonly Rule[];
  /**
   * The bundle file to start scan workers from (the worker bundle: pool.ts, workerBundle). Without it,
   * or for small trees, files are analysed on the main thread.
   */
  workerEntry?: string;
  /** Called as files are analysed (done of total), for a progress display. */
  onProgress?: (done: number, total: number) => void;
}

export interface LanguageStats {
  files: number;
  lines: number;
}

export interface ScanStats {
  files: number;
  lines: number;
  skipped: number;
  languages: Partial<Record<Language, LanguageStats>>;
  timings: { discoverMs: number; analyseMs: number; linkMs: number; fileRulesMs: number; repositoryRulesMs: number; totalMs: number };
  /** Peak resident memory of the process (workers are threads: included), in MiB. */
  peakRssMb: number;
  /** Worker threads the files were analysed on (0: the main thread). */
  workers: number;
  /** Findings not counted because they are in test or docs files (`test-files: skip`, `docs-files: skip`). */
  leftOut?: { testFiles: number; docsFiles: number };
  /** OpenAPI / Swagger documents read (and correlated with the routes). */
  apiDocuments?: number;
}

export interface ScanResult {
  root: string;
  findings: Finding[];
  suppressed: Finding[];
  skipped: SkippedFile[];
  score: ScoreResult;
  stats: ScanStats;
  /** Rules that ran (after config), for reports that list rule metadata. */
  rules: Rule[];
  models: FileModel[];
  /** The API documents read from the tree. */
  specs?: SpecDocument[];
}

export { SUPPRESSION_RULES };

/** The rules in force: config `off` removes a rule, a severity overrides it. */
export function activeRules(config: Config, rules: readonly Rule[]): Rule[] {
  const active: Rule[] = [];
  for (const rule of rules) {
    const setting = ruleSetting(config, rule.id, rule.name);
    if (setting === 'off') continue;
    active.push(setting ? ({ ...rule, severity: setting as Severity, severityFromConfig: true } as Rule) : rule);
  }
  return active;
}

/** Runs analysis requests on the pool's workers, or one by one on this thread. */
interface Analyser {
  workers: number;
  /** `onDone` hears of each file analysed. */
  run(requests: AnalysisRequest[], onDone?: () => void): Promise<FileOutcome[]>;
  close(): Promise<void>;
}

/** The analyser over the workers started while discovery ran (none: this thread). */
function startAnalyser(workers: Worker[], config: Config): Analyser {
  if (workers.length > 0) {
    const pool = poolOf<AnalysisRequest, FileOutcome>(workers);
    return { workers: workers.length, run: (requests, onDone) => pool.run(requests, (request) => request.file.relPath, onDone), close: () => pool.close() };
  }
  return {
    workers: 0,
    async run(requests, onDone) {
      const outcomes: FileOutcome[] = [];
      const heap = new OneThreadHeap();
      try {
        for (const request of requests) {
          // A model's strings are slices of its file's text and would keep the whole text alive
          // until the scan ends (30 MB over the standard library); a copy holds only what it
          // says, as the models that workers post do.
          outcomes.push(structuredClone(await analyseFile(request.file, config, request.imported)));
          heap.afterFile();
          onDone?.();
        }
      } finally {
        heap.release();
      }
      return outcomes;
    },
    async close() {},
  };
}

/**
 * Link: resolves what each file imports through the module graph; files whose imports
 * link could summarise are lowered again with that knowledge (their new model replaces
 * the first); then the facts only the whole repository shows are settled.
 */
async function linkAcrossFiles(root: string, files: SourceFile[], models: FileModel[], analyser: Analyser): Promise<void> {
  const aliases = readPathAliases(
    root,
    files.filter((file) => file.language !== 'python').map((file) => file.relPath),
  );
  const linked = link(models, aliases);
  const again = files.filter((file) => linked.relower.has(file.relPath));
  if (again.length) {
    const outcomes = await analyser.run(again.map((file) => ({ file, imported: linked.relower.get(file.relPath) })));
    const index = new Map(models.map((model, position) => [model.file, position]));
    for (const outcome of outcomes) {
      // the file was analysed once already: a second lowering that fails keeps the first model
      if (outcome.ok) models[index.get(outcome.model.file)!] = outcome.model;
    }
  }
  linked.finish(models);
}

/** A scan that analysed no file at all: the adapters stop with their error exit, never a clean score. */
export class NothingAnalysedError extends Error {
  constructor(
    message: string,
    /** What was skipped, and why (empty when there was nothing to analyse). */
    readonly skipped: SkippedFile[],
  ) {
    super(message);
    this.name = 'NothingAnalysedError';
  }
}

/**
 * Every file rule over one model, in rule order; a finding whose `once` key was reported
 * already is left out. A rule that throws loses its own findings, not the file's: the
 * not-analysed rule (the last) reports it.
 */
export function fileRuleFindings(model: FileModel, rules: FileRule[], config: Config, reportedOnce: Set<string> = new Set()): Omit<Finding, 'fingerprint'>[] {
  const raw: Omit<Finding, 'fingerprint'>[] = [];
  for (const rule of rules) {
    if (!rule.languages.includes(model.language)) continue;
    if (rule.skipInTestFiles && model.isTest && config['test-files'] === 'skip-secrets') continue;
    let found;
    try {
      found = rule.check(model, { config });
    } catch (error) {
      (model.notAnalysed ??= []).push(wholeFile(model.lines, `rule ${rule.id} ${rule.name} failed: ${(error as Error).message}`));
      continue;
    }
    for (const finding of found) {
      if (finding.once !== undefined) {
        const key = `${rule.id}\u0000${finding.once}`;
        if (reportedOnce.has(key)) continue;
        reportedOnce.add(key);
      }
      raw.push(toFinding(rule, finding.file ?? model.file, finding));
    }
  }
  return raw;
}

function toFinding(rule: Rule, file: string, raw: RawFinding): Omit<Finding, 'fingerprint'> {
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    category: rule.category,
    severity: raw.severity && !rule.severityFromConfig ? raw.severity : rule.severity,
    file,
    line: raw.line,
    column: raw.column,
    ...(raw.endLine !== undefined ? { endLine: raw.endLine, endColumn: raw.endColumn } : {}),
    message: raw.message,
    fix: rule.docs.fixShort,
    ...(raw.related ? { related: raw.related } : {}),
  };
}

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  tierForShortRun();
  const { root, config } = options;
  const rules = activeRules(config, options.rules);
  const fileRules = rules.filter((rule): rule is FileRule => rule.scope === 'file');
  const repositoryRules = rules.filter((rule): rule is RepositoryRule => rule.scope === 'repository');

  checkNamedSpecs(root, config);
  const starter = new WorkerStarter(options.workerEntry ? () => startWorker(options.workerEntry!, config) : undefined);
  let discovery;
  try {
    discovery = discoverFiles(root, { exclude: config.exclude, languages: new Set(Object.keys(FRONT_ENDS) as Language[]), documents: true, onFile: starter.add });
  } catch (error) {
    await starter.abandon();
    throw error;
  }
  const discovered = performance.now();
  const workers = starter.finish();

  // on the main thread only when it analyses: each worker loads the front ends its files need
  if (workers.length === 0) for (const language of new Set(discovery.files.map((file) => file.language))) await FRONT_ENDS[language]?.prepare();

  const skipped: SkippedFile[] = [...discovery.skipped];
  const models: FileModel[] = [];
  /** Files whose analysis failed for an internal reason, as empty models saying why (for the not-analysed rule). */
  const failed: FileModel[] = [];
  const analyser = startAnalyser(workers, config);
  let analysed: number;
  try {
    let done = 0;
    const total = discovery.files.length;
    const onDone = options.onProgress ? (): void => options.onProgress!(++done, total) : undefined;
    options.onProgress?.(0, total);
    const outcomes = await analyser.run(
      discovery.files.map((file) => ({ file })),
      onDone,
    );
    for (const outcome of outcomes) {
      if (outcome.ok) models.push(outcome.model);
      else {
        skipped.push(outcome.skipped);
        if (outcome.failed) failed.push(outcome.failed);
      }
    }
    analysed = performance.now();
    await linkAcrossFiles(root, discovery.files, models, analyser);
  } finally {
    await analyser.close();
  }
  const linked = performance.now();

  // API documents: read after the code, so that connexion apps get their routes from them
  const specs = await loadSpecs(discovery.documents, { root, maxFileSize: config['max-file-size'], named: config.specs, includeTests: config['test-files'] === 'scan' });
  skipped.push(...specs.skipped);
  if (models.length === 0 && specs.documents.length === 0) throw new NothingAnalysedError(nothingAnalysed(root, skipped), skipped);
  attachSpecRoutes(models, specs.documents);

  const lineCache = new Map<string, string[]>();
  const lineText = (file: string, line: number): string => {
    let lines = lineCache.get(file);
    if (!lines) {
      const read = readSourceFile(`${root}/${file}`, config['max-file-size']);
      lines = read.ok ? read.text.split('\n') : [];
      lineCache.set(file, lines);
    }
    return lines[line - 1] ?? '';
  };
  let findings: Finding[] = [];
  const reportedOnce = new Set<string>();
  // in file order, so that a finding reported once lands at its first use
  for (const model of [...models].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) findings.push(...fingerprintFindings(fileRuleFindings(model, fileRules, config, reportedOnce), lineText));
  const notAnalysedRules = fileRules.filter((rule) => rule.category === 'not-analysed');
  for (const model of failed) findings.push(...fingerprintFindings(fileRuleFindings(model, notAnalysedRules, config), lineText));
  const fileRulesDone = performance.now();

  const byFile = new Map(models.map((model) => [model.file, model]));
  const repositoryRaw: Omit<Finding, 'fingerprint'>[] = [];
  for (const rule of repositoryRules) {
    const applicable = models.filter((model) => rule.languages.includes(model.language));
    for (const raw of rule.check(applicable, { config, specs: specs.documents })) repositoryRaw.push(toFinding(rule, raw.file, raw));
  }
  findings.push(...fingerprintFindings(repositoryRaw, lineText));
  const repositoryDone = performance.now();

  const activeById = new Map(rules.map((rule) => [rule.id, rule]));
  const ruleRan = (ruleId: string, model: FileModel): boolean => {
    const rule = activeById.get(ruleId);
    if (!rule || !rule.languages.includes(model.language)) return false;
    return !(rule.scope === 'file' && rule.skipInTestFiles && model.isTest && config['test-files'] === 'skip-secrets');
  };
  // suppression comments in the YAML of API documents apply to the findings the spec rules report there
  const holders = new Map<string, { suppressions: SuppressionComment[]; model?: FileModel }>([...byFile].map(([file, model]) => [file, { suppressions: model.suppressions, model }]));
  for (const document of specs.documents) {
    for (const { file, comments } of document.suppressions) if (!holders.has(file)) holders.set(file, { suppressions: comments });
  }
  const outcome = applySuppressions(findings, holders, options.rules, (ruleId, holder) => (holder.model ? ruleRan(ruleId, holder.model) : Boolean(activeById.get(ruleId)?.readsSpecs)));
  findings = outcome.kept;
  const knownRules = new Map(options.rules.map((rule) => [rule.id, rule]));
  const suppressionFindings = outcome.problems
    .map(({ file, comment, problem, ruleId }) => suppressionFinding(file, comment, problem, ruleId, knownRules.get(ruleId)))
    .flatMap((finding) => {
      // TG901/TG902 are not rule modules, so the config's `off` or severity is applied here
      const setting = ruleSetting(config, finding.ruleId, finding.ruleName);
      if (setting === 'off') return [];
      return [setting ? { ...finding, severity: setting } : finding];
    });
  findings.push(...fingerprintFindings(suppressionFindings, lineText));
  // test and docs files are analysed like the rest (other files' facts may come from them); their findings do not count
  const leftOut = { testFiles: 0, docsFiles: 0 };
  findings = findings.filter((finding) => {
    const as = leftOutAs(finding.file, config);
    if (as) leftOut[as]++;
    return as === undefined;
  });
  findings.sort(compareFindings);
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const languages: ScanStats['languages'] = {};
  let lines = 0;
  for (const model of models) {
    const entry = (languages[model.language] ??= { files: 0, lines: 0 });
    entry.files++;
    entry.lines += model.lines;
    lines += model.lines;
  }
  const finished = performance.now();
  return {
    root,
    findings,
    suppressed: outcome.suppressed,
    skipped,
    score: computeScore(findings),
    stats: {
      files: models.length,
      lines,
      skipped: skipped.length,
      languages,
      timings: {
        discoverMs: round(discovered - started),
        analyseMs: round(analysed - discovered),
        linkMs: round(linked - analysed),
        fileRulesMs: round(fileRulesDone - linked),
        repositoryRulesMs: round(repositoryDone - fileRulesDone),
        totalMs: round(finished - started),
      },
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      workers: analyser.workers,
      leftOut,
      apiDocuments: specs.documents.length,
    },
    rules,
    models,
    specs: specs.documents,
  };
}

function suppressionFinding(file: string, comment: SuppressionComment, problem: 'no-reason' | 'unused' | 'malformed', ruleId: string, target: Rule | undefined): Omit<Finding, 'fingerprint'> {
  const meta = problem === 'no-reason' ? SUPPRESSION_RULES.noReason : SUPPRESSION_RULES.unused;
  const ids = comment.ruleIds.join(', ') || '(none)';
  // what a suppression covers: a comment after code its own line, a comment alone on its line the next one
  const covered = comment.standalone ? `line ${comment.line + 1}, the line after this comment (the only line it covers)` : `line ${comment.line}, the line of this comment (the only line it covers)`;
  const message =
    problem === 'no-reason'
      ? `Suppression of ${ids} gives no reason; write why after the bracket: "tokengate: ignore[${ids}] <reason>".`
      : problem === 'malformed'
        ? `Malformed suppression "${comment.malformed}" suppresses nothing; write it as "tokengate: ignore[TG101] <reason>": lower case, a colon, the rule ids in square brackets.`
        : target
          ? `Suppression of ${ruleId} suppresses nothing: no ${ruleId} finding starts on ${covered}; remove it or move it to that finding.`
          : ruleId === ALL_RULES
            ? 'Suppression of "all" is refused and suppresses nothing: name the rules it is meant for, such as "tokengate: ignore[TG101] <reason>", so that other findings on the line are still reported.'
            : ruleId
              ? `Suppression names unknown rule ${ruleId}; use a rule id such as TG101.`
              : 'Suppression names no rule; write the rule id in the brackets: "tokengate: ignore[TG101] <reason>".';
  return {
    ruleId: meta.id,
    ruleName: meta.name,
    // the vocabulary has no category for suppressions: they carry the suppressed rule's
    category: target?.category ?? 'verify-disabled',
    severity: 'low',
    file,
    line: comment.line,
    column: comment.column,
    message,
    fix: problem === 'no-reason' ? 'Say why the finding does not apply.' : problem === 'malformed' ? 'Write the suppression as tokengate: ignore[TG101] <reason>.' : 'Remove the stale suppression.',
  };
}

/** Why nothing was analysed: no source files, or every one skipped (the first few reasons). */
function nothingAnalysed(root: string, skipped: SkippedFile[]): string {
  if (skipped.length === 0) return `nothing was analysed: no Python, JavaScript or TypeScript files and no API documents under ${root} (after .gitignore and the exclude globs)`;
  const listed = skipped.slice(0, 3).map((entry) => `${entry.file}: ${entry.reason}`);
  const more = skipped.length > 3 ? `; and ${skipped.length - 3} more` : '';
  return `nothing was analysed: ${skipped.length === 1 ? 'the only file was' : `all ${skipped.length} files were`} skipped (${listed.join('; ')}${more})`;
}

/** The documents the config names must be there: a typo would silently turn the correlation off. */
function checkNamedSpecs(root: string, config: Config): void {
  const problems: string[] = [];
  config.specs.forEach((entry, index) => {
    const file = path.resolve(root, entry.file);
    if (!isInside(root, file)) problems.push(`config specs[${index}].file is "${entry.file}"; expected a path inside the scanned folder`);
    else if (!isFile(file)) problems.push(`config specs[${index}].file is "${entry.file}"; expected an existing file (relative to the scanned folder)`);
    if (entry.service === undefined) return;
    const service = path.resolve(root, entry.service);
    if (!isInside(root, service) || !isDirectory(service)) problems.push(`config specs[${index}].service is "${entry.service}"; expected an existing folder inside the scanned folder`);
  });
  if (problems.length) throw new ConfigError(problems.join('\n'));
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(path.resolve(root), target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function isFile(target: string): boolean {
  try {
    return fs.statSync(target).isFile();
  } catch {
    return false;
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** For the action and tests: whether a path exists and is a directory. */
export function isDirectory(target: string): boolean {
  try {
    return fs.statSync(target).isDirectory();
  } catch {
    return false;
  }
}
