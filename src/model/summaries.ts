/**
 * Names across files: what a qualified name used in one file is, followed through the
 * module graph (imports, re-exports, `__init__.py` and barrel files, `from x import *`,
 * `export *`, submodules), and the function summaries resolved to a fixed point (a
 * wrapper of a wrapper of jwt.decode returns unverified claims; a function that hands
 * the token to one that verifies, verifies). Resolution is bounded: a chain longer than
 * MAX_STEPS or a cycle ends as unknown.
 */
import type { FileModel } from './types.js';
import type { FunctionSummary, ModuleExport } from './types.js';
import type { ResolvedSummary } from './knowledge.js';
import { isNamespacePackage, type ModuleGraph } from './module-graph.js';

/** How many hops a name may take (imports, re-exports, aliases) before it counts as unknown. */
const MAX_STEPS = 16;
/** Rounds of the summary fixed point: call-through and verify-through chains longer than this stay unresolved. */
const MAX_ROUNDS = 8;

/** What a name resolves to: an export of a scanned module, or a module itself. */
export type Target = { kind: 'export'; file: string; export: ModuleExport } | { kind: 'module'; module: string };

export function exportKey(file: string, name: string): string {
  return `${file}#${name}`;
}

export class NameResolver {
  private readonly exportsByFile = new Map<string, Map<string, ModuleExport>>();
  private readonly memo = new Map<string, Target | null>();

  constructor(
    private readonly models: ReadonlyMap<string, FileModel>,
    private readonly graph: ModuleGraph,
  ) {
    for (const [file, model] of models) {
      const exports = new Map<string, ModuleExport>();
      // the first binding of a name wins (Python rebinds rarely at module level; duplicates are the same object)
      for (const entry of model.module?.exports ?? []) if (!exports.has(entry.name)) exports.set(entry.name, entry);
      this.exportsByFile.set(file, exports);
    }
  }

  /** The scanned module a specifier written in `file` leads to. */
  module(file: string, specifier: string): string | undefined {
    return this.graph.resolve(file, specifier);
  }

  /** The target of a qualified name as `file`'s walker resolves it (`../lib/insecurity.decode`, `config.settings.SECRET_KEY`). */
  resolve(file: string, qualified: string): Target | undefined {
    const key = `${file}\u0000${qualified}`;
    if (!this.memo.has(key)) this.memo.set(key, this.resolveName(file, qualified, new Set(), 0) ?? null);
    return this.memo.get(key) ?? undefined;
  }

  private resolveName(file: string, qualified: string, seen: Set<string>, steps: number): Target | undefined {
    const bindings = this.models.get(file)?.module?.imports ?? [];
    let binding: (typeof bindings)[number] | undefined;
    for (const candidate of bindings) {
      if (candidate.local === '*') continue;
      if ((qualified === candidate.qualified || qualified.startsWith(`${candidate.qualified}.`)) && (!binding || candidate.qualified.length > binding.qualified.length)) binding = candidate;
    }
    if (!binding) {
      // a bare name from `from x import *`
      for (const star of bindings.filter((candidate) => candidate.local === '*')) {
        const module = this.graph.resolve(file, star.specifier);
        const found = module ? this.resolveMember(module, qualified.split('.'), seen, steps + 1) : undefined;
        if (found) return found;
      }
      return undefined;
    }
    const module = this.graph.resolve(file, binding.specifier);
    if (!module) return undefined;
    const rest = qualified === binding.qualified ? [] : qualified.slice(binding.qualified.length + 1).split('.');
    return this.resolveMember(module, binding.imported === '*' ? rest : [binding.imported, ...rest], seen, steps + 1);
  }

