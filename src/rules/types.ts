import type { Config } from '../engine/config.js';
import type { Category, Language, RawFinding, Severity } from '../engine/finding.js';
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
  /** `yaml`: an API document (the spec rules). */
  examples: { language: 'python' | 'typescript' | 'yaml'; bad: string; good: string }[];
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
  /** Quiet in test files when the config says `test-files: skip-secrets` (the default). */
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
