/**
 * Lowers a Python syntax tree into the token model. This module holds the walker, the
 * scopes and the abstract evaluation of expressions (token sources and how token values
 * flow through assignments, string building, containers and helper returns). What a call
 * *means* (a JWT decode, a logger, a cache) lives in the recognizers under ./catalog and
 * ./frameworks, which this walker calls at every call, assignment, function and try.
 */
import type { Node, SyntaxTree } from './syntax-node.js';
import type { FileModel, FunctionModel, Loc, Value } from '../../model/types.js';
import { emptyFileModel } from '../../model/types.js';
import type { Config } from '../../engine/config.js';
import { activeRecognizers } from '../recognizer-rules.js';
import { LoweringBase } from '../lowering-base.js';
import { isTestFile } from '../../engine/files.js';
import { tokenSourceOfCall, tokenSourceOfAttribute, tokenSourceOfSubscript, tokenSourceOfParameter } from './sources.js';
import type { PyCall, PyLowering, Recognizer, Scope } from './lowering-api.js';
import { dottedName, stringContent } from './syntax.js';
import { importedCallValue } from './imported-calls.js';
import { importBindings, importedPackage } from './imports.js';
import type { ImportedKnowledge } from '../../model/knowledge.js';
import { RECOGNIZERS } from './recognizers.js';
import { hasWordOutsideCommentLines } from '../relevance.js';

import { firstToken, withTransform, withinValueDepth, type TokenValue } from '../../model/values.js';

/** Text that must appear, outside comment-only lines, for a file to be worth lowering; the others are only parsed. */
const RELEVANT = /token|jwt|bearer|authori[sz]|secret|passw|flask|fastapi|django|starlette|connexion|jose|authlib|itsdangerous|rest_framework|session|api_?key/gi;

