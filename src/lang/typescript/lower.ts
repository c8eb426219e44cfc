/**
 * Lowers a JS/TS source file into the token model. Walks the TypeScript compiler's own
 * nodes (ts-morph's `ts` export) — wrapping every node in ts-morph objects costs about
 * 3x the parse. This module holds the walker, scopes, import resolution and the abstract
 * evaluation of expressions; what a call means lives in the recognizers (./catalog,
 * ./frameworks), called at every call, assignment, function, class, try, condition.
 */
import { ts } from 'ts-morph';
import type { Config } from '../../engine/config.js';
import { activeRecognizers } from '../recognizer-rules.js';
import { LoweringBase } from '../lowering-base.js';
import { isTestFile } from '../../engine/files.js';
import type { Language } from '../../engine/finding.js';
import type { FileModel, FunctionModel, Loc, Value } from '../../model/types.js';
import { emptyFileModel } from '../../model/types.js';
import { TS_RECOGNIZERS } from './recognizers.js';
import { hasWordOutsideCommentLines } from '../relevance.js';
import { tokenSourceOfCall, tokenSourceOfProperty, tokenSourceOfParameter } from './sources.js';
import type { TsCall, TsLowering, TsRecognizer, TsScope } from './lowering-api.js';
import { dottedName, propertyKey } from './syntax.js';
import { importDeclarationBindings } from './imports.js';
import { importedCallValue } from './imported-calls.js';
import type { ImportedKnowledge } from '../../model/knowledge.js';

import { firstToken, withTransform, withinValueDepth } from '../../model/values.js';

/**
 * Text that must appear, outside comment-only lines, for a file to be worth lowering; the
 * others are only parsed. NestJS controllers and Next.js server actions are lowered whatever
 * they say: they are routes; so are the web frameworks' files, as in the Python front end:
 * their route and mount files are what routes across files are made of.
 */
