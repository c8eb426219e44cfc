/**
 * Builds the control-flow graph of one Python function from its tree-sitter node.
 *
 * One node per simple statement (and per compound statement's header: the condition,
 * the iterable, the with items), built back to front so each block knows its successor.
 * Statements that call, await or yield get an exception edge to the enclosing handler
 * (or the function's raise-exit); `raise`, `abort(...)` have no normal successor.
 * `finally` bodies are copied once per way of leaving the try (fall through, return,
 * raise, break, continue), each copy continuing where that exit goes.
 */
import type { Node } from './syntax-node.js';
import { CfgBuilder, throughFinally, type CfgContext as Ctx } from '../../model/cfg.js';
import type { Cfg, Loc, ResourceEvent } from '../../model/types.js';


const CATCH_ALL = new Set(['Exception', 'BaseException']);
const ABORT = /^(?:flask\.)?abort$|\.abort$/;
/** What may raise: calls, awaits, a yield (the caller throws into it), subscripts (KeyError, IndexError). */
const MAY_RAISE = ['call', 'await', 'yield', 'subscript'];

export function locOf(node: Node): Loc {
  return { line: node.startPosition.row + 1, column: node.startPosition.column + 1, endLine: node.endPosition.row + 1, endColumn: node.endPosition.column + 1 };
}

/** The CFG of a function_definition node; `events` are that function's resource events. */
export function buildPythonCfg(def: Node, events: readonly ResourceEvent[] = []): Cfg {
  const builder = new PyCfgBuilder(def);
  return builder.build(events);
}


class PyCfgBuilder {
  private readonly b: CfgBuilder;
  private readonly ranges: [number, number, number][] = [];

  constructor(private readonly def: Node) {
    this.b = new CfgBuilder(locOf(def));
  }

  build(events: readonly ResourceEvent[]): Cfg {
    const body = this.def.childForFieldName('body');
    const ctx: Ctx = { raise: () => this.b.raiseExit, ret: () => this.b.exit };
    const first = body ? this.block(body.namedChildren, this.b.exit, ctx) : this.b.exit;
    this.b.edge(this.b.entry, first);
    this.b.placeEvents(events, this.ranges);
    return this.b.finish();
  }

  private block(statements: readonly Node[], next: number, ctx: Ctx): number {
    let entry = next;
    for (let index = statements.length - 1; index >= 0; index--) entry = this.statement(statements[index]!, entry, ctx);
    return entry;
  }

  /** A statement node over `range` (defaults to the statement), with an exception edge when it may raise. */
  private simple(node: Node, ctx: Ctx, range: Node | null = node, label?: string): number {
    const id = this.b.add('stmt', locOf(node), label ?? ctx.label);
    if (range) {
      this.ranges.push([id, range.startIndex, range.endIndex]);
      if (mayRaise(range)) this.b.excEdge(id, [ctx.raise()]);
    }
    return id;
  }