/** unstable-key: the built-in hash() in a file that talks to a shared store, whatever the names say. */
const HASH_CALL = /(?<![\w.])hash\(/;
const SHARED_STORE = /redis|memcache|cache|\.objects\.|filter_by/i;

/**
 * Words without which an undecorated function's body records no fact: token sources and
 * names, verification, denial, dependencies, stores and releases, nested decorators. Half
 * of the lowered lines in the standard library sit in functions without any of them, so
 * their bodies are not walked (the function itself is still known to the recognizers).
 */
export const FUNCTION_RELEVANT = /token|jwt|bearer|authori[sz]|authent|secret|passw|session|api_?key|verify|decode|claims|jti|depends|security|abort|HTTPException|40[13]|unauthori|forbidden|permission|(?<![\w.])hash\(|cache|redis|acquire|release|invalidat|revoke|request|flask|fastapi|django|starlette|jose|authlib|itsdangerous|rest_framework|(?:send|deliver|sms|text|mail|notify)_?\w*?(?:code|otp|pin)|^\s*@/im;

/**
 * Decorators that do not make a function worth walking: they make it a property (with its
 * setter), abstract or a typing overload, never a route, a dependency, a handler or a
 * helper that hands an argument on (a static or class method may be one: those stay
 * walked, for the summary link gives callers in other files). A function with these alone
 * is walked on its words, as an undecorated one.
 */
export const INERT_DECORATOR = /^@[ \t]*(?:(?:functools\.)?cached_property|(?:abc\.)?abstractmethod|(?:typing\.)?overload|property|[\p{ID_Start}_][\p{ID_Continue}]*\.(?:setter|getter|deleter))[ \t]*$/u;

export function isRelevantPython(text: string): boolean {
  return hasWordOutsideCommentLines(text, RELEVANT, '#') || (HASH_CALL.test(text) && SHARED_STORE.test(text));
}

const UNKNOWN: Value = { kind: 'unknown' };

export class PythonLowering extends LoweringBase<Node> implements PyLowering {
  readonly model: FileModel;
  protected readonly functionRelevant = FUNCTION_RELEVANT;
  readonly moduleScope: Scope;
  /** Module-level function definitions, for helper-return evaluation. */
  readonly functionDefs = new Map<string, Node>();
  /** The recognizers whose facts some rule in force reads. */
  readonly recognizers: Recognizer[];
  private readonly memo = new Map<number, Value>();
  private readonly helperReturns = new Map<number, Value>();
  /** Per helper: the parameter its return value derives from (null: none), for token arguments passed through. */
  private readonly helperPassThrough = new Map<number, { index: number; name: string; transforms: string[] } | null>();
  /** Enclosing try statements (innermost last), for handlers that guard a call. */
  readonly tryStack: Node[] = [];

  constructor(
    readonly tree: SyntaxTree,
    readonly text: string,
    file: string,
    readonly config: Config,
    imported?: ImportedKnowledge,
  ) {
    super();
    this.imported = imported;
    this.model = emptyFileModel(file, 'python', countLines(text));
    this.model.isTest = isTestFile(file);
    this.moduleScope = { vars: new Map(), parent: undefined, fn: undefined, returns: [] };
    this.recognizers = activeRecognizers(RECOGNIZERS, config);
  }

  loc(node: Node): Loc {
    return {
      line: node.startPosition.row + 1,
      column: node.startPosition.column + 1,
      endLine: node.endPosition.row + 1,
      endColumn: node.endPosition.column + 1,
    };
  }

  lower(): FileModel {
    const root = this.tree.rootNode;
    for (const child of root.namedChildren) {
      const def = child.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
      if (def?.type === 'function_definition') {
        const name = def.childForFieldName('name')?.text;
        if (name) this.functionDefs.set(name, def);
      }
    }
    this.walkBlock(root, this.moduleScope);
    for (const recognizer of this.recognizers) recognizer.onModuleEnd?.(this);
    this.model.frameworks = [...this.importedModules].sort();
    return this.model;
  }

  // ---- statements ----

  walkBlock(block: Node, scope: Scope): void {
    for (const statement of block.namedChildren) this.walkStatement(statement, scope);
  }

  walkStatement(node: Node, scope: Scope): void {
    switch (node.type) {
      case 'expression_statement':
        for (const child of node.namedChildren) this.evalExpr(child, scope);
        return;
      case 'import_statement':
      case 'import_from_statement':
        this.recordImport(node);
        return;
      case 'decorated_definition': {
        const decorators = node.namedChildren.filter((child) => child.type === 'decorator');
        const definition = node.childForFieldName('definition');
        if (definition?.type === 'function_definition') this.walkFunction(definition, decorators, scope);
        else if (definition?.type === 'class_definition') this.walkClass(definition, decorators, scope);
        return;
      }
      case 'function_definition':
        this.walkFunction(node, [], scope);
        return;
      case 'class_definition':
        this.walkClass(node, [], scope);
        return;
      case 'return_statement': {
        const expression = node.namedChildren[0];
        const value = expression ? this.evalExpr(expression, scope) : { kind: 'none' as const };
        scope.returns.push(value);
        if (!this.isSilent) for (const recognizer of this.recognizers) recognizer.onReturn?.(node, value, this, scope);
        return;
      }
      case 'if_statement': {
        this.walkCondition(node.childForFieldName('condition'), scope);
        const consequence = node.childForFieldName('consequence');
        if (consequence) this.walkBlock(consequence, scope);
        for (const alternative of node.childrenForFieldName('alternative')) {
          if (alternative.type === 'elif_clause') {
            this.walkCondition(alternative.childForFieldName('condition'), scope);
            const body = alternative.childForFieldName('consequence');
            if (body) this.walkBlock(body, scope);
          } else {
            const body = alternative.childForFieldName('body');
            if (body) this.walkBlock(body, scope);
          }
        }
        return;
      }
      case 'while_statement': {
        this.walkCondition(node.childForFieldName('condition'), scope);
        this.walkChildBlocks(node, scope);
        return;
      }
      case 'assert_statement': {
        const condition = node.namedChildren[0];
        this.walkCondition(condition ?? null, scope);
        for (const rest of node.namedChildren.slice(1)) this.evalExpr(rest, scope);
        return;
      }
      case 'for_statement': {
        const right = node.childForFieldName('right');
        const left = node.childForFieldName('left');
        const iterable = right ? this.evalExpr(right, scope) : UNKNOWN;
        if (left) this.bindTarget(left, elementOf(iterable), scope);
        this.walkChildBlocks(node, scope);
        return;
      }
      case 'try_statement': {
        this.tryStack.push(node);
        const body = node.childForFieldName('body');
        if (body) this.walkBlock(body, scope);
        this.tryStack.pop();
        for (const clause of node.namedChildren) {
          if (clause.type === 'except_clause' || clause.type === 'except_group_clause') {
            const alias = clause.namedChildren.find((child) => child.type === 'as_pattern');
            const target = alias?.childForFieldName('alias');
            if (target) this.bindTarget(target, UNKNOWN, scope);
            for (const child of clause.namedChildren) if (child.type === 'block') this.walkBlock(child, scope);
          } else if (clause.type === 'else_clause' || clause.type === 'finally_clause') {
            for (const child of clause.namedChildren) if (child.type === 'block') this.walkBlock(child, scope);
          }
        }
        if (!this.isSilent) for (const recognizer of this.recognizers) recognizer.onTry?.(node, this, scope);
        return;
      }
      case 'with_statement': {
        for (const clause of node.namedChildren) {
          if (clause.type !== 'with_clause') continue;
          for (const item of clause.namedChildren) {
            const value = item.childForFieldName('value');
            if (!value) continue;
            if (value.type === 'as_pattern') {
              const inner = value.namedChildren[0];
              const bound = inner ? this.evalExpr(inner, scope) : UNKNOWN;
              const target = value.childForFieldName('alias');
              if (target) this.bindTarget(target, bound, scope);
            } else {
              this.evalExpr(value, scope);
            }
          }
        }
        const body = node.childForFieldName('body');
        if (body) this.walkBlock(body, scope);
        return;
      }
      case 'match_statement':
      case 'block':
      case 'module':
        for (const child of node.namedChildren) {
          if (child.type === 'block' || isStatement(child)) this.walkStatement(child, scope);
          else this.evalExpr(child, scope);
        }
        return;
      case 'raise_statement':
      case 'delete_statement':
      case 'print_statement':
      case 'exec_statement':
        for (const child of node.namedChildren) this.evalExpr(child, scope);
        return;
      case 'global_statement':
      case 'nonlocal_statement':
      case 'pass_statement':
      case 'break_statement':
      case 'continue_statement':
      case 'comment':
      case 'future_import_statement':
        return;
      default:
        // ERROR nodes and statements this walker does not model: analyse what is inside.
        for (const child of node.namedChildren) {
          if (child.type === 'block' || isStatement(child)) this.walkStatement(child, scope);
          else this.evalExpr(child, scope);
        }
    }
  }

  private walkChildBlocks(node: Node, scope: Scope): void {
    for (const child of node.namedChildren) {
      if (child.type === 'block') this.walkBlock(child, scope);
      else if (child.type === 'else_clause') {
        const body = child.childForFieldName('body');
        if (body) this.walkBlock(body, scope);
      }
    }
  }

  private walkCondition(condition: Node | null, scope: Scope): void {
    if (!condition) return;
    const value = this.evalExpr(condition, scope);
    if (!this.isSilent) for (const recognizer of this.recognizers) recognizer.onCondition?.(condition, value, this, scope);
  }

  private walkFunction(def: Node, decorators: Node[], outer: Scope): void {
    for (const decorator of decorators) for (const child of decorator.namedChildren) this.evalExpr(child, outer);
    const name = def.childForFieldName('name')?.text ?? '<anonymous>';
    const fn: FunctionModel = { id: this.nextFunctionId++, name, loc: this.loc(def), touchesToken: false };
    const scope: Scope = { vars: new Map(), parent: outer, fn, returns: [] };
    const parameters = def.childForFieldName('parameters');
    if (parameters) this.bindParameters(parameters, scope, outer);
    if (!this.isSilent) {
      this.model.functions.push(fn);
      for (const recognizer of this.recognizers) recognizer.onFunction?.(def, decorators, fn, this, scope);
    }
    const body = def.childForFieldName('body');
    const walkedForDecorators = decorators.some((decorator) => !INERT_DECORATOR.test(decorator.text.trim()));
    // a body cut out of the parse was cut for the same words, in a wider text: it would be turned down
    if (body && (walkedForDecorators || this.isSilent || (!this.tree.isCutBody?.(body) && this.mayCarryFacts(this.text.slice(def.startIndex, def.endIndex))))) this.walkBlock(body, scope);
    if (!this.isSilent) this.returnsOf.set(fn.id, scope.returns);
    outer.vars.set(name, { kind: 'unknown', name });
  }

  private walkClass(cls: Node, decorators: Node[], outer: Scope): void {
    for (const decorator of decorators) for (const child of decorator.namedChildren) this.evalExpr(child, outer);
    const superclasses = cls.childForFieldName('superclasses');
    if (superclasses) for (const child of superclasses.namedChildren) this.evalExpr(child, outer);
    if (!this.isSilent) for (const recognizer of this.recognizers) recognizer.onClass?.(cls, decorators, this, outer);
    // Class bodies share the module's view of names: methods see module constants, and
    // class attributes (Django settings classes, config objects) are recorded like assignments.
    const body = cls.childForFieldName('body');
    if (body) this.walkBlock(body, { vars: new Map(), parent: outer, fn: outer.fn, returns: [] });
    const name = cls.childForFieldName('name')?.text;
    if (name) outer.vars.set(name, { kind: 'unknown', name });
  }

  private bindParameters(parameters: Node, scope: Scope, outer: Scope): void {
    for (const parameter of parameters.namedChildren) {
      let nameNode: Node | null = null;
      let defaultNode: Node | null = null;
      let typeNode: Node | null = null;
      switch (parameter.type) {
        case 'identifier':
          nameNode = parameter;
          break;
        case 'typed_parameter':
          nameNode = parameter.namedChildren.find((child) => child.type === 'identifier') ?? null;
          typeNode = parameter.childForFieldName('type');
          break;
        case 'default_parameter':
        case 'typed_default_parameter':
          nameNode = parameter.childForFieldName('name');
          defaultNode = parameter.childForFieldName('value');
          typeNode = parameter.childForFieldName('type');
          break;
        default:
          continue;
      }
      if (!nameNode) continue;
      const name = nameNode.text;
      const source = tokenSourceOfParameter(name, defaultNode, typeNode, this, outer, this.loc(nameNode), parameters.parent?.childForFieldName('name')?.text);
      scope.vars.set(name, source ? this.tokenValue(source, name) : { kind: 'unknown', name });
    }
  }

  private recordImport(node: Node): void {
    for (const binding of importBindings(node)) {
      if (binding.local !== '*') this.imports.set(binding.local, binding.qualified);
      const top = importedPackage(binding);
      if (top) this.importedModules.add(top);
      this.importBindings.push(binding);
    }
  }

  // ---- names ----

  /** A bare name that may come from a `from x import *`: noted as a reference, and named as such. */
  private starImported(name: string): string | undefined {
    if (!this.importBindings.some((binding) => binding.local === '*')) return undefined;
    this.references.add(name);
    return this.imported?.names[name] ? name : undefined;
  }

  protected nameOf(node: Node): string | undefined {
    return dottedName(node);
  }

  // ---- expressions ----

  evalExpr(node: Node, scope: Scope): Value {
    if (!this.isSilent) {
      const cached = this.memo.get(node.id);
      if (cached) return cached;
    }
    const value = withinValueDepth(this.evalUncached(node, scope));
    if (!this.isSilent) this.memo.set(node.id, value);
    if (value.kind === 'token') this.markTokenTouched(scope);
    return value;
  }

  private evalUncached(node: Node, scope: Scope): Value {
    switch (node.type) {
      case 'string':
        return this.evalString(node, scope);
      case 'concatenated_string': {
        const parts = node.namedChildren.map((child) => this.evalExpr(child, scope));
        return joinStrings(parts, 'concatenation');
      }
      case 'integer': {
        const parsed = Number(node.text.replace(/_/g, ''));
        return Number.isFinite(parsed) ? { kind: 'number', value: parsed } : UNKNOWN;
      }
      case 'float': {
        const parsed = Number(node.text.replace(/_/g, ''));
        return Number.isFinite(parsed) ? { kind: 'number', value: parsed } : UNKNOWN;
      }
      case 'true':
        return { kind: 'bool', value: true };
      case 'false':
        return { kind: 'bool', value: false };
      case 'none':
        return { kind: 'none' };
      case 'identifier': {
        const name = node.text;
        const bound = this.lookup(name, scope);
        if (bound) return bound.kind === 'token' ? { ...bound, name } : bound;
        const qualified = this.importedName(name) ?? this.starImported(name);
        return this.importedConstant(qualified) ?? { kind: 'unknown', name: qualified ?? name };
      }
      case 'attribute':
        return this.evalAttribute(node, scope);
      case 'subscript':
        return this.evalSubscript(node, scope);
      case 'call':
        return this.evalCall(node, scope);
      case 'await':
      case 'parenthesized_expression':
      case 'expression_list':
        if (node.namedChildren.length === 1) return this.evalExpr(node.namedChildren[0]!, scope);
        return { kind: 'list', items: node.namedChildren.map((child) => this.evalExpr(child, scope)) };
      case 'list':
      case 'tuple':
      case 'set':
        return { kind: 'list', items: node.namedChildren.filter((child) => child.type !== 'comment').map((child) => this.evalExpr(child, scope)) };
      case 'dictionary':
        return this.evalDictionary(node, scope);
      case 'binary_operator':
        return this.evalBinary(node, scope);
      case 'boolean_operator': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const leftValue = left ? this.evalExpr(left, scope) : UNKNOWN;
        const rightValue = right ? this.evalExpr(right, scope) : UNKNOWN;
        // `a or b`: either may be the result; a token on either side taints it.
        if (leftValue.kind === 'token') return leftValue;
        if (rightValue.kind === 'token') return rightValue;
        if (node.childForFieldName('operator')?.text === 'or' && leftValue.kind === 'unknown') return rightValue;
        // `os.environ.get("SECRET_KEY") or "dev-key"`: the literal is the lookup's fallback
        if (node.childForFieldName('operator')?.text === 'or' && leftValue.kind === 'env' && isEmptyFallback(leftValue.fallback) && rightValue.kind !== 'unknown') return { kind: 'env', name: leftValue.name, fallback: rightValue };
        return UNKNOWN;
      }
      case 'conditional_expression': {
        const values = node.namedChildren.map((child) => this.evalExpr(child, scope));
        // `a if condition else b`: the condition (values[1]) is tested, never the result
        const results = values.filter((_, index) => index !== 1);
        return results.find((value) => value.kind === 'token') ?? results[0] ?? UNKNOWN;
      }
      case 'comparison_operator':
        return this.evalComparison(node, scope);
      case 'not_operator':
      case 'unary_operator': {
        const argument = node.namedChildren[0];
        const value = argument ? this.evalExpr(argument, scope) : UNKNOWN;
        if (node.type === 'unary_operator' && node.child(0)?.text === '-' && value.kind === 'number') return { kind: 'number', value: -value.value };
        return UNKNOWN;
      }
      case 'assignment':
        return this.evalAssignment(node, scope);
      case 'augmented_assignment': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const rightValue = right ? this.evalExpr(right, scope) : UNKNOWN;
        if (left?.type === 'identifier' && rightValue.kind === 'token') scope.vars.set(left.text, rightValue);
        return rightValue;
      }
      case 'named_expression': {
        const name = node.childForFieldName('name');
        const valueNode = node.childForFieldName('value');
        const value = valueNode ? this.evalExpr(valueNode, scope) : UNKNOWN;
        if (name) scope.vars.set(name.text, value);
        return value;
      }
      case 'lambda':
        return UNKNOWN;
      case 'list_comprehension':
      case 'set_comprehension':
      case 'generator_expression':
      case 'dictionary_comprehension': {
        const inner: Scope = { vars: new Map(), parent: scope, fn: scope.fn, returns: [] };
        for (const clause of node.namedChildren.filter((child) => child.type === 'for_in_clause')) {
          const right = clause.childForFieldName('right');
          const left = clause.childForFieldName('left');
          const iterable = right ? this.evalExpr(right, inner) : UNKNOWN;
          if (left) this.bindTarget(left, elementOf(iterable), inner);
        }
        for (const child of node.namedChildren) if (child.type !== 'for_in_clause') this.evalExpr(child, inner);
        return UNKNOWN;
      }
      default:
        for (const child of node.namedChildren) this.evalExpr(child, scope);
        return UNKNOWN;
    }
  }

  private evalString(node: Node, scope: Scope): Value {
    const interpolations = node.namedChildren.filter((child) => child.type === 'interpolation');
    const prefix = node.child(0)?.text ?? '';
    if (interpolations.length === 0) {
      if (/[bB]/.test(prefix) && !/[rR]/.test(prefix)) return { kind: 'string', value: stringContent(node) };
      return { kind: 'string', value: stringContent(node) };
    }
    const parts: Value[] = [];
    for (const interpolation of interpolations) {
      const expression = interpolation.childForFieldName('expression');
      if (expression) parts.push(this.evalExpr(expression, scope));
    }
    // a container interpolated whole (`f"{headers}"`, `f"{token_json}"`) writes out the token inside it
    const token = parts.map(firstToken).find((part): part is TokenValue => part !== undefined);
    if (token) return urlIfShaped(withTransform(preferUnredacted(parts) ?? token, 'f-string'), stringContent(node));
    return { kind: 'unknown' };
  }

  private evalDictionary(node: Node, scope: Scope): Value {
    const entries: { key: string | null; value: Value }[] = [];
    for (const pair of node.namedChildren) {
      if (pair.type === 'pair') {
        const keyNode = pair.childForFieldName('key');
        const valueNode = pair.childForFieldName('value');
        const key = keyNode ? this.evalExpr(keyNode, scope) : UNKNOWN;
        const value = valueNode ? this.evalExpr(valueNode, scope) : UNKNOWN;
        entries.push({ key: key.kind === 'string' ? key.value : null, value });
      } else if (pair.type === 'dictionary_splat') {
        const inner = pair.namedChildren[0];
        const value = inner ? this.evalExpr(inner, scope) : UNKNOWN;
        if (value.kind === 'dict') entries.push(...value.entries);
        else entries.push({ key: null, value });
      }
    }
    return { kind: 'dict', entries };
  }

  private evalBinary(node: Node, scope: Scope): Value {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    const operator = node.childForFieldName('operator')?.text;
    const leftValue = left ? this.evalExpr(left, scope) : UNKNOWN;
    const rightValue = right ? this.evalExpr(right, scope) : UNKNOWN;
    if (operator === '+') {
      if (leftValue.kind === 'string' && rightValue.kind === 'string') return { kind: 'string', value: leftValue.value + rightValue.value };
      if (leftValue.kind === 'number' && rightValue.kind === 'number') return { kind: 'number', value: leftValue.value + rightValue.value };
      if (isDuration(leftValue) && isDuration(rightValue)) return { kind: 'duration', seconds: durationSeconds(leftValue) + durationSeconds(rightValue) };
      // now() + 3600 where a recognizer evaluates now() as a zero duration (expiry arithmetic)
      if (isDuration(leftValue) && rightValue.kind === 'number') return { kind: 'duration', seconds: durationSeconds(leftValue) + rightValue.value };
      if (leftValue.kind === 'number' && isDuration(rightValue)) return { kind: 'duration', seconds: leftValue.value + durationSeconds(rightValue) };
      const joined = joinStrings([leftValue, rightValue], 'concatenation');
      // `BASE + "?token=" + token`: the literal sits in a nested `+` whose value is unknown
      return joined.kind === 'token' ? urlIfShaped(joined, concatenatedLiterals(node)) : joined;
    }
    if (operator === '%') {
      const token = firstToken(rightValue);
      if (token) return urlIfShaped(withTransform(token, '%-format'), leftValue.kind === 'string' ? leftValue.value : '');
      return UNKNOWN;
    }
    if (operator === '*' && leftValue.kind === 'number' && rightValue.kind === 'number') return { kind: 'number', value: leftValue.value * rightValue.value };
    if (operator === '*' && isDuration(leftValue) && rightValue.kind === 'number') return { kind: 'duration', seconds: durationSeconds(leftValue) * rightValue.value };
    if (operator === '*' && leftValue.kind === 'number' && isDuration(rightValue)) return { kind: 'duration', seconds: durationSeconds(rightValue) * leftValue.value };
    return UNKNOWN;
  }

  private evalComparison(node: Node, scope: Scope): Value {
    const operands = node.namedChildren;
    const values = operands.map((operand) => this.evalExpr(operand, scope));
    const operators = node.childrenForFieldName('operators').map((operator) => operator.text);
    if (!this.isSilent) {
      for (let index = 0; index + 1 < values.length; index++) {
        const operator = operators[index] ?? '';
        for (const recognizer of this.recognizers) recognizer.onCompare?.(node, operator, values[index]!, values[index + 1]!, this, scope);
      }
    }
    return UNKNOWN;
  }

  private evalAssignment(node: Node, scope: Scope): Value {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!right) {
      // annotated declaration without a value
      return UNKNOWN;
    }
    const value = this.evalExpr(right, scope);
    if (left) {
      this.bindTarget(left, value, scope);
      if (!this.isSilent) for (const recognizer of this.recognizers) recognizer.onAssign?.(left, value, right, this, scope);
    }
    return value;
  }

  bindTarget(target: Node, value: Value, scope: Scope): void {
    if (target.type === 'identifier') {
      scope.vars.set(target.text, value.kind === 'token' ? { ...value, name: target.text } : value);
      return;
    }
    if (target.type === 'pattern_list' || target.type === 'tuple_pattern' || target.type === 'list_pattern' || target.type === 'tuple' || target.type === 'list') {
      const targets = target.namedChildren;
      targets.forEach((child, index) => {
        let element: Value;
        if (value.kind === 'list') element = value.items[index] ?? UNKNOWN;
        else if (value.kind === 'token') element = markSchemePart(withTransform(value, 'unpack'), value, index);
        else element = UNKNOWN;
        this.bindTarget(child, element, scope);
      });
      return;
    }
    if (target.type === 'attribute' || target.type === 'subscript') {
      // self.token = … / config["X"] = …: remember token-derived values by their dotted text
      const name = dottedName(target) ?? target.text;
      if (value.kind === 'token' || value.kind === 'claims') scope.vars.set(name, value);
      if (target.type === 'subscript') {
        const object = target.childForFieldName('value');
        if (object) this.evalExpr(object, scope);
        if (object?.type === 'identifier') this.setDictEntry(object.text, target.childForFieldName('subscript'), value, scope);
      }
    }
  }

  /**
   * `payload["exp"] = …` on a name bound to a dict: rebind the name to the dict with that
   * entry (also while silent); a computed key adds an entry with a null key (contents unknown).
   */
  private setDictEntry(name: string, keyNode: Node | null, value: Value, scope: Scope): void {
    const literal = keyNode?.type === 'string' && !keyNode.namedChildren.some((child) => child.type === 'interpolation');
    const key = literal ? stringContent(keyNode) : null;
    for (let current: Scope | undefined = scope; current; current = current.parent) {
      const bound = current.vars.get(name);
      if (!bound) continue;
      if (bound.kind === 'dict') current.vars.set(name, { kind: 'dict', entries: [...bound.entries.filter((entry) => key === null || entry.key !== key), { key, value }] });
      return;
    }
  }

  private evalAttribute(node: Node, scope: Scope): Value {
    const object = node.childForFieldName('object');
    const attribute = node.childForFieldName('attribute')?.text ?? '';
    const dotted = dottedName(node);
    if (dotted) {
      const bound = this.lookup(dotted, scope);
      if (bound) return bound;
    }
    const source = tokenSourceOfAttribute(node, this, scope);
    if (source) return this.tokenValue(source);
    const objectValue = object ? this.evalExpr(object, scope) : UNKNOWN;
    if (objectValue.kind === 'token') {
      // HTTPAuthorizationCredentials.credentials, request.authorization.token …
      return withTransform(objectValue, `.${attribute}`);
    }
    if (objectValue.kind === 'claims') return objectValue;
    if (objectValue.kind === 'duration' && (attribute === 'seconds' || attribute === 'total_seconds')) return { kind: 'number', value: objectValue.seconds };
    const qualified = this.qualifiedName(node);
    return this.importedConstant(qualified) ?? { kind: 'unknown', name: qualified };
  }

  private evalSubscript(node: Node, scope: Scope): Value {
    const object = node.childForFieldName('value');
    const indexNode = node.childForFieldName('subscript');
    const source = tokenSourceOfSubscript(node, this, scope);
    const objectValue = object ? this.evalExpr(object, scope) : UNKNOWN;
    const index = indexNode ? this.evalExpr(indexNode, scope) : UNKNOWN;
    if (!this.isSilent) for (const recognizer of this.recognizers) recognizer.onSubscript?.(node, objectValue, index, this, scope);
    if (source) return this.tokenValue(source);
    if (objectValue.kind === 'token' && indexNode?.type === 'slice') return withTransform(objectValue, sliceTransform(indexNode));
    if (objectValue.kind === 'token') return markSchemePart(withTransform(objectValue, 'index'), objectValue, index.kind === 'number' ? index.value : undefined);
    if (objectValue.kind === 'claims') return objectValue;
    if (objectValue.kind === 'dict' && index.kind === 'string') return objectValue.entries.find((entry) => entry.key === index.value)?.value ?? UNKNOWN;
    if (objectValue.kind === 'list' && index.kind === 'number') return objectValue.items.at(index.value) ?? UNKNOWN;
    if (objectValue.kind === 'list') return firstToken(objectValue) ?? UNKNOWN;
    const dotted = dottedName(node);
    return dotted ? { kind: 'unknown', name: dotted } : UNKNOWN;
  }

  private evalCall(node: Node, scope: Scope): Value {
    const functionNode = node.childForFieldName('function');
    const argumentsNode = node.childForFieldName('arguments');
    let receiver: Value | undefined;
    let receiverNode: Node | undefined;
    let method: string | undefined;
    if (functionNode?.type === 'attribute') {
      receiverNode = functionNode.childForFieldName('object') ?? undefined;
      method = functionNode.childForFieldName('attribute')?.text;
      receiver = receiverNode ? this.evalExpr(receiverNode, scope) : undefined;
    } else if (functionNode?.type === 'identifier') {
      method = functionNode.text;
    } else if (functionNode) {
      this.evalExpr(functionNode, scope);
    }
    const args: Value[] = [];
    const argNodes: Node[] = [];
    const kwargs = new Map<string, Value>();
    const kwargNodes = new Map<string, Node>();
    const splats: Value[] = [];
    if (argumentsNode) {
      for (const argument of argumentsNode.namedChildren) {
        if (argument.type === 'keyword_argument') {
          const name = argument.childForFieldName('name')?.text;
          const valueNode = argument.childForFieldName('value');
          if (name && valueNode) {
            kwargs.set(name, this.evalExpr(valueNode, scope));
            kwargNodes.set(name, valueNode);
          }
        } else if (argument.type === 'dictionary_splat') {
          const inner = argument.namedChildren[0];
          if (inner) splats.push(this.evalExpr(inner, scope));
        } else if (argument.type === 'list_splat') {
          const inner = argument.namedChildren[0];
          if (inner) this.evalExpr(inner, scope);
        } else if (argument.type !== 'comment') {
          args.push(this.evalExpr(argument, scope));
          argNodes.push(argument);
        }
      }
    }
    const callee = functionNode ? this.qualifiedName(functionNode) : undefined;
    const call: PyCall = { node, callee, method, receiver, receiverNode, args, argNodes, kwargs, kwargNodes, splats };

    const source = tokenSourceOfCall(call, this, scope);
    if (source) return this.tokenValue(source);

    let result: Value | undefined;
    if (!this.isSilent) {
      for (const recognizer of this.recognizers) {
        const produced = recognizer.onCall?.(call, this, scope);
        if (produced && !result) result = produced;
      }
    } else {
      for (const recognizer of this.recognizers) {
        // in silent mode recognizers may still give values (a decode's claims) but must not record facts
        const produced = recognizer.onCall?.(call, this, scope);
        if (produced && !result) result = produced;
      }
    }
    if (result) return result;
    return this.builtinCallValue(call, scope);
  }

  /** What well-known pure calls return: string methods on tokens, str(), format, dict(), timedelta, getenv. */
  private builtinCallValue(call: PyCall, scope: Scope): Value {
    const { method, receiver, args, kwargs } = call;
    if (receiver?.kind === 'token' && method && TOKEN_PRESERVING_METHODS.has(method)) return withTransform(receiver, method);
    if (receiver?.kind === 'string' && method === 'format') {
      const token = [...args, ...kwargs.values()].map(firstToken).find(Boolean);
      return token ? urlIfShaped(withTransform(token, '.format'), receiver.value) : UNKNOWN;
    }
    if (receiver?.kind === 'string' && method === 'join') {
      const token = args[0] ? firstToken(args[0]) : undefined;
      return token ? withTransform(token, 'join') : UNKNOWN;
    }
    if (receiver?.kind === 'string' && method && STRING_PRESERVING_METHODS.has(method)) return receiver;
    const callee = call.callee;
    if ((callee === 'str' || callee === 'repr' || callee === 'bytes') && args[0]) {
      const token = firstToken(args[0]);
      if (token) return withTransform(token, callee);
      if (args[0].kind === 'string') return args[0];
    }
    if (callee === 'dict') return { kind: 'dict', entries: [...kwargs].map(([key, value]) => ({ key, value })) };
    if (callee === 'list' || callee === 'tuple' || callee === 'set' || callee === 'frozenset') return args[0] ?? { kind: 'list', items: [] };
    if (callee === 'int' && args[0]?.kind === 'number') return args[0];
    if (callee === 'int' && args[0]?.kind === 'string' && /^\d+$/.test(args[0].value)) return { kind: 'number', value: Number(args[0].value) };
    // int(os.getenv("ACCESS_TOKEN_EXPIRE_MINUTES", "60")): the literal default is what runs when the variable is unset
    if (callee === 'int' && args[0]?.kind === 'env' && args[0].fallback?.kind === 'number') return args[0].fallback;
    if (callee === 'int' && args[0]?.kind === 'env' && args[0].fallback?.kind === 'string' && /^\d+$/.test(args[0].fallback.value)) return { kind: 'number', value: Number(args[0].fallback.value) };
    if (callee === 'os.getenv' || callee === 'os.environ.get' || callee === 'environ.get' || callee === 'getenv') {
      const name = args[0]?.kind === 'string' ? args[0].value : '?';
      const fallback = args[1] ?? kwargs.get('default');
      return fallback ? { kind: 'env', name, fallback } : { kind: 'env', name };
    }
    if (callee === 'datetime.timedelta' || callee === 'timedelta') return durationFromKeywords(args, kwargs);
    if (callee && this.functionDefs.has(callee) && !callee.includes('.')) {
      const def = this.functionDefs.get(callee)!;
      const returned = this.helperReturn(def, scope);
      return returned.kind === 'unknown' || returned.kind === 'none' ? (this.passedThrough(def, call, scope) ?? returned) : returned;
    }
    if (call.receiver?.kind === 'env' && method === 'get') return call.receiver;
    return importedCallValue(call, this, scope) ?? { kind: 'unknown', name: callee ? `${callee}()` : undefined };
  }

  /** The value a module-level helper returns, evaluated once, without recording facts. */
  /**
   * `bearer(header)` where the helper returns something derived from its parameter
   * (`return header.split()[1]`): the token argument, with the helper's transforms. Only
   * asked when a token is passed and the helper's own return value is unknown.
   */
  private passedThrough(def: Node, call: PyCall, scope: Scope): TokenValue | undefined {
    if (!call.args.some((argument) => argument.kind === 'token') && ![...call.kwargs.values()].some((argument) => argument.kind === 'token')) return undefined;
    let through = this.helperPassThrough.get(def.id);
    if (through === undefined) {
      this.helperPassThrough.set(def.id, null); // recursion guard
      through = this.parameterReturned(def);
      this.helperPassThrough.set(def.id, through);
    }
    if (!through) return undefined;
    const argument = call.kwargs.get(through.name) ?? call.args[through.index];
    if (argument?.kind !== 'token') return undefined;
    this.markTokenTouched(scope);
    return { ...argument, transforms: [...argument.transforms, ...through.transforms, `${def.childForFieldName('name')?.text ?? 'helper'}()`] };
  }

  /** Which parameter a helper returns a value derived from, found by walking it once with each parameter as a marked token. */
  parameterReturned(def: Node): { index: number; name: string; transforms: string[] } | null {
    const parameters = def.childForFieldName('parameters');
    const body = def.childForFieldName('body');
    if (!parameters || !body) return null;
    const names = parameters.namedChildren.map((parameter) => (parameter.type === 'identifier' ? parameter : (parameter.childForFieldName('name') ?? parameter.namedChildren.find((child) => child.type === 'identifier')))?.text);
    const inner: Scope = { vars: new Map(), parent: this.moduleScope, fn: undefined, returns: [] };
    this.silent++;
    try {
      names.forEach((name, index) => {
        if (name) inner.vars.set(name, this.tokenValue({ kind: 'named', name: `${PARAMETER_MARK}${index}`, loc: this.loc(parameters), strength: 'weak' }, name));
      });
      this.walkBlock(body, inner);
    } finally {
      this.silent--;
    }
    for (const value of inner.returns) {
      if (value.kind !== 'token' || !value.source.name.startsWith(PARAMETER_MARK)) continue;
      const index = Number(value.source.name.slice(PARAMETER_MARK.length));
      return { index, name: names[index] ?? '', transforms: value.transforms };
    }
    return null;
  }

  helperReturn(def: Node, scope: Scope): Value {
    const cached = this.helperReturns.get(def.id);
    if (cached) return cached;
    this.helperReturns.set(def.id, UNKNOWN); // recursion guard
    this.silent++;
    let result: Value = UNKNOWN;
    try {
      const inner: Scope = { vars: new Map(), parent: this.moduleScope, fn: undefined, returns: [] };
      const parameters = def.childForFieldName('parameters');
      if (parameters) this.bindParameters(parameters, inner, this.moduleScope);
      const body = def.childForFieldName('body');
      if (body) this.walkBlock(body, inner);
      result = inner.returns.find((value) => value.kind === 'token') ?? inner.returns.find((value) => value.kind === 'claims') ?? inner.returns[0] ?? UNKNOWN;
      if (result.kind === 'token') result = withTransform(result, `${def.childForFieldName('name')?.text ?? 'helper'}()`);
    } finally {
      this.silent--;
    }
    this.helperReturns.set(def.id, result);
    if (result.kind === 'token') this.markTokenTouched(scope);
    return result;
  }
}