const RELEVANT = /token|jwt|bearer|authori[sz]|auth(?!or)|guards|app_guard|\bprotect\b|logged_?in|require_?(?:login|user)|secret|passport|session|api_?key|apikey|localStorage|sessionStorage|cookie|@Controller\b|use server|['"](?:express|fastify|koa|@koa\/router|koa-router|hono|@nestjs\/common|next\/server)['"]/gi;

/**
 * Words without which a function's body records no fact: token sources and names,
 * verification and signing, denial, stores and releases, route registration, storage,
 * environment secrets, decorators. Bodies without any are not walked (the function
 * itself is still known to the recognizers, for routes that name it as a handler).
 */
const FUNCTION_RELEVANT = /token|jwt|bearer|authori[sz]|auth|guard|protect|logged_?in|require_?(?:login|user)|secret|passport|session|api_?key|apikey|verify|decode|claims|jti|sign\(|expiresIn|40[13]|unauthori|forbidden|cache|redis|\.set\(|\.del|delete|release|acquire|invalidat|revoke|\breq\b|request|\bres\.|reply|\bctx\.|router|\bapp\.|fastify|server\.|\.(?:get|post|put|patch|use|route|all|addHook|register)\(|localStorage|sessionStorage|cookie|process\.env|@|use server/i;

export function isRelevantScript(text: string): boolean {
  return hasWordOutsideCommentLines(text, RELEVANT, '//');
}

const UNKNOWN: Value = { kind: 'unknown' };
/** A URL's query part just before an interpolation: `…?token=${t}`, `…&access_token=${t}`. */
const URL_QUERY = /[?&][\w.-]*=$/;
const SK = ts.SyntaxKind;

export function scriptKindFor(fileName: string): ts.ScriptKind {
  if (fileName.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (fileName.endsWith('.jsx')) return ts.ScriptKind.JSX;
  if (/\.[cm]?ts$/.test(fileName)) return ts.ScriptKind.TS;
  // .js may hold JSX (React projects); the JSX kind parses plain JS too
  return ts.ScriptKind.JSX;
}

export class TypeScriptLowering extends LoweringBase<ts.Node> implements TsLowering {
  protected readonly functionRelevant = FUNCTION_RELEVANT;
  readonly model: FileModel;
  readonly moduleScope: TsScope;
  /** Module-level function declarations and `const f = () => …`, for helper-return evaluation. */
  readonly functionDefs = new Map<string, ts.SignatureDeclaration>();
  /** The recognizers whose facts some rule in force reads. */
  readonly recognizers: TsRecognizer[];
  private readonly memo = new Map<ts.Node, Value>();
  private readonly helperReturns = new Map<ts.Node, Value>();
  /** Enclosing try statements (innermost last). */
  readonly tryStack: ts.TryStatement[] = [];
  /** The function model of each function-like node walked (route handlers, middleware). */
  readonly functionOf = new Map<ts.Node, FunctionModel>();

  constructor(
    readonly sourceFile: ts.SourceFile,
    readonly text: string,
    file: string,
    language: Language,
    readonly config: Config,
    imported?: ImportedKnowledge,
  ) {
    super();
    this.imported = imported;
    this.model = emptyFileModel(file, language, sourceFile.getLineStarts().length - (text.endsWith('\n') ? 1 : 0));
    this.model.isTest = isTestFile(file);
    this.model.hasSyntaxErrors = hasParseDiagnostics(sourceFile);
    this.moduleScope = { vars: new Map(), parent: undefined, fn: undefined, returns: [] };
    this.recognizers = activeRecognizers(TS_RECOGNIZERS, config);
  }

  loc(node: ts.Node): Loc {
    const start = this.sourceFile.getLineAndCharacterOfPosition(node.getStart(this.sourceFile));
    const end = this.sourceFile.getLineAndCharacterOfPosition(node.getEnd());
    return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  }

  lower(): FileModel {
    for (const statement of this.sourceFile.statements) {
      if (ts.isFunctionDeclaration(statement) && statement.name) this.functionDefs.set(statement.name.text, statement);
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          const init = declaration.initializer && unwrap(declaration.initializer);
          if (ts.isIdentifier(declaration.name) && init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) this.functionDefs.set(declaration.name.text, init);
        }
      }
    }
    this.walkStatements(this.sourceFile.statements, this.moduleScope);
    for (const recognizer of this.recognizers) recognizer.onModuleEnd?.(this);
    this.model.frameworks = [...this.importedModules].sort();
    return this.model;
  }

  // ---- statements ----

  walkStatements(statements: ts.NodeArray<ts.Statement> | readonly ts.Statement[], scope: TsScope): void {
    for (const statement of statements) this.walkStatement(statement, scope);
  }

  walkStatement(node: ts.Statement, scope: TsScope): void {
    switch (node.kind) {
      case SK.ImportDeclaration:
        this.recordImport(node as ts.ImportDeclaration);
        return;
      case SK.ImportEqualsDeclaration: {
        const declaration = node as ts.ImportEqualsDeclaration;
        const reference = declaration.moduleReference;
        if (ts.isExternalModuleReference(reference) && ts.isStringLiteral(reference.expression)) this.bindModule(declaration.name.text, reference.expression.text);
        return;
      }
      case SK.VariableStatement:
        for (const declaration of (node as ts.VariableStatement).declarationList.declarations) this.walkVariableDeclaration(declaration, scope);
        return;
      case SK.ExpressionStatement:
        this.evalExpr((node as ts.ExpressionStatement).expression, scope);
        return;
      case SK.FunctionDeclaration:
        this.walkFunction(node as ts.FunctionDeclaration, scope);
        return;
      case SK.ClassDeclaration:
        this.walkClass(node as ts.ClassDeclaration, scope);
        return;
      case SK.ReturnStatement: {
        const statement = node as ts.ReturnStatement;
        const value = statement.expression ? this.evalExpr(statement.expression, scope) : UNKNOWN;
        scope.returns.push(value);
        if (!this.isSilent) for (const recognizer of this.recognizers) recognizer.onReturn?.(statement, value, this, scope);
        return;
      }
      case SK.IfStatement: {
        const statement = node as ts.IfStatement;
        this.walkCondition(statement.expression, scope);
        this.walkStatement(statement.thenStatement, scope);
        if (statement.elseStatement) this.walkStatement(statement.elseStatement, scope);
        return;
      }
      case SK.Block:
        this.walkStatements((node as ts.Block).statements, scope);
        return;
      case SK.TryStatement: {
        const statement = node as ts.TryStatement;
        this.tryStack.push(statement);
        this.walkStatements(statement.tryBlock.statements, scope);
        this.tryStack.pop();
        if (statement.catchClause) {
          const variable = statement.catchClause.variableDeclaration;
          if (variable && ts.isIdentifier(variable.name)) scope.vars.set(variable.name.text, UNKNOWN);
          this.walkStatements(statement.catchClause.block.statements, scope);
        }
        if (statement.finallyBlock) this.walkStatements(statement.finallyBlock.statements, scope);
        if (!this.isSilent) for (const recognizer of this.recognizers) recognizer.onTry?.(statement, this, scope);
        return;
      }
      case SK.WhileStatement:
      case SK.DoStatement: {
        const statement = node as ts.WhileStatement | ts.DoStatement;
        this.walkCondition(statement.expression, scope);
        this.walkStatement(statement.statement, scope);
        return;
      }
      case SK.ForStatement: {
        const statement = node as ts.ForStatement;
        if (statement.initializer) {
          if (ts.isVariableDeclarationList(statement.initializer)) for (const declaration of statement.initializer.declarations) this.walkVariableDeclaration(declaration, scope);
          else this.evalExpr(statement.initializer, scope);
        }
        if (statement.condition) this.evalExpr(statement.condition, scope);
        if (statement.incrementor) this.evalExpr(statement.incrementor, scope);
        this.walkStatement(statement.statement, scope);
        return;
      }
      case SK.ForOfStatement:
      case SK.ForInStatement: {
        const statement = node as ts.ForOfStatement | ts.ForInStatement;
        const iterable = this.evalExpr(statement.expression, scope);
        const element = iterable.kind === 'token' ? withTransform(iterable, 'iterate') : iterable.kind === 'list' ? (iterable.items.find((item) => item.kind === 'token') ?? UNKNOWN) : UNKNOWN;
        if (ts.isVariableDeclarationList(statement.initializer)) {
          for (const declaration of statement.initializer.declarations) this.bindName(declaration.name, element, scope);
        }
        this.walkStatement(statement.statement, scope);
        return;
      }
      case SK.SwitchStatement: {
        const statement = node as ts.SwitchStatement;
        this.evalExpr(statement.expression, scope);
        for (const clause of statement.caseBlock.clauses) {
          if (ts.isCaseClause(clause)) this.evalExpr(clause.expression, scope);
          this.walkStatements(clause.statements, scope);
        }
        return;
      }
      case SK.ThrowStatement:
        this.evalExpr((node as ts.ThrowStatement).expression, scope);
        return;
      case SK.LabeledStatement:
        this.walkStatement((node as ts.LabeledStatement).statement, scope);
        return;
      case SK.ExportAssignment:
        this.evalExpr((node as ts.ExportAssignment).expression, scope);
        return;
      case SK.ModuleDeclaration: {
        const body = (node as ts.ModuleDeclaration).body;
        if (body && ts.isModuleBlock(body)) this.walkStatements(body.statements, scope);
        return;
      }
      default:
        // type declarations, empty statements, debugger…: nothing that carries tokens
        return;
    }
  }

  private walkCondition(condition: ts.Expression, scope: TsScope): void {
    const value = this.evalExpr(condition, scope);
    if (!this.isSilent) for (const recognizer of this.recognizers) recognizer.onCondition?.(condition, value, this, scope);
  }

  private walkVariableDeclaration(declaration: ts.VariableDeclaration, scope: TsScope): void {
    const init = declaration.initializer;
    if (!init) {
      this.bindName(declaration.name, UNKNOWN, scope);
      return;
    }
    const required = requiredModule(init);
    if (required) {
      this.bindRequire(declaration.name, required);
      return;
    }
    const value = this.evalExpr(init, scope);
    this.bindName(declaration.name, value, scope);
    if (!this.isSilent) for (const recognizer of this.recognizers) recognizer.onAssign?.(declaration.name, value, init, this, scope);
  }

  bindName(name: ts.BindingName, value: Value, scope: TsScope): void {
    if (ts.isIdentifier(name)) {
      scope.vars.set(name.text, value.kind === 'token' ? { ...value, name: name.text } : value);
      return;
    }
    if (ts.isObjectBindingPattern(name)) {
      for (const element of name.elements) {
        const key = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : ts.isIdentifier(element.name) ? element.name.text : undefined;
        let member: Value = UNKNOWN;
        if (value.kind === 'dict' && key) member = value.entries.find((entry) => entry.key === key)?.value ?? UNKNOWN;
        else if (value.kind === 'claims') member = key ? claimsMember(value, key) : value;
        else if (value.kind === 'unknown' && value.name && key) member = this.memberOfUnknown(value.name, key, element);
        this.bindName(element.name, member, scope);
      }
      return;
    }
    name.elements.forEach((element, index) => {
      if (ts.isOmittedExpression(element)) return;
      let item: Value = UNKNOWN;
      if (value.kind === 'list') item = value.items[index] ?? UNKNOWN;
      else if (value.kind === 'token') item = withTransform(value, 'destructure');
      this.bindName(element.name, item, scope);
    });
  }

  /** `const { authorization } = req.headers` gives the token; other members stay unknown. */
  private memberOfUnknown(objectName: string, key: string, element: ts.BindingElement): Value {
    const source = tokenSourceOfProperty(`${objectName}.${key}`, () => this.loc(element));
    return source ? this.tokenValue(source) : (this.importedConstant(`${objectName}.${key}`) ?? { kind: 'unknown', name: `${objectName}.${key}` });
  }

  private walkFunction(node: ts.SignatureDeclaration, outer: TsScope, name?: string): Value {
    const functionName = name ?? (node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) ? node.name.text : '<anonymous>');
    const fn: FunctionModel = { id: this.nextFunctionId++, name: functionName, loc: this.loc(node), touchesToken: false };
    const scope: TsScope = { vars: new Map(), parent: outer, fn, returns: [] };
    for (const parameter of node.parameters) {
      const source = tokenSourceOfParameter(parameter, this);
      if (ts.isIdentifier(parameter.name)) scope.vars.set(parameter.name.text, source ? this.tokenValue(source, parameter.name.text) : { kind: 'unknown', name: parameter.name.text });
      else this.bindName(parameter.name, UNKNOWN, scope);
      if (parameter.initializer) this.evalExpr(parameter.initializer, outer);
    }
    if (!this.isSilent) {
      this.model.functions.push(fn);
      this.functionOf.set(node, fn);
      for (const recognizer of this.recognizers) recognizer.onFunction?.(node, fn, this, scope);
    }
    const body = (node as ts.FunctionLikeDeclarationBase).body;
    if (body && (this.isSilent || this.mayCarryFacts(this.text.slice(node.pos, node.end)) || (ts.canHaveDecorators(node) && (ts.getDecorators(node)?.length ?? 0) > 0))) {
      if (ts.isBlock(body)) this.walkStatements(body.statements, scope);
      else {
        const value = this.evalExpr(body, scope);
        scope.returns.push(value);
        if (!this.isSilent) for (const recognizer of this.recognizers) recognizer.onReturn?.(body, value, this, scope);
      }
    }
    if (!this.isSilent) this.returnsOf.set(fn.id, scope.returns);
    if (node.kind === SK.FunctionDeclaration && node.name && ts.isIdentifier(node.name)) outer.vars.set(node.name.text, { kind: 'unknown', name: node.name.text });
    return { kind: 'unknown', name: `function:${functionName}` };
  }

  private walkClass(node: ts.ClassLikeDeclaration, outer: TsScope): void {
    if (!this.isSilent) for (const recognizer of this.recognizers) recognizer.onClass?.(node, this, outer);
    // `@Module({ imports: [JwtModule.register({ … })] })`: decorator arguments hold configuration
    for (const decorator of ts.getDecorators(node) ?? []) this.evalExpr(decorator.expression, outer);
    const scope: TsScope = { vars: new Map(), parent: outer, fn: outer.fn, returns: [] };
    for (const member of node.members) {
      if (ts.isMethodDeclaration(member) || ts.isConstructorDeclaration(member) || ts.isGetAccessor(member) || ts.isSetAccessor(member)) {
        const memberName = member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) ? member.name.text : ts.isConstructorDeclaration(member) ? 'constructor' : '<member>';
        const className = node.name?.text;
        this.walkFunction(member, scope, className ? `${className}.${memberName}` : memberName);
      } else if (ts.isPropertyDeclaration(member) && member.initializer) {
        const value = this.evalExpr(member.initializer, scope);
        if (!this.isSilent) for (const recognizer of this.recognizers) recognizer.onAssign?.(member.name, value, member.initializer, this, scope);
      }
    }
    if (node.name) outer.vars.set(node.name.text, { kind: 'unknown', name: node.name.text });
  }

  // ---- imports ----

  private recordImport(node: ts.ImportDeclaration): void {
    if (!ts.isStringLiteral(node.moduleSpecifier)) return;
    const moduleName = node.moduleSpecifier.text;
    this.importedModules.add(packageOf(moduleName));
    for (const binding of importDeclarationBindings(node)) {
      this.imports.set(binding.local, binding.qualified);
      this.importBindings.push(binding);
    }
  }

  private bindModule(local: string, moduleName: string): void {
    this.imports.set(local, moduleName);
    this.importBindings.push({ local, specifier: moduleName, imported: '*', qualified: moduleName });
    this.importedModules.add(packageOf(moduleName));
  }

  /** `const jwt = require('x')`, `const { verify, sign: s } = require('x')`, `require('x').verify`. */
  private bindRequire(name: ts.BindingName, required: { module: string; member?: string }): void {
    const base = required.member ? `${required.module}.${required.member}` : required.module;
    this.importedModules.add(packageOf(required.module));
    if (ts.isIdentifier(name)) {
      this.imports.set(name.text, base);
      this.importBindings.push({ local: name.text, specifier: required.module, imported: required.member ?? '*', qualified: base });
      return;
    }
    if (ts.isObjectBindingPattern(name)) {
      for (const element of name.elements) {
        const key = (element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName : element.name) as ts.Node;
        if (ts.isIdentifier(element.name) && ts.isIdentifier(key)) {
          this.imports.set(element.name.text, `${base}.${key.text}`);
          // `const { verify } = require('./auth')`, `const { a } = require('./x').b`: a member of what is required
          if (!required.member) this.importBindings.push({ local: element.name.text, specifier: required.module, imported: key.text, qualified: `${base}.${key.text}` });
        }
      }
    }
  }

  // ---- names ----

  protected nameOf(node: ts.Node): string | undefined {
    return dottedName(node);
  }

  // ---- expressions ----

  evalExpr(node: ts.Expression, scope: TsScope): Value {
    if (!this.isSilent) {
      const cached = this.memo.get(node);
      if (cached) return cached;
    }
    const value = withinValueDepth(this.evalUncached(node, scope));
    if (!this.isSilent) this.memo.set(node, value);
    if (value.kind === 'token') this.markTokenTouched(scope);
    return value;
  }

  private evalUncached(node: ts.Expression, scope: TsScope): Value {
    switch (node.kind) {
      case SK.StringLiteral:
      case SK.NoSubstitutionTemplateLiteral:
        return { kind: 'string', value: (node as ts.StringLiteral).text };
      case SK.NumericLiteral: {
        const parsed = Number((node as ts.NumericLiteral).text);
        return Number.isFinite(parsed) ? { kind: 'number', value: parsed } : UNKNOWN;
      }
      case SK.TrueKeyword:
        return { kind: 'bool', value: true };
      case SK.FalseKeyword:
        return { kind: 'bool', value: false };
      case SK.NullKeyword:
        return { kind: 'none' };
      case SK.Identifier: {
        const name = (node as ts.Identifier).text;
        if (name === 'undefined') return { kind: 'none' };
        const bound = this.lookup(name, scope);
        if (bound) return bound.kind === 'token' ? { ...bound, name } : bound.kind === 'string' && !bound.via ? { ...bound, via: name } : bound;
        const qualified = this.importedName(name);
        return this.importedConstant(qualified) ?? { kind: 'unknown', name: qualified ?? name };
      }
      case SK.TemplateExpression: {
        const template = node as ts.TemplateExpression;
        const parts = template.templateSpans.map((span) => this.evalExpr(span.expression, scope));
        const tokenIndex = parts.findIndex((part) => firstToken(part) !== undefined);
        if (tokenIndex >= 0) {
          // text before the token that looks like a URL query marks the token as written into a URL
          const before = template.head.text + template.templateSpans.slice(0, tokenIndex).map((span) => span.literal.text).join('');
          return withTransform(firstToken(parts[tokenIndex]!)!, URL_QUERY.test(before) ? 'url' : 'template');
        }
        if (parts.every((part) => part.kind === 'string' || part.kind === 'number')) {
          return { kind: 'string', value: template.head.text + template.templateSpans.map((span, index) => String((parts[index] as { value: unknown }).value) + span.literal.text).join('') };
        }
        return UNKNOWN;
      }
      case SK.ParenthesizedExpression:
      case SK.AsExpression:
      case SK.NonNullExpression:
      case SK.TypeAssertionExpression:
      case SK.SatisfiesExpression:
      case SK.AwaitExpression:
        return this.evalExpr((node as ts.ParenthesizedExpression).expression, scope);
      case SK.PropertyAccessExpression:
        return this.evalPropertyAccess(node as ts.PropertyAccessExpression, scope);
      case SK.ElementAccessExpression:
        return this.evalElementAccess(node as ts.ElementAccessExpression, scope);
      case SK.CallExpression:
      case SK.NewExpression:
        return this.evalCall(node as ts.CallExpression | ts.NewExpression, scope);
      case SK.ArrayLiteralExpression:
        return { kind: 'list', items: (node as ts.ArrayLiteralExpression).elements.map((element) => this.evalExpr(ts.isSpreadElement(element) ? element.expression : element, scope)) };
      case SK.ObjectLiteralExpression:
        return this.evalObject(node as ts.ObjectLiteralExpression, scope);
      case SK.BinaryExpression:
        return this.evalBinary(node as ts.BinaryExpression, scope);
      case SK.ConditionalExpression: {
        const conditional = node as ts.ConditionalExpression;
        this.evalExpr(conditional.condition, scope);
        const whenTrue = this.evalExpr(conditional.whenTrue, scope);
        const whenFalse = this.evalExpr(conditional.whenFalse, scope);
        return whenTrue.kind === 'token' ? whenTrue : whenFalse.kind === 'token' ? whenFalse : whenTrue;
      }
      case SK.PrefixUnaryExpression: {
        const unary = node as ts.PrefixUnaryExpression;
        const operand = this.evalExpr(unary.operand, scope);
        if (unary.operator === SK.MinusToken && operand.kind === 'number') return { kind: 'number', value: -operand.value };
        return UNKNOWN;
      }
      case SK.PostfixUnaryExpression:
        this.evalExpr((node as ts.PostfixUnaryExpression).operand, scope);
        return UNKNOWN;
      case SK.ArrowFunction:
      case SK.FunctionExpression:
        return this.walkFunction(node as ts.ArrowFunction, scope, functionNameFromContext(node));
      case SK.ClassExpression:
        this.walkClass(node as ts.ClassExpression, scope);
        return UNKNOWN;
      case SK.TaggedTemplateExpression:
        this.evalExpr((node as ts.TaggedTemplateExpression).template as ts.Expression, scope);
        return UNKNOWN;
      case SK.SpreadElement:
        return this.evalExpr((node as ts.SpreadElement).expression, scope);
      case SK.TypeOfExpression:
      case SK.VoidExpression:
      case SK.DeleteExpression:
        this.evalExpr((node as ts.TypeOfExpression).expression, scope);
        return UNKNOWN;
      case SK.JsxElement:
      case SK.JsxSelfClosingElement:
      case SK.JsxFragment:
        ts.forEachChild(node, (child) => {
          this.evalJsxChild(child, scope);
        });
        return UNKNOWN;
      default:
        return UNKNOWN;
    }
  }

  private evalJsxChild(node: ts.Node, scope: TsScope): void {
    if (ts.isJsxExpression(node)) {
      if (node.expression) this.evalExpr(node.expression, scope);
      return;
    }
    ts.forEachChild(node, (child) => {
      this.evalJsxChild(child, scope);
    });
  }

  private evalObject(node: ts.ObjectLiteralExpression, scope: TsScope): Value {
    const entries: { key: string | null; value: Value }[] = [];
    for (const property of node.properties) {
      if (ts.isPropertyAssignment(property)) {
        const key = propertyKey(property.name);
        entries.push({ key, value: this.evalExpr(property.initializer, scope) });
      } else if (ts.isShorthandPropertyAssignment(property)) {
        entries.push({ key: property.name.text, value: this.evalExpr(property.name, scope) });
      } else if (ts.isSpreadAssignment(property)) {
        const spread = this.evalExpr(property.expression, scope);
        if (spread.kind === 'dict') entries.push(...spread.entries);
        else entries.push({ key: null, value: spread });
      } else if (ts.isMethodDeclaration(property) || ts.isGetAccessor(property) || ts.isSetAccessor(property)) {
        this.walkFunction(property, scope, propertyKey(property.name) ?? undefined);
      }
    }
    return { kind: 'dict', entries };
  }

  private evalBinary(node: ts.BinaryExpression, scope: TsScope): Value {
    const operator = node.operatorToken.kind;
    if (operator === SK.EqualsToken) {
      const value = this.evalExpr(node.right, scope);
      this.assignTo(node.left, value, node.right, scope);
      return value;
    }
    const left = this.evalExpr(node.left, scope);
    const right = this.evalExpr(node.right, scope);
    switch (operator) {
      case SK.PlusToken:
      case SK.PlusEqualsToken: {
        if (left.kind === 'string' && right.kind === 'string') return { kind: 'string', value: left.value + right.value };
        if (left.kind === 'number' && right.kind === 'number') return { kind: 'number', value: left.value + right.value };
        const token = firstToken(left) ?? firstToken(right);
        const result = token ? withTransform(token, 'concatenation') : UNKNOWN;
        if (operator === SK.PlusEqualsToken && token) this.assignTo(node.left, result, node.right, scope);
        return result;
      }
      case SK.AsteriskToken:
        return left.kind === 'number' && right.kind === 'number' ? { kind: 'number', value: left.value * right.value } : UNKNOWN;
      case SK.BarBarToken:
      case SK.QuestionQuestionToken:
        if (left.kind === 'token') return left;
        if (right.kind === 'token') return right;
        // `process.env.X || 'fallback'`: an env value with a literal fallback
        if (left.kind === 'env') return { kind: 'env', name: left.name, fallback: right };
        return left.kind === 'unknown' ? right : left;
      case SK.AmpersandAmpersandToken:
        return right.kind === 'token' ? right : UNKNOWN;
      case SK.EqualsEqualsEqualsToken:
      case SK.EqualsEqualsToken:
      case SK.ExclamationEqualsEqualsToken:
      case SK.ExclamationEqualsToken:
        if (!this.isSilent) {
          const text = ts.tokenToString(operator) ?? '';
          for (const recognizer of this.recognizers) recognizer.onCompare?.(node, text, left, right, this, scope);
        }
        return UNKNOWN;
      default:
        return UNKNOWN;
    }
  }

  private assignTo(target: ts.Expression, value: Value, valueNode: ts.Expression, scope: TsScope): void {
    if (ts.isIdentifier(target)) {
      // assignment to an outer variable updates it where it lives
      let owner: TsScope | undefined = scope;
      while (owner && !owner.vars.has(target.text)) owner = owner.parent;
      (owner ?? scope).vars.set(target.text, value.kind === 'token' ? { ...value, name: target.text } : value);
    } else if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) {
      const name = dottedName(target);
      if (name && (value.kind === 'token' || value.kind === 'claims')) scope.vars.set(name, value);
      this.setDictEntry(target, value, scope);
      this.evalExpr(target.expression, scope);
      if (ts.isElementAccessExpression(target)) this.evalExpr(target.argumentExpression, scope);
    } else if (ts.isObjectLiteralExpression(target) || ts.isArrayLiteralExpression(target)) {
      // destructuring assignment: rare with tokens; evaluate for nested calls only
    }
    if (!this.isSilent) for (const recognizer of this.recognizers) recognizer.onAssign?.(target, value, valueNode, this, scope);
  }

  /** `opts.secretOrKey = v` on a variable holding an object literal: the object gains the entry. */
  private setDictEntry(target: ts.PropertyAccessExpression | ts.ElementAccessExpression, value: Value, scope: TsScope): void {
    if (!ts.isIdentifier(target.expression)) return;
    const key = ts.isPropertyAccessExpression(target) ? target.name.text : ts.isStringLiteralLike(target.argumentExpression) ? target.argumentExpression.text : undefined;
    if (key === undefined) return;
    let owner: TsScope | undefined = scope;
    while (owner && !owner.vars.has(target.expression.text)) owner = owner.parent;
    const current = owner?.vars.get(target.expression.text);
    if (!owner || current?.kind !== 'dict') return;
    owner.vars.set(target.expression.text, { kind: 'dict', entries: [...current.entries.filter((entry) => entry.key !== key), { key, value }] });
  }

  private evalPropertyAccess(node: ts.PropertyAccessExpression, scope: TsScope): Value {
    const dotted = dottedName(node);
    if (dotted) {
      const bound = this.lookup(dotted, scope);
      if (bound) return bound;
      const source = tokenSourceOfProperty(dotted, () => this.loc(node));
      if (source) return this.tokenValue(source);
      const env = /^process\.env\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(dotted);
      if (env) return { kind: 'env', name: env[1]! };
    }
    const object = this.evalExpr(node.expression, scope);
    const member = node.name.text;
    if (object.kind === 'token') return member === 'length' ? UNKNOWN : withTransform(object, `.${member}`);
    if (object.kind === 'claims') return claimsMember(object, member);
    if (object.kind === 'dict') return object.entries.find((entry) => entry.key === member)?.value ?? UNKNOWN;
    const qualified = this.qualifiedName(node);
    return this.importedConstant(qualified) ?? { kind: 'unknown', name: qualified };
  }

  private evalElementAccess(node: ts.ElementAccessExpression, scope: TsScope): Value {
    const object = this.evalExpr(node.expression, scope);
    const index = this.evalExpr(node.argumentExpression, scope);
    if (!this.isSilent) for (const recognizer of this.recognizers) recognizer.onElementAccess?.(node, object, index, this, scope);
    const head = dottedName(node.expression);
    if (head && index.kind === 'string') {
      const source = tokenSourceOfProperty(`${head}.${index.value}`, () => this.loc(node));
      if (source) return this.tokenValue(source);
      if (head === 'process.env') return { kind: 'env', name: index.value };
    }
    if (object.kind === 'token') return withTransform(object, 'index');
    if (object.kind === 'claims') return index.kind === 'string' ? claimsMember(object, index.value) : object;
    if (object.kind === 'dict' && index.kind === 'string') return object.entries.find((entry) => entry.key === index.value)?.value ?? UNKNOWN;
    if (object.kind === 'list' && index.kind === 'number') return object.items.at(index.value) ?? UNKNOWN;
    return UNKNOWN;
  }

  private evalCall(node: ts.CallExpression | ts.NewExpression, scope: TsScope): Value {
    const expression = node.expression;
    let receiver: Value | undefined;
    let receiverNode: ts.Expression | undefined;
    let method: string | undefined;
    if (ts.isPropertyAccessExpression(expression)) {
      receiverNode = expression.expression;
      method = expression.name.text;
      receiver = this.evalExpr(receiverNode, scope);
    } else if (ts.isIdentifier(expression)) {
      method = expression.text;
    } else {
      this.evalExpr(expression, scope);
    }
    const argNodes = [...(node.arguments ?? [])];
    const args = argNodes.map((argument) => this.evalExpr(argument, scope));
    const callee = this.qualifiedName(expression);
    const call: TsCall = { node, callee, method, receiver, receiverNode, args, argNodes, isNew: ts.isNewExpression(node) };

    const source = tokenSourceOfCall(call, this);
    if (source) return this.tokenValue(source);
    let result: Value | undefined;
    for (const recognizer of this.recognizers) {
      const produced = recognizer.onCall?.(call, this, scope);
      if (produced && !result) result = produced;
    }
    if (result) return result;
    return this.builtinCallValue(call, scope);
  }

  /** What well-known pure calls return: string methods on tokens, String(), JSON.stringify, helpers. */
  private builtinCallValue(call: TsCall, scope: TsScope): Value {
    const { method, receiver, args, callee } = call;
    if (receiver?.kind === 'token' && method && TOKEN_PRESERVING_METHODS.has(method)) return withTransform(receiver, method);
    if ((callee === 'String' || callee === 'JSON.stringify' || callee === 'encodeURIComponent' || callee === 'Buffer.from') && args[0]) {
      const token = firstToken(args[0]);
      if (token) return withTransform(token, callee);
      if (args[0].kind === 'string') return args[0];
    }
    // new Error(`bad token ${t}`): the message carries the token wherever the error goes
    if (call.isNew && method && /(?:Error|Exception)$/.test(method)) {
      const token = args.map(firstToken).find(Boolean);
      if (token) return withTransform(token, 'error');
    }
    // key material: `new TextEncoder().encode('s')`, `Buffer.from(process.env.S || 's')`, `createSecretKey(…)` keep the literal or env value
    const wrapsKey = method === 'encode' && call.receiverNode !== undefined && ts.isNewExpression(unwrap(call.receiverNode)) && qualifiedNewName(unwrap(call.receiverNode) as ts.NewExpression, this) === 'TextEncoder';
    if ((wrapsKey || callee === 'Buffer.from' || callee === 'crypto.createSecretKey' || callee === 'createSecretKey' || callee === 'node:crypto.createSecretKey') && args[0] && (args[0].kind === 'string' || args[0].kind === 'env')) return args[0];
    if (method === 'concat' && receiver) {
      const token = firstToken(receiver) ?? args.map(firstToken).find(Boolean);
      if (token) return withTransform(token, 'concat');
    }
    if (method === 'join' && receiver?.kind === 'list') {
      const token = firstToken(receiver);
      if (token) return withTransform(token, 'join');
    }
    if (callee && !callee.includes('.') && this.functionDefs.has(callee)) return this.helperReturn(this.functionDefs.get(callee)!, scope);
    return importedCallValue(call, this, scope) ?? { kind: 'unknown', name: callee ? `${callee}()` : undefined };
  }

  private helperReturn(def: ts.SignatureDeclaration, scope: TsScope): Value {
    const cached = this.helperReturns.get(def);
    if (cached) return cached;
    this.helperReturns.set(def, UNKNOWN); // recursion guard
    this.silent++;
    let result: Value = UNKNOWN;
    try {
      const inner: TsScope = { vars: new Map(), parent: this.moduleScope, fn: undefined, returns: [] };
      for (const parameter of def.parameters) {
        const source = tokenSourceOfParameter(parameter, this);
        if (ts.isIdentifier(parameter.name)) inner.vars.set(parameter.name.text, source ? this.tokenValue(source, parameter.name.text) : UNKNOWN);
      }
      const body = (def as ts.FunctionLikeDeclarationBase).body;
      if (body) {
        if (ts.isBlock(body)) this.walkStatements(body.statements, inner);
        else inner.returns.push(this.evalExpr(body, inner));
      }
      result = inner.returns.find((value) => value.kind === 'token') ?? inner.returns.find((value) => value.kind === 'claims') ?? inner.returns[0] ?? UNKNOWN;
      if (result.kind === 'token') result = withTransform(result, 'helper()');
    } finally {
      this.silent--;
    }
    this.helperReturns.set(def, result);
    if (result.kind === 'token') this.markTokenTouched(scope);
    return result;
  }
}

