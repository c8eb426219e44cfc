import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { SEVERITIES, SUPPRESSION_RULES } from './finding.js';
import { RULES } from '../rules/index.js';

/** A configuration problem: the CLI exits 2, the action stops before scanning. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const ruleSettingSchema = z.enum(['off', ...SEVERITIES]);
const nameList = z.array(z.string().min(1));

const releaseCatalogEntry = z.strictObject({
  acquire: nameList.default([]),
  release: nameList.default([]),
  /** Calls that may be repeated safely: never a double release. */
  idempotent: nameList.default([]),
});

/** An API document to correlate with the code, and the service folder whose routes it describes. */
const specEntry = z.strictObject({
  /** The OpenAPI/Swagger document, relative to the scanned root. */
  file: z.string().min(1),
  /** The folder (relative to the root) of the service it describes; default: the document's folder. */
  service: z.string().min(1).optional(),
});

export const configSchema = z.strictObject({
  /** Globs (relative to the scan root) of files and folders not to scan. */
  exclude: nameList.default([]),
  /** Per rule, by id (TG101) or name (verify-disabled): 'off' or a severity. */
  rules: z.record(z.string(), ruleSettingSchema).default({}),
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
  /** OpenAPI/Swagger documents and the service folder each describes (monorepos); others are found by their content. */
  specs: z.array(specEntry).default([]),
});

export type Config = z.infer<typeof configSchema>;

export function defaultConfig(): Config {
  return configSchema.parse({});
}

export const DEFAULT_CONFIG_FILE = '.tokengate.yml';

/**
 * Turns zod issues into one line each that names the key, the value found and what was
 * expected, e.g. `.tokengate.yml: min-score is "high"; expected a whole number`.
 */
export function describeIssues(error: z.ZodError, input: unknown, prefix: string): string {
  return error.issues
    .map((issue) => {
      const keyPath = issue.path as PropertyKey[];
      if (issue.code === 'unrecognized_keys') {
        const known = knownKeysAt(keyPath);
        return issue.keys
          .map((key) => {
            const hint = closest(key, known);
            return `${prefix}unknown key ${showKey([...keyPath, key])}${hint ? ` (did you mean ${showKey([...keyPath, hint])}?)` : ''}; known keys${keyPath.length ? ` of ${showKey(keyPath)}` : ''}: ${known.join(', ')}`;
          })
          .join('\n');
      }
      const found = valueAt(input, keyPath);
      return `${prefix}${keyPath.length ? showKey(keyPath) : 'the file'} is ${showValue(found)}; ${expectation(issue)}`;
    })
    .join('\n');
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a string',
  array: 'a list',
  object: 'a mapping (key: value)',
  boolean: 'true or false',
};

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string' ? 'expected a non-empty string' : `expected at least ${String(issue.minimum)}`;
    default:
      return issue.message;
  }
}

/** `resources.acquire[0]`, `rules.TG102`. */
function showKey(keyPath: PropertyKey[]): string {
  return keyPath.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`)).join('');
}

function showValue(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The keys the schema allows in the mapping at `keyPath`. */
function knownKeysAt(keyPath: PropertyKey[]): string[] {
  let schema: unknown = configSchema;
  for (const key of keyPath) {
    schema = unwrapped(schema);
    // a list's entries: `specs[0]`
    const element = (schema as { def?: { element?: unknown } }).def?.element;
    if (typeof key === 'number' && element) {
      schema = element;
      continue;
    }
    const shape = (schema as { shape?: Record<string, unknown> }).shape;
    if (!shape || typeof key !== 'string' || !(key in shape)) return [];
    schema = shape[key];
  }
  return Object.keys((unwrapped(schema) as { shape?: object }).shape ?? {});
}

function unwrapped(schema: unknown): unknown {
  let current = schema as { unwrap?: () => unknown; def?: { innerType?: unknown } };
  while (current.def?.innerType) current = current.def.innerType as typeof current;
  return current;
}

/** The candidate within two edits of `word` (typos like `exlude`, `min_score`), if any. */
export function closest(word: string, candidates: string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= Math.min(2, Math.floor(candidate.length / 2)) && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

function valueAt(input: unknown, keyPath: PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of keyPath) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Rule ids and names a `rules:` key may use: every rule, and the suppression checks. */
function ruleKeys(): string[] {
  return [...RULES.flatMap((rule) => [rule.id, rule.name]), ...Object.values(SUPPRESSION_RULES).flatMap((meta) => [meta.id, meta.name])];
}

/** The config's setting for one rule, by id or by name (the id wins when both are given). */
export function ruleSetting(config: Config, id: string, name: string): z.infer<typeof ruleSettingSchema> | undefined {
  for (const [key, setting] of Object.entries(config.rules)) if (key.toUpperCase() === id) return setting;
  return config.rules[name];
}

export function parseConfig(input: unknown, source: string): Config {
  const data = input ?? {};
  const result = configSchema.safeParse(data);
  if (!result.success) throw new ConfigError(describeIssues(result.error, data, `${source}: `));
  const known = ruleKeys();
  const unknownRules = Object.keys(result.data.rules).filter((key) => !known.includes(key) && !known.includes(key.toUpperCase()));
  if (unknownRules.length) {
    throw new ConfigError(
      unknownRules
        .map((key) => {
          const hint = /^TG\d+$/i.test(key) ? undefined : closest(key, known);
          return `${source}: unknown rule ${showKey(['rules', key])}${hint ? ` (did you mean ${hint}?)` : ''}; use a rule id such as TG102 or a name such as alg-not-pinned`;
        })
        .join('\n'),
    );
  }
  const keysByRule = new Map<string, string[]>();
  for (const key of Object.keys(result.data.rules)) {
    const id = ruleIdFor(key);
    keysByRule.set(id, [...(keysByRule.get(id) ?? []), key]);
  }
  const twice = [...keysByRule.entries()].filter(([, keys]) => keys.length > 1);
  if (twice.length) {
    throw new ConfigError(twice.map(([id, keys]) => `${source}: ${keys.map((key) => showKey(['rules', key])).join(' and ')} ${keys.length === 2 ? 'both' : 'all'} set ${id}; keep one`).join('\n'));
  }
  return result.data;
}

/** The rule id a `rules:` key names (by id in any case, or by name). */
function ruleIdFor(key: string): string {
  const rule = RULES.find((candidate) => candidate.id === key.toUpperCase() || candidate.name === key);
  if (rule) return rule.id;
  const meta = Object.values(SUPPRESSION_RULES).find((candidate) => candidate.id === key.toUpperCase() || candidate.name === key);
  return meta?.id ?? key;
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