  private statement(node: Node, next: number, ctx: Ctx): number {
    switch (node.type) {
      case 'comment':
        return next;
      case 'return_statement': {
        const id = this.simple(node, ctx);
        this.b.edge(id, ctx.ret());
        return id;
      }
      case 'raise_statement': {
        const id = this.b.add('stmt', locOf(node), ctx.label);
        this.ranges.push([id, node.startIndex, node.endIndex]);
        this.b.excEdge(id, [ctx.raise()]);
        return id;
      }
      case 'break_statement': {
        const id = this.b.add('stmt', locOf(node), ctx.label);
        this.b.edge(id, ctx.brk ? ctx.brk() : next);
        return id;
      }
      case 'continue_statement': {
        const id = this.b.add('stmt', locOf(node), ctx.label);
        this.b.edge(id, ctx.cont ? ctx.cont() : next);
        return id;
      }
      case 'expression_statement': {
        const expression = node.namedChildren[0];
        if (expression && isAbort(expression)) {
          // abort(401) raises HTTPException: no normal successor
          const id = this.simple(node, ctx);
          this.b.excEdge(id, [ctx.raise()]);
          return id;
        }
        const isYield = expression?.type === 'yield' || (expression?.type === 'assignment' && expression.childForFieldName('right')?.type === 'yield');
        const id = this.simple(node, ctx, node, isYield ? 'yield' : undefined);
        this.b.edge(id, next);
        return id;
      }
      case 'if_statement':
        return this.ifStatement(node, next, ctx);
      case 'while_statement':
      case 'for_statement':
        return this.loop(node, next, ctx);
      case 'try_statement':
        return this.tryStatement(node, next, ctx);
      case 'with_statement': {
        const clause = node.namedChildren.find((child) => child.type === 'with_clause') ?? null;
        const id = this.simple(node, ctx, clause);
        const body = node.childForFieldName('body');
        this.b.edge(id, body ? this.block(body.namedChildren, next, ctx) : next);
        return id;
      }
      case 'match_statement': {
        const subject = node.childForFieldName('subject');
        const id = this.simple(node, ctx, subject);
        const body = node.childForFieldName('body');
        const cases = body?.namedChildren.filter((child) => child.type === 'case_clause') ?? [];
        for (const clause of cases) {
          const consequence = clause.childForFieldName('consequence');
          this.b.edge(id, consequence ? this.block(consequence.namedChildren, next, ctx) : next);
        }
        this.b.edge(id, next);
        return id;
      }
      case 'function_definition':
      case 'class_definition':
      case 'decorated_definition': {
        // a nested definition only binds a name here; its body is its own function
        const id = this.b.add('stmt', locOf(node), ctx.label);
        this.b.edge(id, next);
        return id;
      }
      default: {
        const id = this.simple(node, ctx);
        this.b.edge(id, next);
        return id;
      }
    }
  }

  private ifStatement(node: Node, next: number, ctx: Ctx): number {
    let alternative = next;
    const alternatives = node.childrenForFieldName('alternative');
    for (let index = alternatives.length - 1; index >= 0; index--) {
      const clause = alternatives[index]!;
      if (clause.type === 'else_clause') {
        const body = clause.childForFieldName('body');
        alternative = body ? this.block(body.namedChildren, next, ctx) : next;
      } else {
        const condition = clause.childForFieldName('condition');
        const id = this.simple(clause, ctx, condition);
        const consequence = clause.childForFieldName('consequence');
        const then = consequence ? this.block(consequence.namedChildren, next, ctx) : next;
        this.b.edge(id, then);
        this.b.edge(id, alternative);
        this.markCondition(id, condition, then, alternative);
        alternative = id;
      }
    }
    const condition = node.childForFieldName('condition');
    const id = this.simple(node, ctx, condition);
    const consequence = node.childForFieldName('consequence');
    const then = consequence ? this.block(consequence.namedChildren, next, ctx) : next;
    this.b.edge(id, then);
    this.b.edge(id, alternative);
    this.markCondition(id, condition, then, alternative);
    return id;
  }

  /**
   * Records the condition (to drop witnesses that take it both ways) and, for
   * `if not redis.set(k, v, nx=True):` / `if not acquired:`, the branch where an acquire failed.
   */
  private markCondition(id: number, condition: Node | null, then: number, otherwise: number): void {
    if (!condition || then === otherwise) return;
    const negated = condition.type === 'not_operator';
    const core = negated ? (condition.namedChildren[0] ?? condition) : condition;
    this.b.node(id).branch = { condition: core.text.replace(/\s+/g, ''), negated, then, otherwise };
    let tested: Node | null = condition;
    let failsWhenTrue = false;
    if (tested.type === 'not_operator') {
      failsWhenTrue = true;
      tested = tested.childForFieldName('argument') ?? tested.namedChildren[0] ?? null;
    } else if (tested.type === 'comparison_operator' && tested.namedChildren[1]?.type === 'none' && /^is\b(?!\s+not)/.test(tested.text.slice(tested.namedChildren[0]!.endIndex - tested.startIndex).trim())) {
      failsWhenTrue = true;
      tested = tested.namedChildren[0] ?? null;
    }
    while (tested && (tested.type === 'parenthesized_expression' || tested.type === 'await')) tested = tested.namedChildren[0] ?? null;
    if (!tested) return;
    const target = failsWhenTrue ? then : otherwise;
    if (tested.type === 'call') this.b.node(id).acquireFailed = { target };
    else if (tested.type === 'identifier') this.b.node(id).acquireFailed = { target, variable: tested.text };
  }