/** Marks the stand-in token bound to a helper's parameter while finding what it returns. */
const PARAMETER_MARK = '\u0000parameter:';

const TOKEN_PRESERVING_METHODS = new Set([
  'split',
  'rsplit',
  'partition',
  'rpartition',
  'strip',
  'lstrip',
  'rstrip',
  'removeprefix',
  'removesuffix',
  'replace',
  'lower',
  'upper',
  'casefold',
  'encode',
  'decode',
  'format',
  'splitlines',
  'get',
]);
const STRING_PRESERVING_METHODS = new Set(['encode', 'strip', 'lower', 'upper']);

function isStatement(node: Node): boolean {
  return node.type.endsWith('_statement') || node.type === 'function_definition' || node.type === 'class_definition' || node.type === 'decorated_definition';
}

function joinStrings(parts: Value[], transform: string): Value {
  const token = preferUnredacted(parts) ?? parts.map(firstToken).find(Boolean);
  if (token) return urlIfShaped(withTransform(token, transform), parts.map((part) => (part.kind === 'string' ? part.value : ' ')).join(''));
  if (parts.every((part) => part.kind === 'string')) return { kind: 'string', value: parts.map((part) => (part as { value: string }).value).join('') };
  return UNKNOWN;
}

/** Literal text that builds a URL: a scheme, or a query parameter being assigned (`?token=`, `&jwt=`). */
const URL_SHAPED = /^[a-z][a-z0-9+.-]*:\/\/|[?&][\w.[\]-]+=/i;

