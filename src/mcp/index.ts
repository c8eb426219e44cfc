/**
 * `tokengate mcp`: the Model Context Protocol adapter on stdio. Standard output carries
 * protocol messages only (console output is sent to standard error). When the client
 * closes standard input, the server answers the requests it has received and exits 0.
 */
import { Console } from 'node:console';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isDirectory } from '../engine/scan.js';
import { TOOL_VERSION } from '../version.js';

const HELP = `tokengate ${TOOL_VERSION}: Model Context Protocol server on stdio

Usage:
  tokengate mcp [--root DIR]...

Options:
  --root DIR   a folder the tools may read (repeatable). Default: the roots the client
               announces, else the working directory
  -h, --help   show this help

Register it in an MCP client as the command \`npx tokengate mcp\`.
Tools: scan_path, scan_snippet, explain_rule, list_rules; resources tokengate://rules/<id>.
`;

function log(message: string): void {
  process.stderr.write(`tokengate mcp: ${message}\n`);
}

/**
 * `tokengate mcp` as a CLI command (its line in the overview, its help, its run); `io`
 * needs only the bundle file to start scan workers from.
 */
export const mcpCommand = {
  synopsis: 'mcp [--root DIR]...',
  summary: 'serve the tools to editors and coding agents (Model Context Protocol, stdio)',
  help: HELP,
  run: (args: readonly string[], io: { workerEntry?: string }): Promise<number> => runMcpServer(args, io.workerEntry),
};

/** Serves until standard input closes; resolves to the exit code. */
export async function runMcpServer(argv: readonly string[], workerEntry?: string): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], allowPositionals: false, options: { root: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    process.stderr.write(`tokengate: ${(error as Error).message}\nRun 'tokengate mcp --help' for usage.\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const roots = (values.root ?? []).map((root) => path.resolve(root));
  const missing = roots.find((root) => !isDirectory(root));
  if (missing) {
    process.stderr.write(`tokengate: --root "${missing}" is not a folder\n`);
    return 2;
  }
  // a dependency that logs must not corrupt the protocol stream
  globalThis.console = new Console({ stdout: process.stderr, stderr: process.stderr });

  // the protocol SDK and the tools load only for this command, not on every CLI start
  const [{ StdioServerTransport }, { createServer }] = await Promise.all([import('@modelcontextprotocol/sdk/server/stdio.js'), import('./server.js')]);
  const { server, whenIdle } = createServer({ roots, cwd: process.cwd(), ...(workerEntry ? { workerEntry } : {}), log });
  server.server.onerror = (error) => log(`protocol error: ${error.message}`);
  const closed = new Promise<number>((resolve) => {
    server.server.onclose = () => resolve(0);
    // the client is done sending: answer what it already asked (it may still read), then stop
    const finish = (): void => {
      void nextTurn()
        .then(whenIdle)
        .then(nextTurn)
        .then(() => server.close())
        .finally(() => resolve(0));
    };
    process.stdin.once('end', finish);
    process.stdin.once('close', finish);
  });
  await server.connect(new StdioServerTransport());
  log(`serving on stdio (roots: ${roots.length ? roots.join(', ') : `the client's, else ${process.cwd()}`})`);
  return closed;
}

/** After the requests read so far have started, and the responses ready so far are written. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
