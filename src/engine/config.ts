import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { SEVERITIES } from './finding.js';

/** A configuration problem: the CLI exits 2, the action stops before scanning. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const ruleSetting = z.union([z.literal('off'), z.enum(SEVERITIES)]);
const nameList = z.array(z.string().min(1));

const releaseCatalogEntry = z.strictObject({
  acquire: nameList.default([]),
  release: nameList.default([]),
  /** Calls that may be repeated safely: never a double release. */
  idempotent: nameList.default([]),
});

export const configSchema = z.strictObject({
  /** Globs (relative to the scan root) of files and folders not to scan. */
  exclude: nameList.default([]),
  /** Per rule, by id (TG101) or name (verify-disabled): 'off' or a severity. */
  rules: z.record(z.string(), ruleSetting).default({}),
  'min-score': z.number().int().min(0).max(100).default(80),
  /** Largest file scanned, in bytes. */
  'max-file-size': z.number().int().positive().default(1_000_000),
  /** Test files: 'scan' treats them like the rest; 'skip-secrets' keeps secrets rules quiet in them. */
  'test-files': z.enum(['scan', 'skip-secrets']).default('skip-secrets'),
  /** Project-specific names the built-in catalogs do not know. */
  names: z
    .strictObject({
      loggers: nameList.default([]),
      caches: nameList.default([]),
      'auth-decorators': nameList.default([]),
    })
    .default({ loggers: [], caches: [], 'auth-decorators': [] }),
  /** Extra acquire/release calls for the exactly-once rules. */
  resources: releaseCatalogEntry.default({ acquire: [], release: [], idempotent: [] }),
});

export type Config = z.infer<typeof configSchema>;

export function defaultConfig(): Config {
  return configSchema.parse({});
}

export const DEFAULT_CONFIG_FILE = '.tokengate.yml';

/** Turns zod issues into one message that names the key, the value found and what was expected. */
export function describeIssues(error: z.ZodError, input: unknown, prefix: string): string {
  return error.issues
    .map((issue) => {
      const keyPath = issue.path.map(String).join('.');
      if (issue.code === 'unrecognized_keys') {
        const where = keyPath ? `${keyPath}.` : '';
        return `${prefix}unknown key ${issue.keys.map((k) => `"${where}${k}"`).join(', ')}`;
      }
      const found = valueAt(input, issue.path as PropertyKey[]);
      return `${prefix}"${keyPath}" is ${JSON.stringify(found)}: ${issue.message}`;
    })
    .join('\n');
}

function valueAt(input: unknown, keyPath: PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of keyPath) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

export function parseConfig(input: unknown, source: string): Config {
  const data = input ?? {};
  const result = configSchema.safeParse(data);
  if (!result.success) throw new ConfigError(describeIssues(result.error, data, `${source}: `));
  return result.data;
}

/**
 * Loads the config file. An explicitly named file must exist; the default one is optional.
 */
export function loadConfig(root: string, configPath: string | undefined): Config {
  const explicit = configPath !== undefined;
  const file = path.resolve(root, configPath ?? DEFAULT_CONFIG_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (!explicit && (error as NodeJS.ErrnoException).code === 'ENOENT') return defaultConfig();
    throw new ConfigError(`config file ${configPath ?? DEFAULT_CONFIG_FILE}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new ConfigError(`${path.basename(file)}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  return parseConfig(data, path.basename(file));
}