/** Marks a token built into URL-shaped text with the 'url' transform (once: later string building keeps it). */
function urlIfShaped(token: TokenValue, literalText: string): TokenValue {
  if (token.transforms.includes('url') || !URL_SHAPED.test(literalText)) return token;
  return withTransform(token, 'url');
}

/** The longest slice treated as a redacted prefix or suffix (`token[:8]`, `token[-4:]`). */
const REDACTED_SLICE_MAX = 8;

/** 'redacted-slice' for a literal slice of at most REDACTED_SLICE_MAX characters, 'slice' otherwise. */
function sliceTransform(slice: Node): string {
  const bounds: (number | undefined)[] = [];
  let current: number | undefined;
  let sawValue = false;
  for (const child of slice.children) {
    if (child.type === ':') {
      bounds.push(sawValue ? current : undefined);
      current = undefined;
      sawValue = false;
    } else if (child.isNamed) {
      sawValue = true;
      const text = child.text.replace(/\s+/g, '');
      current = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
    }
  }
  bounds.push(sawValue ? current : undefined);
  const [start, stop, step] = bounds;
  if ([start, stop, step].some((bound) => bound !== undefined && Number.isNaN(bound))) return 'slice';
  if (step !== undefined && step !== 1) return 'slice';
  const from = start ?? 0;
  let length: number | undefined;
  if (stop === undefined) length = from < 0 ? -from : undefined; // token[-4:]
  else if (from >= 0 && stop >= 0) length = stop - from; // token[:8], token[2:6]
  else if (from < 0 && stop < 0) length = stop - from; // token[-6:-2]
  return length !== undefined && length <= REDACTED_SLICE_MAX ? 'redacted-slice' : 'slice';
}

