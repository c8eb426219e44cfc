/** The contract every rule module implements; the engine that runs rules defines it. */
export type { FileRule, RepositoryRule, LeftAlone, Rule, RuleContext, RuleDocs } from '../engine/rule.js';
