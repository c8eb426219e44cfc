/**
 * What the Python and the JS/TS walkers share: import resolution, scope lookup, silence
 * while a helper's return value is evaluated, token values and the per-function flags.
 * Each front end supplies its own syntax (how a node reads as a dotted name) and its own
 * words that make a function body worth walking.
 */
import type { FileModel, FunctionModel, TokenSource, Value } from '../model/types.js';
import type { ImportBinding } from '../model/types.js';
import type { ImportedFact, ImportedKnowledge } from '../model/knowledge.js';
import type { TokenValue } from '../model/values.js';
import { securityAliases } from './recognizer-rules.js';

export interface LoweringScope {
  vars: Map<string, Value>;
  parent: LoweringScope | undefined;
  fn: FunctionModel | undefined;
  /** Return values seen in this function (for helper-return evaluation). */
  returns: Value[];
}

export abstract class LoweringBase<TNode> {
  abstract readonly model: FileModel;
  /** Local name → qualified import name (`jwt` → 'jwt', `v` → 'jose.jwtVerify'). */
  readonly imports = new Map<string, string>();
  /** Top-level modules or packages imported (`flask`, `jwt`, `express`, `@nestjs/jwt`…). */
  readonly importedModules = new Set<string>();
  /** Per-recognizer state, keyed by the recognizer's name. */
  readonly state = new Map<string, unknown>();
  /** The file's imports as written, for the module graph (link). */
  readonly importBindings: ImportBinding[] = [];
  /** Qualified names used through an import: what link may tell a second lowering about. */
  readonly references = new Set<string>();
  /** Per function id, the values its returns produced (for the function's summary). */
  readonly returnsOf = new Map<number, Value[]>();
  /** What link resolved this file's imports to (a second lowering); undefined on the first. */
  imported: ImportedKnowledge | undefined;
  /** Above 0 while evaluating a helper's return value: no facts are recorded then. */
  protected silent = 0;
  protected nextFunctionId = 1;
  private nextOpId = 1;

  /** The dotted name of an identifier/attribute chain as written (`pyjwt.decode`). */
  protected abstract nameOf(node: TNode): string | undefined;
  /** Words without which a function body records no fact (see each front end). */
  protected abstract readonly functionRelevant: RegExp;

  get isSilent(): boolean {
    return this.silent > 0;
  }

  newOpId(): number {
    return this.nextOpId++;
  }

  /** The dotted name with its first part resolved through imports: `pyjwt.decode` → 'jwt.decode'. */
  qualifiedName(node: TNode): string | undefined {
    const dotted = this.nameOf(node);
    if (!dotted) return undefined;
    const dot = dotted.indexOf('.');
    const head = dot < 0 ? dotted : dotted.slice(0, dot);
    const resolved = this.imports.get(head);
    if (!resolved) return dotted;
    const qualified = dot < 0 ? resolved : resolved + dotted.slice(dot);
    this.references.add(qualified);
    return qualified;
  }

  /** The local name resolved through imports (`security` → '../lib/insecurity'), noted as a reference. */
  importedName(local: string): string | undefined {
    const resolved = this.imports.get(local);
    if (resolved) this.references.add(resolved);
    return resolved;
  }

  /** What link knows of a qualified name used through an import (second lowering only). */
  importedFact(qualified: string | undefined): ImportedFact | undefined {
    return qualified === undefined ? undefined : this.imported?.names[qualified];
  }

  /** An imported constant's value at its use, marked with where it is defined. */
  importedConstant(qualified: string | undefined): Value | undefined {
    const fact = this.importedFact(qualified);
    if (fact?.kind !== 'constant') return undefined;
    const from = { file: fact.file, line: fact.loc.line, column: fact.loc.column, name: fact.name };
    const value = fact.value;
    if (value.kind === 'string') return { ...value, via: value.via ?? fact.name, from };
    if (value.kind === 'env') return { ...value, from };
    return value;
  }

  lookup(name: string, scope: LoweringScope): Value | undefined {
    for (let current: LoweringScope | undefined = scope; current; current = current.parent) {
      const value = current.vars.get(name);
      if (value) return value;
    }
    return undefined;
  }

  tokenValue(source: TokenSource, name?: string): TokenValue {
    // a token read from a query string is itself a finding's fact (token-in-url), wherever it flows
    if (source.kind === 'query' && !this.isSilent) this.model.queryReads.push({ name: source.name, loc: source.loc, api: 'query string' });
    return { kind: 'token', source, transforms: [], name };
  }

  /** Marks the enclosing function as touching a token (the CFG is built only for those). */
  markTokenTouched(scope: LoweringScope): void {
    if (scope.fn && !this.isSilent) scope.fn.touchesToken = true;
  }

  /** Whether a function's text may lead to a fact: a relevant word, or a token library's local name (`decode as d`). */
  protected mayCarryFacts(functionText: string): boolean {
    return this.functionRelevant.test(functionText) || securityAliases(this.imports).some((alias) => functionText.includes(alias));
  }
}
