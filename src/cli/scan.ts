/**
 * `tokengate scan`: the Action's gate in the terminal. Everything the command line says
 * is checked before the scan starts (flags, PATH, --output, config, baseline, the diff),
 * then the engine scans, the shared verdict module decides, and a reporter writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadBaseline, withoutBaseline } from '../engine/baseline.js';
import { changedSince } from '../engine/changed-since.js';
import { loadConfig, type Config } from '../engine/config.js';
import { isOnChangedLine, type ChangedFiles } from '../engine/diff.js';
import { readSourceFile } from '../engine/files.js';
import { SEVERITIES, type Severity } from '../engine/finding.js';
import { isDirectory, scan } from '../engine/scan.js';
import { evaluateGate, verdictLine } from '../engine/verdict.js';
import type { SourceLines } from '../report/code-frame.js';
import { terminalText } from '../report/escape.js';
import { renderHtml } from '../report/html.js';
import { renderJson } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import { UsageError, optionsHelp, parseArguments, type OptionSpecs } from './args.js';
import { EXIT_GATE_FAILED, EXIT_PASS, type Command, type Io } from './command.js';
import { progressReporter } from './progress.js';
import { colourEnabled, inCI } from './terminal.js';
import { RULES } from '../rules/index.js';

const FORMATS = ['text', 'json', 'sarif', 'html'] as const;
type Format = (typeof FORMATS)[number];
const FAIL_ON = ['none', ...SEVERITIES] as const;

const OPTIONS: OptionSpecs = {
  format: { type: 'string', value: 'FORMAT', help: 'text (default), json, sarif or html' },
  'min-score': { type: 'string', value: 'N', help: 'fail (exit 1) when the score is below N, 0-100\n(default: min-score from the config, else 80)' },
  'fail-on-severity': { type: 'string', value: 'LEVEL', help: 'fail on a gated finding at or above LEVEL: none, low,\nmedium, high or critical (default: critical, as the Action)' },
  'changed-since': { type: 'string', value: 'REF', help: 'gate on the findings on lines changed since REF (git diff\nfrom the merge base to the working tree, as a pull request)' },
  baseline: { type: 'string', value: 'FILE', help: 'an earlier JSON or SARIF report: its findings (matched by\nfingerprint) do not count' },
  'warn-only': { type: 'boolean', help: 'report the verdict but exit 0 when the gate fails' },
  config: { type: 'string', value: 'FILE', help: 'config file (default: PATH/.tokengate.yml when present)' },
  output: { type: 'string', value: 'FILE', help: 'write the report to FILE; the verdict still goes to stderr' },
  progress: { type: 'boolean', help: 'show progress on stderr even when it is not a terminal' },
  'no-progress': { type: 'boolean', help: 'never show progress' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
};

const HELP = `Usage:
  tokengate scan [PATH] [options]

Scans PATH (default: .) and decides the gate as the GitHub Action does.

Options:
${optionsHelp(OPTIONS)}

Exit codes: 0 gate passed (or --warn-only), 1 gate failed, 2 usage or configuration error.
`;

interface ScanPlan {
  root: string;
  format: Format;
  config: Config;
  minScore: number;
  failOnSeverity: Severity | 'none';
  warnOnly: boolean;
  output?: string;
  baseline?: Set<string>;
  changed?: ChangedFiles;
  progress: 'auto' | 'always' | 'never';
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} is "${terminalText(value)}"; expected ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`);
}

/** `--output` must name a file in a folder that exists: said before the scan, not after it. */
function checkOutput(output: string): string {
  const file = path.resolve(output);
  const shown = `--output is "${terminalText(output)}"`;
  if (isDirectory(file)) throw new UsageError(`${shown}, which is a folder; expected a file path`);
  const folder = path.dirname(file);
  if (!isDirectory(folder)) throw new UsageError(`${shown}, but the folder "${terminalText(path.dirname(output))}" does not exist`);
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    throw new UsageError(`${shown}, but the folder "${terminalText(path.dirname(output))}" is not writable`);
  }
  return file;
}

