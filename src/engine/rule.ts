/** The rule contract: what the engine runs. The rule list itself (rules/index.ts) is handed to it. */
import type { Config } from './config.js';
import type { Category, Language, RawFinding, Severity } from './finding.js';
import type { FileModel } from '../model/types.js';
import type { SpecDocument } from '../spec/types.js';

/** Documentation in ruff's shape; docs/rules/<name>.md is generated from it. */
export interface RuleDocs {
  /** What it does: one or two sentences. */
  what: string;
  /** Why is this bad. */
  why: string;
  /** How to fix it, in prose. */
  fix: string;
  /** One line for reports ("Fix: …"). */
  fixShort: string;
  /** What it leaves alone: the careful code that stays silent, each case shown by an `ok:` fixture. */
  leavesAlone: LeftAlone[];
  /** `yaml`: an API document (the spec rules). */
  examples: { language: 'python' | 'typescript' | 'yaml'; bad: string; good: string }[];
}

/** One kind of careful code a rule does not report. */
export interface LeftAlone {
  /** The case, in a sentence a reviewer can check against their code. */
  what: string;
  /** The tag its fixtures carry on an `ok:` line: `# ok: TG603 (orm-query: a WHERE clause)`. */
  tag: string;
  /** The languages whose fixtures show it. */
  languages: Language[];
}

export interface RuleContext {
  config: Config;
  /** The API documents (OpenAPI, Swagger) found in the tree: for repository rules. */
  specs?: readonly SpecDocument[];
}

interface RuleMeta {
  /** TG + three digits. */
  id: string;
  /** kebab-case. */
  name: string;
  category: Category;
  severity: Severity;
  languages: Language[];
  docs: RuleDocs;
  /** Quiet in test files when the config says `test-files: skip-secrets` (the earlier default: test findings counted, these rules off there). */
  skipInTestFiles?: boolean;
  /** Reads the API documents: a suppression comment in a document's YAML may name it. */
  readsSpecs?: boolean;
  /** Set by the engine when the config overrides the rule's severity: findings then all carry it. */
  severityFromConfig?: boolean;
}

export interface FileRule extends RuleMeta {
  scope: 'file';
  check(model: FileModel, context: RuleContext): RawFinding[];
}

/** Runs once over every file model: findings must name their file. */
export interface RepositoryRule extends RuleMeta {
  scope: 'repository';
  check(models: FileModel[], context: RuleContext): (RawFinding & { file: string })[];
}

export type Rule = FileRule | RepositoryRule;
