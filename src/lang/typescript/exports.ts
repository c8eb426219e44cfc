/**
 * JS/TS recognizer: the file as a module, for link. Records its imports as written, the
 * qualified names it used through them, and what it offers: ES exports (functions,
 * constants and object members, `export { a as b }`, re-exports, `export *`, default)
 * and CommonJS ones (`module.exports = …`, `exports.x = …`), functions with their
 * summaries (the request's token, claims of a decode, a value derived from a parameter,
 * a call through to an imported function; it verifies; it issues a token). Runs last.
 */
import { ts } from 'ts-morph';
import type { FunctionModel, Loc, Value } from '../../model/types.js';
import type { FunctionSummary, ModuleExport, ReturnSummary } from '../../model/types.js';
import { issuerSummary, returnedValueSummary } from '../summaries.js';
import type { TsLowering, TsRecognizer } from './lowering-api.js';
import { propertyKey } from './syntax.js';
import { reExports } from './imports.js';
import { inlineAuthOf } from './frameworks/verification.js';

interface ExportsState {
  /** Function id → imported callees it hands a token to. */
  tokenCallees: Map<number, Set<string>>;
}

const STATE_KEY = 'ts-exports';
/** Parameters that carry a token's lifetime into an issuing helper. */
const LIFETIME_PARAMETER = /expir|ttl|lifetime|duration|maxAge/i;
/** Values worth telling another module: what a key, lifetime or algorithm list can be. */
const CONSTANT_KINDS = new Set<Value['kind']>(['string', 'number', 'bool', 'env', 'duration', 'list']);
/** Object members are exported this many levels deep (`config.jwt.secret`). */
const MAX_MEMBER_DEPTH = 3;

function stateOf(lowering: TsLowering): ExportsState {
  let state = lowering.state.get(STATE_KEY) as ExportsState | undefined;
  if (!state) {
    state = { tokenCallees: new Map() };
    lowering.state.set(STATE_KEY, state);
  }
  return state;
}

function unwrap(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current) || ts.isNonNullExpression(current)) current = current.expression;
  return current;
}

function isImported(qualified: string, lowering: TsLowering): boolean {
  return lowering.importBindings.some((binding) => qualified === binding.qualified || qualified.startsWith(`${binding.qualified}.`));
}

function parameterNames(node: ts.SignatureDeclaration): string[] {
  return node.parameters.map((parameter) => (ts.isIdentifier(parameter.name) ? parameter.name.text : ''));
}

function returnSummary(fn: FunctionModel, params: string[], lowering: TsLowering): ReturnSummary | undefined {
  const returns = lowering.returnsOf.get(fn.id);
  if (!returns?.length) return undefined;
  const fromValues = returnedValueSummary(returns, lowering.model.jwtOps, params);
  if (fromValues === 'none') return undefined;
  if (fromValues) return fromValues;
  const called = returns.find((value) => value.kind === 'unknown' && value.name?.endsWith('()') && isImported(value.name.slice(0, -2), lowering));
  const callee = called?.kind === 'unknown' ? called.name!.slice(0, -2) : undefined;
  // a call the JWT recognizer already knows is the library, not a helper of the project
  if (callee && !lowering.model.jwtOps.some((op) => op.functionId === fn.id && op.api === callee)) return { kind: 'call', callee };
  return undefined;
}

function summarise(node: ts.SignatureDeclaration, lowering: TsLowering, state: ExportsState): Pick<ModuleExport, 'function' | 'functionId'> | undefined {
  const fn = lowering.functionOf.get(node);
  if (!fn) return undefined;
  const params = parameterNames(node);
  const summary: FunctionSummary = { params };
  const returns = returnSummary(fn, params, lowering);
  if (returns) summary.returns = returns;
  if (inlineAuthOf(lowering, fn.id) !== undefined) summary.verifies = true;
  const via = state.tokenCallees.get(fn.id);
  if (via?.size && !summary.verifies) summary.verifiesVia = [...via].sort();
  const issues = issuerSummary(
    lowering.model.jwtOps.find((op) => op.functionId === fn.id && op.kind === 'encode'),
    params,
    LIFETIME_PARAMETER,
  );
  if (issues) summary.issues = issues;
  return summary.returns || summary.verifies || summary.verifiesVia || summary.issues ? { function: summary, functionId: fn.id } : undefined;
}

function isFunctionLike(node: ts.Node): node is ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration | ts.MethodDeclaration {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node);
}

class ExportCollector {
  readonly exports: ModuleExport[] = [];
  readonly starExports: string[] = [];

  constructor(
    private readonly lowering: TsLowering,
    private readonly state: ExportsState,
  ) {}

  loc(node: ts.Node): Loc {
    return this.lowering.loc(node);
  }