  private loop(node: Node, next: number, ctx: Ctx): number {
    const header = node.type === 'while_statement' ? node.childForFieldName('condition') : node.childForFieldName('right');
    const id = this.simple(node, ctx, header);
    const elseClause = node.childForFieldName('alternative');
    const elseBody = elseClause?.childForFieldName('body');
    const afterLoop = elseBody ? this.block(elseBody.namedChildren, next, ctx) : next;
    const body = node.childForFieldName('body');
    const bodyEntry = body ? this.block(body.namedChildren, id, { ...ctx, brk: () => next, cont: () => id }) : id;
    this.b.edge(id, bodyEntry);
    this.b.edge(id, afterLoop);
    return id;
  }

  private tryStatement(node: Node, next: number, ctx: Ctx): number {
    const handlers = node.namedChildren.filter((child) => child.type === 'except_clause' || child.type === 'except_group_clause');
    const elseBody = node.namedChildren.find((child) => child.type === 'else_clause')?.childForFieldName('body');
    const finallyBlock = node.namedChildren.find((child) => child.type === 'finally_clause')?.namedChildren.find((child) => child.type === 'block');

    let afterTry = next;
    let inner: Ctx = ctx;
    if (finallyBlock) {
      const statements = finallyBlock.namedChildren;
      ({ afterTry, inner } = throughFinally(ctx, next, (continuation, finallyCtx) => this.block(statements, continuation, finallyCtx)));
    }
    let bodyCtx = inner;
    if (handlers.length) {
      const dispatch = this.b.add('handler');
      for (const handler of handlers) {
        const id = this.b.add('handler', locOf(handler), 'except');
        const block = handler.namedChildren.find((child) => child.type === 'block');
        this.b.edge(id, block ? this.block(block.namedChildren, afterTry, { ...inner, label: 'except' }) : afterTry);
        this.b.edge(dispatch, id);
      }
      if (!handlers.some(catchesAll)) this.b.edge(dispatch, inner.raise());
      bodyCtx = { ...inner, raise: () => dispatch };
    }
    const afterBody = elseBody ? this.block(elseBody.namedChildren, afterTry, inner) : afterTry;
    const body = node.childForFieldName('body');
    return body ? this.block(body.namedChildren, afterBody, bodyCtx) : afterBody;
  }
}

function mayRaise(node: Node): boolean {
  if (MAY_RAISE.includes(node.type)) return true;
  return node.descendantsOfType(MAY_RAISE).length > 0;
}

function isAbort(expression: Node): boolean {
  const call = expression.type === 'await' ? expression.namedChildren[0] : expression;
  if (call?.type !== 'call') return false;
  const callee = call.childForFieldName('function')?.text ?? '';
  return ABORT.test(callee);
}

/** A bare `except:` or one naming Exception/BaseException catches whatever the body raises. */
function catchesAll(handler: Node): boolean {
  const caught = handler.namedChildren.find((child) => child.type !== 'block' && child.type !== 'comment');
  if (!caught) return true;
  const type = caught.type === 'as_pattern' ? caught.namedChildren[0] : caught;
  if (!type) return true;
  const names = type.type === 'tuple' ? type.namedChildren.map((child) => child.text) : [type.text];
  return names.some((name) => CATCH_ALL.has(name.split('.').pop() ?? name));
}