/** The literal strings of a `+` chain, in order (`a + "?token=" + t` → "?token="). */
function concatenatedLiterals(node: Node): string {
  if (node.type === 'string') return stringContent(node);
  if (node.type === 'parenthesized_expression') return node.namedChildren.map(concatenatedLiterals).join('');
  if (node.type !== 'binary_operator' || node.childForFieldName('operator')?.text !== '+') return ' ';
  return node.namedChildren.map(concatenatedLiterals).join('');
}

/**
 * The first part of a split or partitioned header is the scheme ("Bearer"), not the
 * credential: `header.split()[0]`, `scheme, _, token = header.partition(" ")`. Marked
 * 'first-part' so that sinks can tell it from the token.
 */
function markSchemePart(result: TokenValue, split: TokenValue, index: number | undefined): TokenValue {
  const last = split.transforms.at(-1);
  const isSplit = last === 'split' || last === 'rsplit' || last === 'partition' || last === 'rpartition';
  return isSplit && index === 0 ? withTransform(result, 'first-part') : result;
}

/** The first token among parts that is not a redacted slice: `f"{token[:6]}…{token}"` still carries the whole token. */
function preferUnredacted(parts: Value[]): TokenValue | undefined {
  for (const part of parts) {
    const token = firstToken(part);
    if (token && !token.transforms.includes('redacted-slice')) return token;
  }
  return undefined;
}