  /** `name` bound to `node`: a function (summarised), an object literal (its members), a constant, or another name. */
  value(name: string, node: ts.Expression, at: ts.Node, depth = 0): void {
    const expression = unwrap(node);
    if (isFunctionLike(expression)) {
      const summary = summarise(expression, this.lowering, this.state);
      if (summary) this.exports.push({ name, loc: this.loc(at), ...summary });
      return;
    }
    if (ts.isIdentifier(expression) || ts.isPropertyAccessExpression(expression)) {
      const written = expression.getText(this.lowering.sourceFile);
      if (written !== name) this.exports.push({ name, loc: this.loc(at), local: written });
      return;
    }
    // `export const verifier = new Verifier()`: members read through the instance are the class's methods
    if (ts.isNewExpression(expression) && ts.isIdentifier(expression.expression)) {
      this.exports.push({ name, loc: this.loc(at), local: expression.expression.text });
      return;
    }
    if (ts.isObjectLiteralExpression(expression) && depth < MAX_MEMBER_DEPTH) {
      for (const property of expression.properties) {
        if (ts.isShorthandPropertyAssignment(property)) this.exports.push({ name: `${name}.${property.name.text}`, loc: this.loc(property), local: property.name.text });
        else if (ts.isPropertyAssignment(property)) {
          const key = propertyKey(property.name);
          if (key !== null) this.value(`${name}.${key}`, property.initializer, property, depth + 1);
        } else if (ts.isMethodDeclaration(property)) {
          const key = propertyKey(property.name);
          const summary = key !== null ? summarise(property, this.lowering, this.state) : undefined;
          if (summary) this.exports.push({ name: `${name}.${key}`, loc: this.loc(property), ...summary });
        }
      }
      return;
    }
    const evaluated = this.lowering.evalExpr(node, this.lowering.moduleScope);
    if (CONSTANT_KINDS.has(evaluated.kind)) this.exports.push({ name, loc: this.loc(at), constant: evaluated });
  }

  /** Top-level statements: every function and constant (an unexported name cannot be imported anyway), and what is exported under another name. */
  statement(statement: ts.Statement): void {
    const isDefault = ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword);
    if (ts.isFunctionDeclaration(statement)) {
      // every top-level function: CommonJS exports and `export { f }` name them later
      const summary = summarise(statement, this.lowering, this.state);
      const name = isDefault ? 'default' : statement.name?.text;
      if (summary && name) this.exports.push({ name, loc: this.loc(statement), ...summary });
      if (isDefault && statement.name) this.exports.push({ name: statement.name.text, loc: this.loc(statement), local: 'default' });
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer && !isRequire(declaration.initializer)) this.value(declaration.name.text, declaration.initializer, declaration.name);
      }
    } else if (ts.isClassDeclaration(statement) && statement.name) {
      for (const member of statement.members) {
        if (!ts.isMethodDeclaration(member) || !member.name) continue;
        const key = propertyKey(member.name);
        const summary = key !== null ? summarise(member, this.lowering, this.state) : undefined;
        if (summary) this.exports.push({ name: `${statement.name.text}.${key}`, loc: this.loc(member), ...summary });
      }
      if (isDefault) this.exports.push({ name: 'default', loc: this.loc(statement), local: statement.name.text });
    } else if (ts.isExportDeclaration(statement)) {
      const handed = reExports(statement, this.loc(statement));
      this.exports.push(...handed.exports);
      if (handed.star) this.starExports.push(handed.star);
      if (!statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
        for (const element of statement.exportClause.elements) {
          const local = (element.propertyName ?? element.name).text;
          if (local !== element.name.text) this.exports.push({ name: element.name.text, loc: this.loc(element), local });
        }
      }
    } else if (ts.isExportAssignment(statement)) {
      this.value('default', statement.expression, statement);
    } else if (ts.isExpressionStatement(statement)) {
      this.commonJs(statement.expression);
    }
  }

  /** `module.exports = x`, `module.exports = { a, b: c }`, `exports.a = …`, `module.exports.a = …`. */
  private commonJs(expression: ts.Expression): void {
    if (!ts.isBinaryExpression(expression) || expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
    const target = expression.left.getText(this.lowering.sourceFile);
    if (target === 'module.exports') {
      this.value('default', expression.right, expression.left);
      // `require('./m').a` reads the members of what module.exports is
      const object = unwrap(expression.right);
      if (ts.isObjectLiteralExpression(object)) {
        for (const entry of this.exports.filter((candidate) => candidate.name.startsWith('default.'))) this.exports.push({ ...entry, name: entry.name.slice('default.'.length) });
      }
      return;
    }
    const member = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(target)?.[1];
    if (member) this.value(member, expression.right, expression.left);
  }
}

function isRequire(node: ts.Expression): boolean {
  const expression = unwrap(node);
  return ts.isCallExpression(expression) && ts.isIdentifier(expression.expression) && expression.expression.text === 'require';
}

export const tsExportsRecognizer: TsRecognizer = {
  onCall(call, lowering, scope) {
    if (lowering.isSilent || !scope.fn || !call.callee || !isImported(call.callee, lowering)) return undefined;
    // a call the JWT recognizer just recorded is the library itself
    const op = lowering.model.jwtOps.at(-1);
    if (op && op.api === call.callee) return undefined;
    if (call.args.some((value) => value.kind === 'token')) {
      const state = stateOf(lowering);
      const callees = state.tokenCallees.get(scope.fn.id) ?? new Set<string>();
      callees.add(call.callee);
      state.tokenCallees.set(scope.fn.id, callees);
    }
    return undefined;
  },

  onModuleEnd(lowering) {
    const state = stateOf(lowering);
    const collector = new ExportCollector(lowering, state);
    for (const statement of lowering.sourceFile.statements) collector.statement(statement);
    lowering.model.module = { imports: lowering.importBindings, exports: collector.exports, starExports: collector.starExports, references: [...lowering.references].sort(), tokenCalls: [...new Set([...state.tokenCallees.values()].flatMap((callees) => [...callees]))].sort() };
  },
};
