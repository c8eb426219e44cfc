/**
 * The MCP server: four tools and one documentation resource per rule, on the official
 * SDK. Input schemas are zod (the SDK converts them to JSON Schema for tools/list and
 * validates arguments with them); results are structured (checked against the output
 * schemas) with a readable text rendering beside them. A refused request is a tool error
 * with the reason; the server keeps running.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { RootsListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { renderRuleDoc } from '../report/rule-docs.js';
import { TOOL_VERSION } from '../version.js';
import { renderRuleList, renderScanPath, renderScanSnippet } from './render.js';
import { GATE_SEVERITIES, LANGUAGES, explainRuleOutput, listRulesOutput, scanPathOutput, scanSnippetOutput } from './results.js';
import { AllowedRoots, pathsFromRootUris } from './roots.js';
import { explainRule, listRules, ruleResources } from './rules.js';
import { DEFAULT_FAIL_ON_SEVERITY, DEFAULT_MAX_FINDINGS, scanPath } from './scan-path.js';
import { MAX_SNIPPET_BYTES, scanSnippet } from './scan-snippet.js';
import { ToolInputError } from './tool-error.js';

export interface ServerOptions {
  /** Folders named with --root; empty: the client's roots, else the working directory. */
  roots: string[];
  cwd: string;
  workerEntry?: string;
  log: (message: string) => void;
}

const INSTRUCTIONS = `tokengate checks how Python and JavaScript/TypeScript web code handles bearer tokens and JWTs (verification, algorithms, secrets, expiry, logging, caching, release, route authentication).
Before writing or committing authentication code, call scan_snippet with the code and its file path; call scan_path on files or folders of the project (changed_since limits the gate to lines changed since a git ref). explain_rule tells what a finding's rule means and how to fix it. Findings name secrets and never repeat their values.`;

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

export interface TokengateServer {
  server: McpServer;
  /** Resolves when no tool call is running (at once when none is). */
  whenIdle: () => Promise<void>;
}

export function createServer(options: ServerOptions): TokengateServer {
  const server = new McpServer({ name: 'tokengate', title: 'tokengate', version: TOOL_VERSION }, { instructions: INSTRUCTIONS, capabilities: { resources: {}, tools: {} } });
  const roots = new AllowedRoots(options.roots.length ? options.roots : [options.cwd], options.roots.length > 0, async () => {
    if (!server.server.getClientCapabilities()?.roots) return undefined;
    const { roots: announced } = await server.server.listRoots(undefined, { timeout: 10_000 });
    return pathsFromRootUris(announced.map((root) => root.uri));
  }, options.log);
  server.server.setNotificationHandler(RootsListChangedNotificationSchema, () => roots.invalidate());

  let running = 0;
  let idle: (() => void)[] = [];
  const whenIdle = (): Promise<void> => (running === 0 ? Promise.resolve() : new Promise((resolve) => idle.push(resolve)));

  /** Runs a tool; a refusal or a failure becomes a tool error that says why. */
  const guarded = async <T extends Record<string, unknown>>(tool: string, run: () => Promise<{ structured: T; text: string }>): Promise<CallToolResult> => {
    running++;
    try {
      const { structured, text } = await run();
      return { content: [{ type: 'text', text }], structuredContent: structured };
    } catch (error) {
      if (error instanceof ToolInputError) return { content: [{ type: 'text', text: error.message }], isError: true };
      options.log(`${tool} failed: ${(error as Error).stack ?? String(error)}`);
      return { content: [{ type: 'text', text: `tokengate could not run ${tool}: ${(error as Error).message}` }], isError: true };
    } finally {
      if (--running === 0) {
        for (const resolve of idle) resolve();
        idle = [];
      }
    }
  };

  server.registerTool(
    'scan_path',
    {
      title: 'Scan a file or folder',
      description:
        'Scans a folder (as `tokengate scan FOLDER`, with its .tokengate.yml) or one source file (within its project: the nearest folder above it with a .tokengate.yml or .git) inside the allowed roots. Returns the score, grade, the gate verdict with its reasons, the findings (rule, severity, file, line, message, fix, docs link) and the files that could not be analysed.',
      inputSchema: z.strictObject({
        path: z.string().optional().describe('a file or folder: absolute, or relative to an allowed root (default: the first root)'),
        changed_since: z.string().optional().describe('a git ref (main, HEAD~1, a commit): the severity gate then looks only at findings on lines changed since it, as in a pull request (from the merge base of the ref and HEAD to the working tree: uncommitted edits and untracked files count)'),
        min_score: z.number().int().min(0).max(100).optional().describe("the gate fails below this score (default: the config's min-score, else 80)"),
        fail_on_severity: z.enum(GATE_SEVERITIES).optional().describe(`a finding at or above this severity fails the gate (default: ${DEFAULT_FAIL_ON_SEVERITY})`),
        max_findings: z.number().int().min(1).max(10_000).optional().describe(`at most this many findings are returned, the most severe first kept (default: ${DEFAULT_MAX_FINDINGS})`),
      }),
      outputSchema: scanPathOutput,
      annotations: READ_ONLY,
    },
    (args) =>
      guarded('scan_path', async () => {
        const structured = await scanPath(args, { roots, ...(options.workerEntry ? { workerEntry: options.workerEntry } : {}) });
        return { structured, text: renderScanPath(structured) };
      }),
  );

  server.registerTool(
    'scan_snippet',
    {
      title: 'Scan source text',
      description: `Scans source text before it is written: give its language, or the path it will have (which also decides the language and, e.g., whether it is a test file). The same rules run as in a real scan, with the project's .tokengate.yml. At most ${MAX_SNIPPET_BYTES / 1024} KiB.`,
      inputSchema: z.strictObject({
        code: z.string().describe('the source text'),
        language: z.enum(LANGUAGES).optional().describe('python, typescript or javascript (default: from path)'),
        path: z.string().optional().describe('the relative path the code will have, e.g. app/auth.py or src/routes/login.ts'),
      }),
      outputSchema: scanSnippetOutput,
      annotations: READ_ONLY,
    },
    (args) =>
      guarded('scan_snippet', async () => {
        const structured = await scanSnippet(args, roots);
        return { structured, text: renderScanSnippet(structured) };
      }),
  );

  server.registerTool(
    'explain_rule',
    {
      title: 'Explain a rule',
      description: 'What a rule finds, why it matters, how to fix it, with a bad and a good example.',
      inputSchema: z.strictObject({ rule: z.string().describe('a rule id (TG101) or name (verify-disabled)') }),
      outputSchema: explainRuleOutput,
      annotations: READ_ONLY,
    },
    (args) =>
      guarded('explain_rule', async () => {
        const { result, markdown } = explainRule(args.rule);
        return { structured: result, text: markdown };
      }),
  );

  server.registerTool(
    'list_rules',
    {
      title: 'List the rules',
      description: 'Every rule: id, name, category, severity, languages, what it finds and its documentation.',
      inputSchema: z.strictObject({}),
      outputSchema: listRulesOutput,
      annotations: READ_ONLY,
    },
    () =>
      guarded('list_rules', async () => {
        const structured = listRules();
        return { structured, text: renderRuleList(structured) };
      }),
  );

  for (const resource of ruleResources()) {
    server.registerResource(resource.name, resource.uri, { title: resource.title, description: resource.description, mimeType: 'text/markdown' }, async () => ({
      contents: [{ uri: resource.uri, mimeType: 'text/markdown', text: renderRuleDoc(resource.rule) }],
    }));
  }
  return { server, whenIdle };
}
