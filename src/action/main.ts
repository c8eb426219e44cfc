/**
 * The GitHub Action: inputs → config → scan → diff → gate, then the reports (SARIF,
 * outputs, annotations, check run, sticky comment, job summary). The API-backed reports
 * degrade when the token or the API cannot serve them; the gate and the files never do.
 * Anything that stops the scan itself fails the step with "tokengate could not run".
 */
import * as core from '@actions/core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, DEFAULT_CONFIG_FILE, type Config } from '../engine/config.js';
import { loadBaseline, withoutBaseline } from '../engine/baseline.js';
import { isDirectory, scan, type ScanResult } from '../engine/scan.js';
import { workerBundle } from '../engine/pool.js';
import { renderSarif } from '../report/sarif.js';
import { terminalText } from '../report/escape.js';
import { renderMarkdown, type MarkdownContext } from '../report/markdown.js';
import { checkAnnotation, emitInline } from './annotations.js';
import { publishCheckRun } from './check-run.js';
import { upsertStickyComment } from './comment.js';
import { isOnChangedLine, learnChangedLines, type DiffScope } from './diff.js';
import { readEvent, type EventInfo } from './event.js';
import { evaluateGate, verdictLine } from '../engine/verdict.js';
import { ApiError, GitHubApi, octokitTransport, retryOptionsFromEnv } from './github-api.js';
import { DIFF_EVENTS, readInputs, type ActionInputs } from './inputs.js';
import { prefixWithin, repositoryRelative } from './paths.js';
import { RULES } from '../rules/index.js';

/** Everything settled before scanning; a problem here means tokengate cannot run. */
interface Plan {
  inputs: ActionInputs;
  event: EventInfo;
  root: string;
  prefix: string;
  config: Config;
  minScore: number;
  baseline?: Set<string>;
  token?: string;
}

function prepare(): Plan {
  const token = core.getInput('github-token') || undefined;
  if (token) core.setSecret(token);
  const event = readEvent();
  const inputs = readInputs((name) => core.getInput(name), event.eventName);
  const root = path.resolve(event.workspace, inputs.path);
  const prefix = prefixWithin(event.workspace, root);
  if (prefix === undefined) throw new Error(`input path is "${inputs.path}"; expected a folder inside the workspace ${event.workspace}`);
  if (!isDirectory(root)) throw new Error(`input path is "${inputs.path}"; ${root} is not a readable folder`);
  fs.accessSync(root, fs.constants.R_OK | fs.constants.X_OK);
  // the default file is optional and sits in the scanned folder; a named one must exist
  const configPath = inputs.config === DEFAULT_CONFIG_FILE ? undefined : path.resolve(event.workspace, inputs.config);
  const config = loadConfig(root, configPath, RULES);
  const baseline = inputs.baseline ? loadBaseline(path.resolve(event.workspace, inputs.baseline), `input baseline is "${inputs.baseline}"`) : undefined;
  return { inputs, event, root, prefix, config, minScore: inputs['min-score'] ?? config['min-score'], baseline, token };
}

