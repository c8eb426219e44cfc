/**
 * What the Python walker shows its recognizers: the call and scope shapes, the hooks a
 * recognizer implements, and the walker's own interface. The catalogs and frameworks
 * import these types from here, not from the walker (lower.ts), which imports them.
 */
import type { Node, SyntaxTree } from './syntax-node.js';
import type { Config } from '../../engine/config.js';
import type { FileModel, FunctionModel, Loc, TokenSource, Value } from '../../model/types.js';
import type { ImportBinding } from '../../model/types.js';
import type { ImportedFact } from '../../model/knowledge.js';
import type { TokenValue } from '../../model/values.js';
import type { RuleConsumer } from '../recognizer-rules.js';

/** A call as the recognizers see it: callee resolved through imports, arguments evaluated once. */
export interface PyCall {
  node: Node;
  /** Dotted callee with import aliases resolved: `pyjwt.decode` after `import jwt as pyjwt` is 'jwt.decode'. */
  callee: string | undefined;
  /** The callee's last name (`decode`), also for calls on expressions (`get_redis().set`). */
  method: string | undefined;
  /** Value of the receiver for method calls (`token.split` → the token value). */
  receiver: Value | undefined;
  receiverNode: Node | undefined;
  args: Value[];
  argNodes: Node[];
  kwargs: Map<string, Value>;
  kwargNodes: Map<string, Node>;
  /** `**options` arguments. */
  splats: Value[];
}

export interface Scope {
  vars: Map<string, Value>;
  parent: Scope | undefined;
  fn: FunctionModel | undefined;
  /** Return values seen in this function (for helper-return evaluation). */
  returns: Value[];
}

/** Hooks a recognizer may implement; each returns nothing unless noted. */
export interface Recognizer extends RuleConsumer {
  /** May return the value of the call expression (e.g. the claims a decode returns). */
  onCall?(call: PyCall, lowering: PyLowering, scope: Scope): Value | undefined;
  onAssign?(target: Node, value: Value, valueNode: Node, lowering: PyLowering, scope: Scope): void;
  /** A def, with its decorators (decorated_definition) when present. */
  onFunction?(def: Node, decorators: Node[], fn: FunctionModel, lowering: PyLowering, scope: Scope): void;
  onClass?(cls: Node, decorators: Node[], lowering: PyLowering, scope: Scope): void;
  onTry?(tryNode: Node, lowering: PyLowering, scope: Scope): void;
  /** An if/elif/while/assert condition, evaluated. */
  onCondition?(condition: Node, value: Value, lowering: PyLowering, scope: Scope): void;
  onReturn?(node: Node, value: Value, lowering: PyLowering, scope: Scope): void;
  /** A comparison `a == b`, `a != b`, `a is b`, `a in b` with its operand values. */
  onCompare?(node: Node, operator: string, left: Value, right: Value, lowering: PyLowering, scope: Scope): void;
  /** `x[i]` with the evaluated object and index. */
  onSubscript?(node: Node, object: Value, index: Value, lowering: PyLowering, scope: Scope): void;
  /** After the whole module is walked. */
  onModuleEnd?(lowering: PyLowering): void;
}

/** The walker as recognizers use it (implemented by PythonLowering in lower.ts). */
export interface PyLowering {
  readonly model: FileModel;
  readonly config: Config;
  readonly tree: SyntaxTree;
  readonly text: string;
  readonly moduleScope: Scope;
  /** Module-level function definitions, by name. */
  readonly functionDefs: Map<string, Node>;
  /** Enclosing try statements (innermost last). */
  readonly tryStack: Node[];
  /** Local name → qualified import name. */
  readonly imports: Map<string, string>;
  readonly importedModules: Set<string>;
  /** Per-recognizer state, keyed by the recognizer's name. */
  readonly state: Map<string, unknown>;
  /** True while a helper's return value is evaluated: recognizers record no facts then. */
  readonly isSilent: boolean;
  loc(node: Node): Loc;
  evalExpr(node: Node, scope: Scope): Value;
  qualifiedName(node: Node): string | undefined;
  lookup(name: string, scope: Scope): Value | undefined;
  helperReturn(def: Node, scope: Scope): Value;
  /** Which parameter a helper returns a value derived from (null: none), by walking it once silently. */
  parameterReturned(def: Node): { index: number; name: string; transforms: string[] } | null;
  /** The file's imports as written, and the qualified names it used through them (for link). */
  readonly importBindings: ImportBinding[];
  readonly references: Set<string>;
  /** Per function id, the values its returns produced. */
  readonly returnsOf: Map<number, Value[]>;
  /** What link knows of a name used through an import (second lowering only). */
  importedFact(qualified: string | undefined): ImportedFact | undefined;
  /** A local name resolved through imports, noted as a reference (undefined: not imported). */
  importedName(local: string): string | undefined;
  newOpId(): number;
  tokenValue(source: TokenSource, name?: string): TokenValue;
  markTokenTouched(scope: Scope): void;
}
