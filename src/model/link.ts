/**
 * The link phase: one pass over every file model, between the per-file lowering and the
 * rules. It builds the module graph, resolves each file's imported names (functions with
 * their summaries, constants) and says which files to lower again with that knowledge;
 * after the second lowering it settles what only the whole repository shows (a decode
 * wrapper judged at its callers; routes mounted across files). Deterministic: models are
 * taken in file order, whatever order the workers returned them in.
 */
import type { FileModel } from './types.js';
import type { ImportedFact, ImportedKnowledge, ResolvedSummary } from './knowledge.js';
import { ModuleGraph, type PathAliases } from './module-graph.js';
import { NameResolver, exportKey, resolveSummaries } from './summaries.js';
import { linkRoutes } from './route-mounts.js';

export interface Linked {
  /** Files to lower again, with what their imports are. */
  relower: Map<string, ImportedKnowledge>;
  /** Settles the cross-file facts on the final models (after the second lowering replaced some). */
  finish(models: FileModel[]): void;
}

export function link(models: readonly FileModel[], aliases: readonly PathAliases[] = []): Linked {
  const byFile = new Map([...models].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).map((model) => [model.file, model]));
  const graph = new ModuleGraph([...byFile.keys()], aliases);
  const resolver = new NameResolver(byFile, graph);
  const summaries = resolveSummaries(byFile, resolver);
  const relower = new Map<string, ImportedKnowledge>();
  /** Function exports used from another file: their decode is judged at those callers. */
  const calledFromElsewhere = new Set<string>();
  for (const [file, model] of byFile) {
    const names: Record<string, ImportedFact> = {};
    const tokenCalls = new Set(model.module?.tokenCalls ?? []);
    let worthIt = false;
    for (const reference of model.module?.references ?? []) {
      const target = resolver.resolve(file, reference);
      if (target?.kind !== 'export' || target.file === file) continue;
      const entry = target.export;
      if (entry.function) {
        const key = exportKey(target.file, entry.name);
        const summary = summaries.get(key);
        if (!summary || !(summary.returns || summary.verifies || summary.issues)) continue;
        calledFromElsewhere.add(key);
        names[reference] = { kind: 'function', summary, file: target.file, name: entry.name, loc: entry.loc };
        worthIt ||= changesTheFile(summary, reference, model, tokenCalls);
      } else if (entry.group) {
        // routes registered on a router whose name did not say so: the second lowering finds them
        names[reference] = { kind: 'group', framework: entry.group, file: target.file, name: entry.name, loc: entry.loc };
        worthIt ||= !model.routes.some((route) => qualifiedGroup(model, route.group) === reference) && !(model.routerMounts ?? []).some((mount) => mount.child === reference);
      } else if (entry.constant && !reportedWhereDefined(byFile.get(target.file), entry.loc.line)) {
        names[reference] = { kind: 'constant', value: entry.constant, file: target.file, name: entry.name, loc: entry.loc, reportedThere: false };
        worthIt ||= hasTokenFacts(model);
      }
    }
    if (worthIt) relower.set(file, { names });
  }
  return {
    relower,
    finish(final) {
      const finalByFile = new Map(final.map((model) => [model.file, model]));
      for (const model of finalByFile.values()) judgeWrappersAtCallers(model, calledFromElsewhere);
      linkRoutes(finalByFile, resolver);
    },
  };
}

/**
 * Whether knowing a function changes the facts of the file that uses it, judged from its
 * first lowering: the value it returns flows on (the request's token, claims; a value
 * derived from a token it is given), it issues tokens the call may say more about, or it
 * authenticates and the file has routes, mounts or routers it may authenticate. A second lowering costs a parse:
 * files where nothing would change keep their first model.
 */
function changesTheFile(summary: ResolvedSummary, reference: string, model: FileModel, tokenCalls: Set<string>): boolean {
  const returns = summary.returns;
  if (returns && (returns.kind !== 'param' || tokenCalls.has(reference))) return true;
  if (summary.issues && (summary.issues.lifetimeParam || summary.issues.payloadParam)) return true;
  return summary.verifies === true && (model.routes.length > 0 || (model.routerMounts?.length ?? 0) > 0 || (model.routerGroups?.length ?? 0) > 0);
}

/** A constant can only be a key, a lifetime, an algorithm list or a route prefix where the file has such facts. */
function hasTokenFacts(model: FileModel): boolean {
  return model.jwtOps.length > 0 || model.secrets.length > 0 || model.lifetimes.length > 0 || (model.routerMounts?.length ?? 0) > 0 || model.routes.length > 0;
}

/** A route's group as the file's walker qualifies it through its imports. */
function qualifiedGroup(model: FileModel, group: string): string {
  const [head, ...rest] = group.split('.');
  const binding = model.module?.imports.find((candidate) => candidate.local === head);
  return binding ? [binding.qualified, ...rest].join('.') : group;
}

/** A rule already reports the value where it is written (a secret setting, a lifetime setting): the use adds nothing. */
function reportedWhereDefined(model: FileModel | undefined, line: number): boolean {
  if (!model) return false;
  return model.secrets.some((binding) => binding.loc.line === line) || model.lifetimes.some((setting) => setting.loc.line === line);
}

/**
 * An unverified decode whose claims only leave its function by the return value: when
 * other files call that function, each call is judged as a decode of its own (the
 * second lowering recorded it there), so the wrapper itself decides nothing.
 */
function judgeWrappersAtCallers(model: FileModel, calledFromElsewhere: Set<string>): void {
  for (const op of model.jwtOps) {
    if (!op.decidedByReturn || op.kind !== 'unverified-decode' || op.functionId === undefined) continue;
    const exported = model.module?.exports.find((entry) => entry.functionId === op.functionId);
    if (exported && calledFromElsewhere.has(exportKey(model.file, exported.name))) op.resultUse = 'other';
  }
}
