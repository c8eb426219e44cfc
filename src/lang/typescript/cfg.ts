/**
 * Builds the control-flow graph of one JS/TS function from its compiler node.
 *
 * One node per simple statement and per compound statement's header (the condition, the
 * iterable, the switch subject), built back to front. Statements that call, construct or
 * await get an exception edge to the enclosing catch (or the function's raise-exit);
 * `throw` has no normal successor. `finally` blocks are copied once per way of leaving
 * the try (fall through, return, throw, break, continue). Labels on break/continue are
 * taken as the innermost loop.
 */
import { ts } from 'ts-morph';
import { CfgBuilder, throughFinally, type CfgContext as Ctx } from '../../model/cfg.js';
import type { Cfg, Loc, ResourceEvent } from '../../model/types.js';


const SK = ts.SyntaxKind;

/** The CFG of a function-like node; `events` are that function's resource events (offsets are node.pos). */
export function buildTsCfg(fn: ts.SignatureDeclaration, sourceFile: ts.SourceFile, events: readonly ResourceEvent[] = []): Cfg {
  return new TsCfgBuilder(fn, sourceFile).build(events);
}


class TsCfgBuilder {
  private readonly b: CfgBuilder;
  private readonly ranges: [number, number, number][] = [];

  constructor(
    private readonly fn: ts.SignatureDeclaration,
    private readonly sourceFile: ts.SourceFile,
  ) {
    this.b = new CfgBuilder(this.loc(fn));
  }

  build(events: readonly ResourceEvent[]): Cfg {
    const body = (this.fn as ts.FunctionLikeDeclarationBase).body;
    const ctx: Ctx = { raise: () => this.b.raiseExit, ret: () => this.b.exit };
    let first: number = this.b.exit;
    if (body && ts.isBlock(body)) first = this.block(body.statements, this.b.exit, ctx);
    else if (body) {
      // `async (req, res) => expr`: one statement that returns
      first = this.simple(body, ctx);
      this.b.edge(first, this.b.exit);
    }
    this.b.edge(this.b.entry, first);
    this.b.placeEvents(events, this.ranges);
    return this.b.finish();
  }

  private loc(node: ts.Node): Loc {
    const start = this.sourceFile.getLineAndCharacterOfPosition(node.getStart(this.sourceFile));
    const end = this.sourceFile.getLineAndCharacterOfPosition(node.getEnd());
    return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  }

  private block(statements: readonly ts.Statement[], next: number, ctx: Ctx): number {
    let entry = next;
    for (let index = statements.length - 1; index >= 0; index--) entry = this.statement(statements[index]!, entry, ctx);
    return entry;
  }

  /** A node for `at` covering `range`, with an exception edge when the range may throw. */
  private simple(at: ts.Node, ctx: Ctx, range: ts.Node | undefined = at, label?: string): number {
    const id = this.b.add('stmt', this.loc(at), label ?? ctx.label);
    if (range) {
      this.ranges.push([id, range.pos, range.end]);
      if (mayThrow(range)) this.b.excEdge(id, [ctx.raise()]);
    }
    return id;
  }

  private statement(node: ts.Statement, next: number, ctx: Ctx): number {
    switch (node.kind) {
      case SK.Block:
        return this.block((node as ts.Block).statements, next, ctx);
      case SK.EmptyStatement:
      case SK.FunctionDeclaration:
      case SK.ClassDeclaration:
      case SK.InterfaceDeclaration:
      case SK.TypeAliasDeclaration:
      case SK.EnumDeclaration:
        return next;
      case SK.ReturnStatement: {
        const id = this.simple(node, ctx);
        this.b.edge(id, ctx.ret());
        return id;
      }
      case SK.ThrowStatement: {
        const id = this.b.add('stmt', this.loc(node), ctx.label);
        this.ranges.push([id, node.pos, node.end]);
        this.b.excEdge(id, [ctx.raise()]);
        return id;
      }
      case SK.BreakStatement:
      case SK.ContinueStatement: {
        const id = this.b.add('stmt', this.loc(node), ctx.label);
        const target = node.kind === SK.BreakStatement ? ctx.brk : ctx.cont;
        this.b.edge(id, target ? target() : next);
        return id;
      }
      case SK.LabeledStatement:
        return this.statement((node as ts.LabeledStatement).statement, next, ctx);
      case SK.IfStatement: {
        const statement = node as ts.IfStatement;
        const id = this.simple(statement, ctx, statement.expression);
        const then = this.statement(statement.thenStatement, next, ctx);
        const otherwise = statement.elseStatement ? this.statement(statement.elseStatement, next, ctx) : next;
        this.b.edge(id, then);
        this.b.edge(id, otherwise);
        this.markCondition(id, statement.expression, then, otherwise);
        return id;
      }
      case SK.WhileStatement:
      case SK.ForStatement:
      case SK.ForOfStatement:
      case SK.ForInStatement:
        return this.loop(node as ts.IterationStatement, next, ctx);
      case SK.DoStatement: {
        const statement = node as ts.DoStatement;
        const header = this.simple(statement.expression, ctx, statement.expression);
        const body = this.statement(statement.statement, header, { ...ctx, brk: () => next, cont: () => header });
        this.b.edge(header, body);
        this.b.edge(header, next);
        return body;
      }
      case SK.SwitchStatement: {
        const statement = node as ts.SwitchStatement;
        const id = this.simple(statement, ctx, statement.expression);
        const clauses = statement.caseBlock.clauses;
        let fallthrough = next;
        const entries: number[] = [];
        for (let index = clauses.length - 1; index >= 0; index--) {
          fallthrough = this.block(clauses[index]!.statements, fallthrough, { ...ctx, brk: () => next });
          entries.unshift(fallthrough);
        }
        for (const entry of entries) this.b.edge(id, entry);
        if (!clauses.some((clause) => clause.kind === SK.DefaultClause)) this.b.edge(id, next);
        return id;
      }
      case SK.TryStatement:
        return this.tryStatement(node as ts.TryStatement, next, ctx);
      default: {
        const id = this.simple(node, ctx);
        this.b.edge(id, next);
        return id;
      }
    }
  }