function plan(args: readonly string[]): ScanPlan | 'help' {
  const { values, positionals } = parseArguments(args, OPTIONS, '"tokengate scan"');
  if (values.help) return 'help';
  const string = (name: string): string | undefined => values[name] as string | undefined;
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${terminalText(positionals[1]!)}"; scan takes one PATH`);
  const format = oneOf('--format', string('format'), FORMATS, 'text');
  const failOnSeverity = oneOf('--fail-on-severity', string('fail-on-severity'), FAIL_ON, 'critical');
  let minScoreFlag: number | undefined;
  const minScoreText = string('min-score');
  if (minScoreText !== undefined) {
    minScoreFlag = Number(minScoreText);
    if (!/^\d+$/.test(minScoreText) || minScoreFlag > 100) throw new UsageError(`--min-score is "${terminalText(minScoreText)}"; expected a whole number from 0 to 100`);
  }
  if (values.progress && values['no-progress']) throw new UsageError('--progress and --no-progress contradict each other; give one');
  const target = positionals[0] ?? '.';
  const root = path.resolve(target);
  if (!isDirectory(root)) throw new UsageError(`PATH "${terminalText(target)}" is not a directory`);
  const output = string('output') === undefined ? undefined : checkOutput(string('output')!);
  const configFlag = string('config');
  const config = loadConfig(root, configFlag === undefined ? undefined : path.resolve(configFlag), RULES);
  const baselineFlag = string('baseline');
  const baseline = baselineFlag === undefined ? undefined : loadBaseline(path.resolve(baselineFlag), `--baseline is "${terminalText(baselineFlag)}"`);
  const ref = string('changed-since');
  const changed = ref === undefined ? undefined : changedSince(root, ref, `--changed-since is "${terminalText(ref)}"`);
  return {
    root,
    format,
    config,
    minScore: minScoreFlag ?? config['min-score'],
    failOnSeverity,
    warnOnly: values['warn-only'] === true,
    ...(output ? { output } : {}),
    ...(baseline ? { baseline } : {}),
    ...(changed ? { changed } : {}),
    progress: values.progress ? 'always' : values['no-progress'] ? 'never' : 'auto',
  };
}

/** The scanned files' lines for code frames, read again (the engine keeps no text). */
function sourceLines(root: string, config: Config): SourceLines {
  const cache = new Map<string, readonly string[] | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      const read = readSourceFile(path.join(root, file), config['max-file-size']);
      cache.set(file, read.ok ? read.text.split(/\r?\n/) : undefined);
    }
    return cache.get(file);
  };
}

async function run(args: readonly string[], io: Io): Promise<number> {
  const settled = plan(args);
  if (settled === 'help') {
    io.stdout.write(HELP);
    return EXIT_PASS;
  }
  const { root, format, config } = settled;
  const showProgress = settled.progress === 'always' || (settled.progress === 'auto' && io.stderr.isTTY === true && !inCI(io.env));
  const progress = showProgress ? progressReporter({ sink: io.stderr, live: io.stderr.isTTY === true, delayMs: settled.progress === 'always' ? 0 : 1000 }) : undefined;
  let scanned;
  try {
    scanned = await scan({ rules: RULES, root, config, workerEntry: io.workerEntry, ...(progress ? { onProgress: (done: number, total: number) => progress.update(done, total) } : {}) });
  } finally {
    progress?.finish();
  }
  const { result, baselined } = withoutBaseline(scanned, settled.baseline);
  const changed = settled.changed;
  const newFindings = changed ? result.findings.filter((finding) => isOnChangedLine(changed, finding.file, finding.line, finding.endLine)) : undefined;
  const verdict = evaluateGate({
    score: result.score.score,
    minScore: settled.minScore,
    gated: newFindings ?? result.findings,
    scope: newFindings ? 'new' : 'all',
    failOnSeverity: settled.failOnSeverity,
    warnOnly: settled.warnOnly,
  });
  const context = { verdict, ...(newFindings ? { newFingerprints: new Set(newFindings.map((finding) => finding.fingerprint)) } : {}), ...(settled.baseline ? { baselined } : {}) };
  const toStdout = settled.output === undefined;
  const source = format === 'text' || format === 'html' ? sourceLines(root, config) : undefined;
  const report =
    format === 'json'
      ? renderJson(result, verdict, context)
      : format === 'sarif'
        ? renderSarif(result)
        : format === 'html'
          ? renderHtml(result, context, { source: source! })
          : renderText(result, context, { color: toStdout && colourEnabled(io.stdout.isTTY, io.env), source: source! });
  if (settled.output) fs.writeFileSync(settled.output, report);
  else io.stdout.write(report);
  // the text report ends with the verdict; elsewhere it goes to stderr, so a log shows it
  if (!(toStdout && format === 'text')) io.stderr.write(`${terminalText(verdictLine(verdict))}\n`);
  return verdict.passed || verdict.warnOnly ? EXIT_PASS : EXIT_GATE_FAILED;
}

export const scanCommand: Command = { synopsis: 'scan [PATH]', summary: 'scan a folder and decide the gate, as the Action does', help: HELP, run };