/** The action; exported for @github/local-action, which imports this file and calls run(). */
export async function run(): Promise<void> {
  let plan: Plan;
  let scanned: ScanResult;
  try {
    plan = prepare();
    core.info(`tokengate: scanning ${plan.root}`);
    scanned = await scan({ rules: RULES, root: plan.root, config: plan.config, workerEntry: workerBundle(import.meta.url, 'cli/worker/index.js') });
  } catch (error) {
    core.setFailed(`tokengate could not run: ${(error as Error).message}`);
    return;
  }
  const { inputs, event } = plan;
  const { result: counted, baselined } = withoutBaseline(scanned, plan.baseline);
  const result = repositoryRelative(counted, plan.prefix);
  const api = plan.token && event.repository ? new GitHubApi(octokitTransport(plan.token), retryOptionsFromEnv((message) => core.info(message))) : undefined;
  // a fork's token is read-only whatever `permissions:` says: writing would only fail
  const canWrite = !event.fromFork;
  if (!canWrite && api && (inputs['check-run'] || inputs.comment !== 'never')) {
    core.info("tokengate: this pull request comes from a fork, whose token is read-only: the check run and the comment are skipped. Annotations, the job summary, the SARIF file, the outputs and the gate are unaffected.");
  }

  // new findings: on the lines the change added (diff events); every counted finding otherwise
  const diffEvent = (DIFF_EVENTS as readonly string[]).includes(event.eventName);
  let scope: DiffScope | undefined;
  if (diffEvent) scope = await learnChangedLines(api, event, event.workspace, (message) => core.info(`tokengate: ${message}`));
  const newFindings = scope ? result.findings.filter((finding) => isOnChangedLine(scope.files, finding.file, finding.line, finding.endLine)) : result.findings;
  if (scope) core.info(`tokengate: ${newFindings.length} of ${result.findings.length} findings are on lines this change added (diff from the ${scope.source === 'api' ? 'API' : 'git history'}).`);
  const diffAware = inputs.annotate === 'changed' && diffEvent;
  const gated = inputs.annotate === 'changed' ? newFindings : result.findings;
  const annotated = inputs.annotate === 'none' ? [] : gated;

  const verdict = evaluateGate({
    score: result.score.score,
    minScore: plan.minScore,
    gated,
    scope: diffAware ? 'new' : 'all',
    failOnSeverity: inputs['fail-on-severity'],
    warnOnly: inputs['warn-only'],
  });

  const sarifPath = path.resolve(event.workspace, inputs['sarif-file']);
  try {
    fs.mkdirSync(path.dirname(sarifPath), { recursive: true });
    fs.writeFileSync(sarifPath, renderSarif(result, { category: plan.prefix ? `tokengate/${plan.prefix}` : 'tokengate' }));
  } catch (error) {
    core.setFailed(`tokengate could not run: cannot write the SARIF file ${sarifPath}: ${(error as Error).message}`);
    return;
  }
  core.setOutput('score', String(result.score.score));
  core.setOutput('grade', result.score.grade);
  core.setOutput('findings', String(result.findings.length));
  core.setOutput('new-findings', String(newFindings.length));
  core.setOutput('sarif-file', sarifPath);
  core.setOutput('passed', String(verdict.passed));

  const inline = emitInline(annotated, core);
  const notes: string[] = [];
  const runUrl = process.env.GITHUB_RUN_ID ? `${event.serverUrl}/${event.repository}/actions/runs/${process.env.GITHUB_RUN_ID}` : undefined;
  const context: MarkdownContext = {
    verdict,
    ...(scope && diffAware ? { newFingerprints: new Set(newFindings.map((finding) => finding.fingerprint)) } : {}),
    ...(event.repository && event.headSha ? { links: { serverUrl: event.serverUrl, repository: event.repository, sha: event.headSha } } : {}),
    baselined,
    notes,
    ...(runUrl ? { runUrl } : {}),
  };

  let checkRunPublished = false;
  if (inputs['check-run'] && api && canWrite) {
    try {
      const published = await publishCheckRun(api, {
        repository: event.repository,
        headSha: event.headSha,
        conclusion: verdict.passed ? 'success' : verdict.warnOnly ? 'neutral' : 'failure',
        title: `Score ${result.score.score} (${result.score.grade}): ${verdict.passed ? 'passed' : 'failed'}`,
        // under the Checks API's 65,535-character output limit, trimmed by whole rows
        summary: renderMarkdown(result, context, { variant: 'comment', maxLength: 60_000 }),
        annotations: annotated.map(checkAnnotation),
        ...(runUrl ? { detailsUrl: runUrl } : {}),
      });
      checkRunPublished = true;
      if (published.omitted) core.info(`tokengate: the check run carries the first ${annotated.length - published.omitted} annotations; ${published.omitted} more are in the SARIF file.`);
    } catch (error) {
      notes.push(degraded('The check run could not be created', error, 'checks: write'));
      core.info(`tokengate: ${notes.at(-1)!}`);
    }
  }
  if (inline.omitted > 0) {
    const where = checkRunPublished ? 'the check run "tokengate", the job summary and the SARIF file' : 'the job summary and the SARIF file';
    core.info(`tokengate: showed ${inline.shown} annotations inline (GitHub displays at most 10 of each type per step); ${inline.omitted} more are in ${where}.`);
  }

  if (event.pullNumber !== undefined && api && canWrite && inputs.comment !== 'never') {
    try {
      const done = await upsertStickyComment(api, {
        repository: event.repository,
        pullNumber: event.pullNumber,
        body: renderMarkdown(result, context, { variant: 'comment' }),
        mode: inputs.comment,
        gatePassed: verdict.passed,
      });
      if (done) core.info(`tokengate: ${done} the pull request comment.`);
    } catch (error) {
      notes.push(degraded('The pull request comment could not be written', error, 'pull-requests: write'));
      core.info(`tokengate: ${notes.at(-1)!}`);
    }
  }

  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    try {
      fs.appendFileSync(summaryFile, renderMarkdown(result, context, { variant: 'summary' }));
    } catch (error) {
      core.info(`tokengate: cannot write the job summary: ${(error as Error).message}`);
    }
  }

  // info, not a warning annotation, under warn-only: those count against the 10 warnings a step may show
  // file names in the reasons are the repository's: on one line, no escape sequences, no workflow command
  const line = terminalText(verdictLine(verdict));
  if (verdict.passed || verdict.warnOnly) core.info(line);
  else core.setFailed(line);
}

/** One log line for an API-backed report that is skipped; nothing else is lost. */
function degraded(what: string, error: unknown, permission: string): string {
  const status = error instanceof ApiError ? error.status : 0;
  const why =
    error instanceof ApiError && error.rateLimited
      ? `the GitHub API rate limit was reached (${error.message})`
      : status === 403 || status === 401
        ? `the token may not do this (HTTP ${status}; grant \`${permission}\` in the workflow's permissions)`
        : (error as Error).message;
  return `${what}: ${why}. The findings are still in the job summary, the SARIF file, the outputs and the gate.`;
}

/** Started as `node dist/index.js` (not imported by a tool such as local-action, which calls run() itself). */
function isEntryPoint(): boolean {
  const started = process.argv[1];
  if (!started) return false;
  try {
    return fs.realpathSync(started) === fs.realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  run().catch((error: unknown) => core.setFailed(`tokengate could not run: internal error: ${(error as Error).stack ?? String(error)}`));
}
