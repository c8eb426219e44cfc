import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { SEVERITIES, SUPPRESSION_RULES } from './finding.js';

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
  /**
   * Test and spec files: 'skip' leaves their findings out of the count (the report says how
   * many), 'scan' treats them like the rest, 'skip-secrets' (the earlier default) counts them
   * but keeps the secrets and token-validity rules quiet in them.
   */
  'test-files': z.enum(['skip', 'scan', 'skip-secrets']).default('skip'),
  /** Documentation and tutorial trees (docs/, docs_src/): 'skip' leaves their findings out of the count, 'scan' counts them. */
  'docs-files': z.enum(['skip', 'scan']).default('skip'),
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
 * expected, e.g. `.tokengate.yml: min-score is "high"; expected a whole number from 0 to 100`.
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
      return `${prefix}${keyPath.length ? showKey(keyPath) : 'the file'} is ${showValue(found)}; ${expectation(issue, keyPath)}`;
    })
    .join('\n');
}

/** What each key takes, in the words of the README (enums keep "one of …", which lists the words). */
const EXPECTED: Record<string, string> = {
  '': 'expected a mapping of settings (key: value), as in the README',
  exclude: 'expected a list of globs, such as ["legacy/**"]',
  'exclude[]': 'expected a glob (a non-empty string)',
  rules: 'expected a mapping from rule ids or names to off, critical, high, medium or low, such as "TG302: off"',
  'min-score': 'expected a whole number from 0 to 100',
  'max-file-size': 'expected a whole number of bytes, at least 1',
  names: 'expected a mapping with loggers, caches and auth-decorators, each a list of names',
  'names.*': 'expected a list of names',
  'names.*[]': 'expected a name (a non-empty string)',
  resources: 'expected a mapping with acquire, release and idempotent, each a list of call names',
  'resources.*': 'expected a list of call names',
  'resources.*[]': 'expected a call name (a non-empty string)',
};

/** `names.loggers[0]` → 'names.*[]': the key of EXPECTED that describes it. */
function expectedKey(keyPath: PropertyKey[]): string {
  return keyPath.map((key, index) => (typeof key === 'number' ? '[]' : index === 0 ? String(key) : '.*')).join('');
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a string',
  array: 'a list',
  object: 'a mapping (key: value)',
  boolean: 'true or false',
};

function expectation(issue: z.core.$ZodIssue, keyPath: PropertyKey[]): string {
  const described = EXPECTED[expectedKey(keyPath)];
  if (described && issue.code !== 'invalid_value') return described;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}`;
    case 'too_small':
      if (issue.origin === 'string') return 'expected a non-empty string';
      return issue.inclusive === false ? `expected more than ${String(issue.minimum)}` : `expected at least ${String(issue.minimum)}`;
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

/** A rule as a `rules:` key may name it. The engine knows no rule: the adapters hand the list in. */
export interface RuleName {
  id: string;
  name: string;
}

/** The rules a `rules:` key may name: the given rules and the engine's suppression checks. */
function namedRules(rules: readonly RuleName[]): RuleName[] {
  return [...rules, ...Object.values(SUPPRESSION_RULES)];
}

/** Rule ids and names a `rules:` key may use. */
function ruleKeys(rules: readonly RuleName[]): string[] {
  return namedRules(rules).flatMap((rule) => [rule.id, rule.name]);
}

/** Validates a parsed config file; `rules` are the rules its `rules:` keys may name. */
export function parseConfig(input: unknown, source: string, rules: readonly RuleName[]): Config {
  const data = input ?? {};
  const result = configSchema.safeParse(data);
  if (!result.success) throw new ConfigError(describeIssues(result.error, data, `${source}: `));
  const known = ruleKeys(rules);
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
    const id = ruleIdFor(key, rules);
    keysByRule.set(id, [...(keysByRule.get(id) ?? []), key]);
  }
  const twice = [...keysByRule.entries()].filter(([, keys]) => keys.length > 1);
  if (twice.length) {
    throw new ConfigError(twice.map(([id, keys]) => `${source}: ${keys.map((key) => showKey(['rules', key])).join(' and ')} ${keys.length === 2 ? 'both' : 'all'} set ${id}; keep one`).join('\n'));
  }
  return result.data;
}

/** The rule id a `rules:` key names (by id in any case, or by name). */
function ruleIdFor(key: string, rules: readonly RuleName[]): string {
  return namedRules(rules).find((candidate) => candidate.id === key.toUpperCase() || candidate.name === key)?.id ?? key;
}

/**
 * Loads the config file. An explicitly named file must exist; the default one is optional.
 */
export function loadConfig(root: string, configPath: string | undefined, rules: readonly RuleName[]): Config {
  const explicit = configPath !== undefined;
  const file = path.resolve(root, configPath ?? DEFAULT_CONFIG_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (!explicit && (error as NodeJS.ErrnoException).code === 'ENOENT') return defaultConfig();
    throw new ConfigError(`config file ${configPath ?? DEFAULT_CONFIG_FILE}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const name = path.basename(file);
  // a binary file is named, never echoed
  if (text.includes('\u0000') || text.includes('\ufffd')) throw new ConfigError(`${name}: not a text file (it holds binary data or is not UTF-8); expected YAML text`);
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new ConfigError(`${name}: ${describeYamlError(error, text)}`);
  }
  return parseConfig(data, name, rules);
}

/** "not valid YAML at line 2, column 1: <why>", then the line itself with a caret under the column. */
function describeYamlError(error: unknown, text: string): string {
  const { message, linePos } = error as { message: string; linePos?: { line: number; col: number }[] };
  const why = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const at = linePos?.[0];
  if (!at) return `not valid YAML: ${why}`;
  const line = (text.split(/\r?\n/)[at.line - 1] ?? '').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '?');
  const gutter = String(at.line);
  const shown = line.length > 120 ? `${line.slice(0, 117)}...` : line;
  const caret = `${' '.repeat(gutter.length)} | ${line.slice(0, Math.min(at.col - 1, 117)).replace(/[^\t]/g, ' ')}^`;
  return `not valid YAML at line ${at.line}, column ${at.col}: ${why}\n  ${gutter} | ${shown}\n  ${caret}`;
}
