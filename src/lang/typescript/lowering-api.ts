/**
 * What the JS/TS walker shows its recognizers: the call and scope shapes, the hooks a
 * recognizer implements, and the walker's own interface. The catalogs and frameworks
 * import these types from here, not from the walker (lower.ts), which imports them.
 */
import type { ts } from 'ts-morph';
import type { Config } from '../../engine/config.js';
import type { FileModel, FunctionModel, Loc, Value } from '../../model/types.js';
import type { ImportBinding } from '../../model/types.js';
import type { ImportedFact } from '../../model/knowledge.js';
import type { RuleConsumer } from '../recognizer-rules.js';

/** A call as the recognizers see it: callee resolved through imports, arguments evaluated once. */
export interface TsCall {
  node: ts.CallExpression | ts.NewExpression;
  /**
   * Dotted callee with imports resolved: `jwt.verify` after `import jwt from 'jsonwebtoken'`
   * is 'jsonwebtoken.verify'; `v(...)` after `import { jwtVerify as v } from 'jose'` is 'jose.jwtVerify'.
   */
  callee: string | undefined;
  /** The callee's last name (`verify`), also for calls on expressions (`getRedis().set`). */
  method: string | undefined;
  /** Value of the receiver for method calls (`token.split` → the token value). */
  receiver: Value | undefined;
  receiverNode: ts.Expression | undefined;
  args: Value[];
  argNodes: ts.Expression[];
  isNew: boolean;
}

export interface TsScope {
  vars: Map<string, Value>;
  parent: TsScope | undefined;
  fn: FunctionModel | undefined;
  returns: Value[];
}

/** Hooks a recognizer may implement. */
export interface TsRecognizer extends RuleConsumer {
  /** May return the value of the call expression (e.g. the claims a verify returns). */
  onCall?(call: TsCall, lowering: TsLowering, scope: TsScope): Value | undefined;
  /** `x = v`, `const x = v`, `obj.p = v` (target is the binding name or left-hand node). */
  onAssign?(target: ts.Node, value: Value, valueNode: ts.Expression, lowering: TsLowering, scope: TsScope): void;
  onFunction?(node: ts.SignatureDeclaration, fn: FunctionModel, lowering: TsLowering, scope: TsScope): void;
  onClass?(node: ts.ClassLikeDeclaration, lowering: TsLowering, scope: TsScope): void;
  onTry?(node: ts.TryStatement, lowering: TsLowering, scope: TsScope): void;
  onCondition?(condition: ts.Expression, value: Value, lowering: TsLowering, scope: TsScope): void;
  /** `return v`, and the expression body of an arrow function (`(t) => jwt.decode(t)`). */
  onReturn?(node: ts.ReturnStatement | ts.Expression, value: Value, lowering: TsLowering, scope: TsScope): void;
  /** `a === b`, `a == b`, `a !== b`, `a != b` with operand values. */
  onCompare?(node: ts.BinaryExpression, operator: string, left: Value, right: Value, lowering: TsLowering, scope: TsScope): void;
  /** `x[i]` with the evaluated object and index. */
  onElementAccess?(node: ts.ElementAccessExpression, object: Value, index: Value, lowering: TsLowering, scope: TsScope): void;
  onModuleEnd?(lowering: TsLowering): void;
}

/** The walker as recognizers use it (implemented by TypeScriptLowering in lower.ts). */
export interface TsLowering {
  readonly model: FileModel;
  readonly config: Config;
  readonly sourceFile: ts.SourceFile;
  readonly text: string;
  readonly moduleScope: TsScope;
  /** Module-level function declarations and `const f = () => …`, by name. */
  readonly functionDefs: Map<string, ts.SignatureDeclaration>;
  /** The function model of each function-like node walked. */
  readonly functionOf: Map<ts.Node, FunctionModel>;
  /** Enclosing try statements (innermost last). */
  readonly tryStack: ts.TryStatement[];
  /** Local name → qualified import name. */
  readonly imports: Map<string, string>;
  readonly importedModules: Set<string>;
  /** Per-recognizer state, keyed by the recognizer's name. */
  readonly state: Map<string, unknown>;
  /** True while a helper's return value is evaluated: recognizers record no facts then. */
  readonly isSilent: boolean;
  loc(node: ts.Node): Loc;
  evalExpr(node: ts.Expression, scope: TsScope): Value;
  qualifiedName(node: ts.Node): string | undefined;
  lookup(name: string, scope: TsScope): Value | undefined;
  newOpId(): number;
  markTokenTouched(scope: TsScope): void;
  /** The file's imports as written, and the qualified names it used through them (for link). */
  readonly importBindings: ImportBinding[];
  readonly references: Set<string>;
  /** Per function id, the values its returns produced. */
  readonly returnsOf: Map<number, Value[]>;
  /** What link knows of a name used through an import (second lowering only). */
  importedFact(qualified: string | undefined): ImportedFact | undefined;
}