  /** A member path inside a module: an export, a re-export, a name the module imports, a submodule. */
  private resolveMember(module: string, members: string[], seen: Set<string>, steps: number): Target | undefined {
    if (members.length === 0) return { kind: 'module', module };
    const visit = `${module}\u0000${members.join('.')}`;
    if (steps > MAX_STEPS || seen.has(visit)) return undefined;
    seen.add(visit);
    const exports = this.exportsByFile.get(module);
    if (exports) {
      for (let length = members.length; length > 0; length--) {
        const entry = exports.get(members.slice(0, length).join('.'));
        if (!entry) continue;
        const rest = members.slice(length);
        if (entry.function || entry.constant || entry.group) return rest.length === 0 ? { kind: 'export', file: module, export: entry } : undefined;
        if (entry.from) {
          const target = this.graph.resolve(module, entry.from.specifier);
          return target ? this.resolveMember(target, entry.from.imported === '*' ? rest : [entry.from.imported, ...rest], seen, steps + 1) : undefined;
        }
        if (entry.local !== undefined) return this.resolveLocal(module, entry.local, rest, seen, steps);
      }
    }
    const model = this.models.get(module);
    const [head, ...rest] = members as [string, ...string[]];
    // a name the module imports (`from .security import verify` in __init__.py, `export { a }` of an import)
    const imported = model?.module?.imports.find((binding) => binding.local === head);
    if (imported) return this.resolveName(module, [imported.qualified, ...rest].join('.'), seen, steps + 1);
    // `import x from './cjs'` of a module without a default export: its members
    if (head === 'default' && exports && !exports.has('default')) return this.resolveMember(module, rest, seen, steps + 1);
    for (const specifier of [...(model?.module?.starExports ?? []), ...(model?.module?.imports ?? []).filter((binding) => binding.local === '*').map((binding) => binding.specifier)]) {
      const target = this.graph.resolve(module, specifier);
      const found = target ? this.resolveMember(target, members, seen, steps + 1) : undefined;
      if (found) return found;
    }
    if (module.endsWith('__init__.py') || isNamespacePackage(module)) {
      const submodule = this.graph.submodule(module, head);
      if (submodule) return this.resolveMember(submodule, rest, seen, steps + 1);
    }
    return undefined;
  }

  /** A name local to `module`: an import binding (followed), or another of its exports. */
  private resolveLocal(module: string, local: string, rest: string[], seen: Set<string>, steps: number): Target | undefined {
    const [head, ...tail] = local.split('.') as [string, ...string[]];
    const bindings = this.models.get(module)?.module?.imports ?? [];
    const binding = bindings.find((candidate) => candidate.local === head) ?? bindings.find((candidate) => candidate.local !== '*' && (local === candidate.qualified || local.startsWith(`${candidate.qualified}.`)));
    if (binding?.local === head) return this.resolveName(module, [binding.qualified, ...tail, ...rest].join('.'), seen, steps + 1);
    if (binding) return this.resolveName(module, [local, ...rest].join('.'), seen, steps + 1);
    return this.resolveMember(module, [head, ...tail, ...rest], seen, steps + 1);
  }
}

/**
 * Every function summary with its imported parts resolved: call-through returns take the
 * callee's terminal return (claims, the request's token), verify-through functions verify
 * when a callee does. Iterated to a fixed point, at most MAX_ROUNDS rounds.
 */
export function resolveSummaries(models: ReadonlyMap<string, FileModel>, resolver: NameResolver): Map<string, ResolvedSummary> {
  interface Entry {
    summary: FunctionSummary;
    resolved: ResolvedSummary;
    returnsFrom?: string;
    verifiesFrom: string[];
  }
  const entries = new Map<string, Entry>();
  const functionKey = (file: string, qualified: string): string | undefined => {
    const target = resolver.resolve(file, qualified);
    return target?.kind === 'export' && target.export.function ? exportKey(target.file, target.export.name) : undefined;
  };
  for (const [file, model] of models) {
    for (const entry of model.module?.exports ?? []) {
      const summary = entry.function;
      if (!summary) continue;
      const { returns, verifiesVia, ...rest } = summary;
      const resolved: ResolvedSummary = { ...rest };
      if (returns && returns.kind !== 'call') resolved.returns = returns;
      entries.set(exportKey(file, entry.name), {
        summary,
        resolved,
        returnsFrom: returns?.kind === 'call' ? functionKey(file, returns.callee) : undefined,
        verifiesFrom: (verifiesVia ?? []).map((callee) => functionKey(file, callee)).filter((key): key is string => key !== undefined),
      });
    }
  }
  for (let round = 0, changed = true; changed && round < MAX_ROUNDS; round++) {
    changed = false;
    for (const entry of entries.values()) {
      if (!entry.resolved.verifies && entry.verifiesFrom.some((key) => entries.get(key)?.resolved.verifies)) {
        entry.resolved.verifies = true;
        changed = true;
      }
      const inner = entry.returnsFrom ? entries.get(entry.returnsFrom)?.resolved.returns : undefined;
      // a value derived from the inner function's parameter cannot be mapped to ours without the arguments: left out
      if (!entry.resolved.returns && inner && inner.kind !== 'param') {
        entry.resolved.returns = inner;
        changed = true;
      }
    }
  }
  return new Map([...entries].map(([key, entry]) => [key, entry.resolved]));
}
