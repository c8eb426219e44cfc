#!/usr/bin/env node
/** The terminal adapter: parses arguments, runs the engine, prints a report, sets the exit code. */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../engine/config.js';
import { NothingAnalysedError, analyseWithConfig, isDirectory, scan } from '../engine/scan.js';
import { runWorkerIfRequested } from '../engine/pool.js';
import { fileURLToPath } from 'node:url';
import { renderJson } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import { TOOL_VERSION } from '../version.js';

export const EXIT_PASS = 0;
export const EXIT_GATE_FAILED = 1;
export const EXIT_USAGE = 2;

const HELP = `tokengate ${TOOL_VERSION}: token-handling security checks for Python and JS/TS services

Usage:
  tokengate scan [PATH] [options]

Arguments:
  PATH                  directory to scan (default: .)

Options:
  --format FORMAT       text (default), json or sarif
  --min-score N         fail (exit 1) when the score is below N, 0-100
                        (default: min-score from the config, else 80)
  --config FILE         config file (default: PATH/.tokengate.yml when present)
  --output FILE         write the report to FILE instead of standard output
  -h, --help            show this help
  -v, --version         print the version

Exit codes: 0 gate passed, 1 gate failed, 2 usage or configuration error.
`;

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        'min-score': { type: 'string' },
        config: { type: 'string' },
        output: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    process.stderr.write(`tokengate: ${(error as Error).message}\nRun 'tokengate --help' for usage.\n`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT_PASS;
  }
  if (values.version) {
    process.stdout.write(`${TOOL_VERSION}\n`);
    return EXIT_PASS;
  }
  try {
    const [command, target, ...extra] = positionals;
    if (command !== 'scan') throw new UsageError(command ? `unknown command "${command}"; the command is "scan"` : 'missing command "scan"');
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"; scan takes one PATH`);
    const format = values.format ?? 'text';
    if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format is "${format}"; expected text, json or sarif`);
    let minScoreFlag: number | undefined;
    if (values['min-score'] !== undefined) {
      minScoreFlag = Number(values['min-score']);
      if (!/^\d+$/.test(values['min-score']) || minScoreFlag > 100) throw new UsageError(`--min-score is "${values['min-score']}"; expected a whole number from 0 to 100`);
    }
    const root = path.resolve(target ?? '.');
    if (!isDirectory(root)) throw new UsageError(`PATH "${target ?? '.'}" is not a directory`);
    const config = loadConfig(root, values.config === undefined ? undefined : path.resolve(values.config));
    const minScore = minScoreFlag ?? config['min-score'];
    const result = await scan({ root, config, workerEntry: bundleEntry() });
    const gate = { minScore, passed: result.score.score >= minScore };
    const report = format === 'json' ? renderJson(result, gate) : format === 'sarif' ? renderSarif(result) : renderText(result, gate);
    if (values.output) fs.writeFileSync(values.output, report);
    else process.stdout.write(report);
    return gate.passed ? EXIT_PASS : EXIT_GATE_FAILED;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`tokengate: ${error.message}\nRun 'tokengate --help' for usage.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`tokengate: configuration error: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof NothingAnalysedError) {
      process.stderr.write(`tokengate: ${error.message}\n`);
      return EXIT_USAGE;
    }
    process.stderr.write(`tokengate: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT_USAGE;
  }
}

/** Workers are started from the bundle; from source (tests) the scan stays on one thread. */
function bundleEntry(): string | undefined {
  const entry = fileURLToPath(import.meta.url);
  return entry.endsWith('.js') ? entry : undefined;
}

/** `tokengate scan . | head`: a reader that stops early is not an error. */
function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? EXIT_PASS);
  });
}

if (!runWorkerIfRequested(analyseWithConfig)) {
  exitQuietlyOnClosedPipe();
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`tokengate: internal error: ${String(error)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