const TOKEN_PRESERVING_METHODS = new Set([
  'split',
  'replace',
  'replaceAll',
  'slice',
  'substring',
  'substr',
  'trim',
  'trimStart',
  'trimEnd',
  'toLowerCase',
  'toUpperCase',
  'toString',
  'at',
  'pop',
  'shift',
  'match',
  'concat',
  'padStart',
  'padEnd',
]);

/** A member of decoded claims: the same claims, with the member appended to the path read so far. */
function claimsMember(claims: Extract<Value, { kind: 'claims' }>, member: string): Value {
  const path = claims.path ?? [];
  return path.length >= 3 ? claims : { ...claims, path: [...path, member] };
}

function qualifiedNewName(node: ts.NewExpression, lowering: TsLowering): string | undefined {
  return lowering.qualifiedName(node.expression);
}

function unwrap(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isNonNullExpression(current) || ts.isSatisfiesExpression(current)) current = current.expression;
  return current;
}

/** `require('x')`, `require('x').member`, `await import('x')`. */
function requiredModule(init: ts.Expression): { module: string; member?: string } | undefined {
  let node = unwrap(init);
  if (ts.isAwaitExpression(node)) node = unwrap(node.expression);
  let member: string | undefined;
  if (ts.isPropertyAccessExpression(node)) {
    member = node.name.text;
    node = unwrap(node.expression);
  }
  if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0]!)) {
    const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
    const isImport = node.expression.kind === SK.ImportKeyword;
    if (isRequire || isImport) return { module: (node.arguments[0] as ts.StringLiteral).text, member: member === 'default' ? undefined : member };
  }
  return undefined;
}

function packageOf(moduleName: string): string {
  if (moduleName.startsWith('node:')) return moduleName.slice(5);
  const parts = moduleName.split('/');
  return moduleName.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function functionNameFromContext(node: ts.Node): string | undefined {
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent)) return propertyKey(parent.name) ?? undefined;
  return undefined;
}

function hasParseDiagnostics(sourceFile: ts.SourceFile): boolean {
  return ((sourceFile as unknown as { parseDiagnostics?: unknown[] }).parseDiagnostics?.length ?? 0) > 0;
}

export function parseDiagnosticsOf(sourceFile: ts.SourceFile): ts.Diagnostic[] {
  return (sourceFile as unknown as { parseDiagnostics?: ts.Diagnostic[] }).parseDiagnostics ?? [];
}
