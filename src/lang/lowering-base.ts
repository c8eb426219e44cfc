/**
 * What the Python and the JS/TS walkers share: import resolution, scope lookup, silence
 * while a helper's return value is evaluated, token values and the per-function flags.
 * Each front end supplies its own syntax (how a node reads as a dotted name) and its own
 * words that make a function body worth walking.
 */
import type { FileModel, FunctionModel, TokenSource, Value } from '../model/types.js';
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
    return dot < 0 ? resolved : resolved + dotted.slice(dot);
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