  /**
   * Records the condition (to drop witnesses that take it both ways) and, for
   * `if (!(await redis.set(k, v, 'NX')))` / `if (!acquired)`, the branch where an acquire failed.
   */
  private markCondition(id: number, condition: ts.Expression, then: number, otherwise: number): void {
    if (then === otherwise) return;
    let core = condition;
    while (ts.isParenthesizedExpression(core)) core = core.expression;
    const not = ts.isPrefixUnaryExpression(core) && core.operator === SK.ExclamationToken;
    const text = (not ? (core as ts.PrefixUnaryExpression).operand : core).getText(this.sourceFile).replace(/\s+/g, '');
    this.b.node(id).branch = { condition: text, negated: not, then, otherwise };
    let tested = condition;
    let negated = false;
    while (ts.isParenthesizedExpression(tested)) tested = tested.expression;
    if (ts.isPrefixUnaryExpression(tested) && tested.operator === SK.ExclamationToken) {
      negated = true;
      tested = tested.operand;
    }
    while (ts.isParenthesizedExpression(tested) || ts.isAwaitExpression(tested)) tested = tested.expression;
    const target = negated ? then : otherwise;
    if (ts.isCallExpression(tested)) this.b.node(id).acquireFailed = { target };
    else if (ts.isIdentifier(tested)) this.b.node(id).acquireFailed = { target, variable: tested.text };
  }

  private loop(node: ts.IterationStatement, next: number, ctx: Ctx): number {
    let header: ts.Node | undefined;
    if (ts.isWhileStatement(node)) header = node.expression;
    else if (ts.isForOfStatement(node) || ts.isForInStatement(node)) header = node.expression;
    else if (ts.isForStatement(node)) header = node.condition ?? node.initializer;
    const id = this.simple(header ?? node, ctx, header);
    const body = this.statement(node.statement, id, { ...ctx, brk: () => next, cont: () => id });
    this.b.edge(id, body);
    this.b.edge(id, next);
    if (ts.isForStatement(node) && node.initializer && node.condition) {
      const init = this.simple(node.initializer, ctx);
      this.b.edge(init, id);
      return init;
    }
    return id;
  }

  private tryStatement(node: ts.TryStatement, next: number, ctx: Ctx): number {
    let afterTry = next;
    let inner: Ctx = ctx;
    if (node.finallyBlock) {
      const statements = node.finallyBlock.statements;
      ({ afterTry, inner } = throughFinally(ctx, next, (continuation, finallyCtx) => this.block(statements, continuation, finallyCtx)));
    }
    let bodyCtx = inner;
    if (node.catchClause) {
      // catch takes every exception
      const id = this.b.add('handler', this.loc(node.catchClause), 'except');
      this.b.edge(id, this.block(node.catchClause.block.statements, afterTry, { ...inner, label: 'except' }));
      bodyCtx = { ...inner, raise: () => id };
    }
    return this.block(node.tryBlock.statements, afterTry, bodyCtx);
  }
}

/** Whether evaluating the node may throw: any call, `new` or `await` outside nested functions. */
function mayThrow(node: ts.Node): boolean {
  let found = false;
  const visit = (child: ts.Node): void => {
    if (found) return;
    switch (child.kind) {
      case SK.CallExpression:
      case SK.NewExpression:
      case SK.AwaitExpression:
      case SK.TaggedTemplateExpression:
        found = true;
        return;
      case SK.ArrowFunction:
      case SK.FunctionExpression:
      case SK.FunctionDeclaration:
      case SK.ClassExpression:
        return;
      default:
        ts.forEachChild(child, visit);
    }
  };
  visit(node);
  return found;
}