function elementOf(iterable: Value): Value {
  if (iterable.kind === 'list') return iterable.items.find((item) => item.kind === 'token') ?? UNKNOWN;
  if (iterable.kind === 'token') return withTransform(iterable, 'iterate');
  return UNKNOWN;
}

/** No fallback, or one that is falsy (`os.environ.get("X", "") or "literal"`): `or` goes on to the right side. */
function isEmptyFallback(fallback: Value | undefined): boolean {
  return fallback === undefined || fallback.kind === 'none' || (fallback.kind === 'string' && fallback.value === '') || (fallback.kind === 'bool' && !fallback.value);
}

function isDuration(value: Value): value is Extract<Value, { kind: 'duration' }> {
  return value.kind === 'duration';
}

function durationSeconds(value: Extract<Value, { kind: 'duration' }>): number {
  return value.seconds;
}

const SECONDS_PER_UNIT: Record<string, number> = { weeks: 604800, days: 86400, hours: 3600, minutes: 60, seconds: 1, milliseconds: 0.001, microseconds: 0.000001 };
const TIMEDELTA_POSITIONAL = ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks'];

function durationFromKeywords(args: Value[], kwargs: Map<string, Value>): Value {
  let seconds = 0;
  for (const [index, value] of args.entries()) {
    if (value.kind !== 'number') return UNKNOWN;
    seconds += value.value * SECONDS_PER_UNIT[TIMEDELTA_POSITIONAL[index]!]!;
  }
  for (const [key, value] of kwargs) {
    const unit = SECONDS_PER_UNIT[key];
    if (unit === undefined || value.kind !== 'number') return UNKNOWN;
    seconds += value.value * unit;
  }
  return { kind: 'duration', seconds };
}

export function countLines(text: string): number {
  if (text.length === 0) return 0;
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines++;
  return text.endsWith('\n') ? lines - 1 : lines;
}
