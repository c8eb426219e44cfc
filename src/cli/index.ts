#!/usr/bin/env node
/**
 * The terminal adapter: finds the command, runs it, turns its errors into one line on
 * stderr and an exit code. A command is one entry in COMMANDS.
 */
import { BaselineError } from '../engine/baseline.js';
import { ChangedSinceError } from '../engine/changed-since.js';
import { ConfigError } from '../engine/config.js';
import { workerBundle } from '../engine/pool.js';
import { NothingAnalysedError } from '../engine/scan.js';
import { terminalText } from '../report/escape.js';
import { TOOL_VERSION } from '../version.js';
import { UsageError, closest } from './args.js';
import { EXIT_PASS, EXIT_USAGE, type Command, type Io } from './command.js';
import { initCommand } from './init.js';
import { explainCommand, rulesCommand } from './rules.js';
import { scanCommand } from './scan.js';
import { mcpCommand } from '../mcp/index.js';

export { EXIT_GATE_FAILED, EXIT_PASS, EXIT_USAGE } from './command.js';

const COMMANDS: Record<string, Command> = {
  scan: scanCommand,
  rules: rulesCommand,
  explain: explainCommand,
  init: initCommand,
  mcp: mcpCommand,
};

const BUILT_IN: Record<string, { synopsis: string; summary: string }> = {
  help: { synopsis: 'help [COMMAND]', summary: 'show the help of a command' },
  version: { synopsis: 'version', summary: 'print the version (also -V, -v, --version)' },
};

function overview(): string {
  const entries = [...Object.values(COMMANDS), ...Object.values(BUILT_IN)];
  const width = Math.max(...entries.map((entry) => entry.synopsis.length)) + 2;
  return `tokengate ${TOOL_VERSION}: token-handling security checks for Python and JS/TS services

Usage:
  tokengate <command> [options]

Commands:
${entries.map((entry) => `  ${entry.synopsis.padEnd(width)}${entry.summary}`).join('\n')}

Run "tokengate help <command>" or "tokengate <command> --help" for a command's options.
Exit codes: 0 gate passed, 1 gate failed, 2 usage or configuration error.
`;
}

function unknownCommand(name: string): UsageError {
  const hint = closest(name, [...Object.keys(COMMANDS), ...Object.keys(BUILT_IN)]);
  return new UsageError(`unknown command "${terminalText(name)}"${hint ? ` (did you mean "${hint}"?)` : ''}; commands: ${[...Object.keys(COMMANDS), ...Object.keys(BUILT_IN)].join(', ')}`);
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError(`missing command; expected one of ${Object.keys(COMMANDS).join(', ')} (e.g. "tokengate scan .")`);
  if (first === '-h' || first === '--help') {
    io.stdout.write(overview());
    return EXIT_PASS;
  }
  const helpAsked = rest[0] === '-h' || rest[0] === '--help';
  if ((first === 'help' || first === 'version') && helpAsked) {
    io.stdout.write(overview());
    return EXIT_PASS;
  }
  if (first === '-V' || first === '-v' || first === '--version' || first === 'version') {
    if (first === 'version' && rest.length) throw new UsageError(`version takes no arguments, found "${terminalText(rest[0]!)}"`);
    io.stdout.write(`${TOOL_VERSION}\n`);
    return EXIT_PASS;
  }
  if (first === 'help') {
    if (rest.length === 0) {
      io.stdout.write(overview());
      return EXIT_PASS;
    }
    const command = COMMANDS[rest[0]!];
    if (command) io.stdout.write(command.help);
    else if (BUILT_IN[rest[0]!]) io.stdout.write(overview());
    else throw unknownCommand(rest[0]!);
    return EXIT_PASS;
  }
  if (first.startsWith('-')) throw new UsageError(`"${terminalText(first)}" is an option; put a command first (e.g. "tokengate scan ${terminalText(first)}")`);
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) throw unknownCommand(first);
  return command.run(rest, io);
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof BaselineError || error instanceof ChangedSinceError) {
      const command = argv[0] !== undefined && Object.hasOwn(COMMANDS, argv[0]) ? `tokengate ${argv[0]} --help` : 'tokengate --help';
      io.stderr.write(`tokengate: ${error.message}\nRun "${command}" for usage.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`tokengate: configuration error: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof NothingAnalysedError) {
      io.stderr.write(`tokengate: ${terminalText(error.message)}\n`);
      return EXIT_USAGE;
    }
    const detail = io.env.TOKENGATE_DEBUG ? ((error as Error).stack ?? String(error)) : `${(error as Error).message ?? String(error)} (set TOKENGATE_DEBUG=1 for the stack trace)`;
    io.stderr.write(`tokengate: internal error: ${detail}\n`);
    return EXIT_USAGE;
  }
}

function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, workerEntry: workerBundle(import.meta.url, 'worker/index.js') };
}

/** `tokengate scan . | head`: a reader that stops early is not an error. */
function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? EXIT_PASS);
  });
}

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
