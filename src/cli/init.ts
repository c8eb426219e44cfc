/** `tokengate init`: a commented .tokengate.yml with every key at its default, and the workflow to add. */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG_FILE } from '../engine/config.js';
import { isDirectory } from '../engine/scan.js';
import { terminalText } from '../report/escape.js';
import { UsageError, optionsHelp, parseArguments, type OptionSpecs } from './args.js';
import { EXIT_PASS, type Command, type Io } from './command.js';

/** Every key of the config schema, at its default (test/cli-init.test.ts checks both). */
export const CONFIG_TEMPLATE = `# tokengate configuration. Every key is optional; the values below are the defaults.
# https://github.com/tokengate/tokengate#configuration-tokengateyml

# The gate: fail when the score (0-100) is below this. The CLI's --min-score and the
# Action's min-score input win over it.
min-score: 80

# Globs, relative to this folder, of files and folders not to scan. .gitignore files and
# the usual dependency and build folders (node_modules, venvs, dist, build) are skipped anyway.
exclude: []
#  - "legacy/**"
#  - "**/*_pb2.py"

# Per rule, by id or name: off, or a severity (critical, high, medium, low).
# "tokengate rules" lists them, "tokengate explain TG101" explains one.
rules: {}
#  TG302: off
#  token-in-url: high

# Files larger than this many bytes are skipped, with the reason in the report.
max-file-size: 1000000

# Test and spec files (test_*.py, *.spec.ts, tests/, cypress/, e2e/ ...): skip leaves their
# findings out of the count (the report says how many), scan counts them like the rest,
# skip-secrets counts them with the secrets rules quiet there.
test-files: skip

# Documentation and tutorial trees (docs/, docs_src/): skip leaves their findings out, scan counts them.
docs-files: skip

# Project-specific names the built-in catalogs do not know.
names:
  loggers: []          # e.g. [audit_log, emit_event]
  caches: []           # e.g. [token_store]
  auth-decorators: []  # e.g. [require_api_key, requireTenant]

# Extra acquire/release calls for the exactly-once rules (double-release, release-missing).
resources:
  acquire: []          # e.g. [lease_slot]
  release: []          # e.g. [free_slot]
  idempotent: []       # releases that are safe to repeat, e.g. [forget]

# OpenAPI/Swagger documents and the service folder each describes (monorepos); other
# documents are still found by their content.
specs: []
#  - file: contracts/billing.yaml
#    service: services/billing   # default: the document's folder
`;

/** The README's pull-request workflow, verbatim (test/cli-init.test.ts checks the README holds it). */
export const WORKFLOW_SNIPPET = `name: tokengate
on: pull_request

permissions:
  contents: read          # check out the code
  checks: write           # the "tokengate" check run carrying every annotation
  pull-requests: write    # the sticky pull-request comment
  security-events: write  # the SARIF upload to code scanning

jobs:
  tokengate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: tokengate/tokengate@v1
        id: tokengate
        with:
          min-score: 80
          fail-on-severity: high
      - uses: github/codeql-action/upload-sarif@v3
        # a fork's read-only token cannot upload; the gate above still runs
        if: \${{ !cancelled() && steps.tokengate.outputs.sarif-file != '' && github.event.pull_request.head.repo.full_name == github.repository }}
        with:
          sarif_file: \${{ steps.tokengate.outputs.sarif-file }}
`;

const OPTIONS: OptionSpecs = {
  force: { type: 'boolean', help: `overwrite an existing ${DEFAULT_CONFIG_FILE}` },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
};

const HELP = `Usage:
  tokengate init [PATH] [options]

Writes PATH/${DEFAULT_CONFIG_FILE} (default PATH: .) with every key commented at its
default, and prints the workflow to add as .github/workflows/tokengate.yml.

Options:
${optionsHelp(OPTIONS)}
`;

function run(args: readonly string[], io: Io): number {
  const { values, positionals } = parseArguments(args, OPTIONS, '"tokengate init"');
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT_PASS;
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${terminalText(positionals[1]!)}"; init takes one PATH`);
  const target = positionals[0] ?? '.';
  if (!isDirectory(target)) throw new UsageError(`PATH "${terminalText(target)}" is not a directory`);
  const file = path.join(target, DEFAULT_CONFIG_FILE);
  if (fs.existsSync(file) && !values.force) throw new UsageError(`"${terminalText(file)}" exists already; keep it, or overwrite it with --force`);
  fs.writeFileSync(file, CONFIG_TEMPLATE);
  io.stdout.write(`Wrote ${terminalText(file)}: every key at its default, with a comment.\n\nAdd this workflow as .github/workflows/tokengate.yml:\n\n${WORKFLOW_SNIPPET}`);
  return EXIT_PASS;
}

export const initCommand: Command = { synopsis: 'init [PATH]', summary: `write a commented ${DEFAULT_CONFIG_FILE} and print the workflow to add`, help: HELP, run };
