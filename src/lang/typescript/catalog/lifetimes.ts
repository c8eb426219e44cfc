/**
 * Token lifetimes as JS libraries write them: jsonwebtoken's `expiresIn` (a number of
 * seconds, or an `ms` string: '2h', '7 days', '1.5h', and '120' meaning milliseconds),
 * jose's time spans ('2h', '7 days', '1 week', '+2h'), and `exp` claims computed as
 * `Math.floor(Date.now() / 1000) + N`.
 */
import { ts } from 'ts-morph';
import type { Value } from '../../../model/types.js';
import type { TsLowering, TsScope } from '../lowering-api.js';

const UNIT_SECONDS: [RegExp, number][] = [
  [/^(?:ms|msecs?|milliseconds?)$/, 0.001],
  [/^(?:s|secs?|seconds?)$/, 1],
  [/^(?:m|mins?|minutes?)$/, 60],
  [/^(?:h|hrs?|hours?)$/, 3600],
  [/^(?:d|days?)$/, 86400],
  [/^(?:w|weeks?)$/, 604800],
  [/^(?:y|yrs?|years?)$/, 31557600],
];

const SPAN = /^\s*\+?\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*(?:from now)?\s*$/i;

/** Seconds in a time span string; a bare number string is milliseconds (the `ms` package), undefined when unreadable. */
export function parseSpan(text: string): number | undefined {
  const match = SPAN.exec(text);
  if (!match) return undefined;
  const amount = Number(match[1]);
  const unit = match[2]!.toLowerCase();
  if (unit === '') return amount / 1000;
  const factor = UNIT_SECONDS.find(([pattern]) => pattern.test(unit))?.[1];
  return factor === undefined ? undefined : Math.round(amount * factor);
}

/** A lifetime value: a number is `numbers` (seconds for jsonwebtoken), a string an `ms`-style span. */
export function durationSeconds(value: Value, numbers: 'seconds'): number | undefined {
  if (value.kind === 'number') return numbers === 'seconds' ? value.value : undefined;
  if (value.kind === 'duration') return value.seconds;
  if (value.kind === 'string') return parseSpan(value.value);
  // `process.env.JWT_EXPIRES_IN || '30d'`: the lifetime tokens get when the variable is not set
  if (value.kind === 'env' && value.fallback) return durationSeconds(value.fallback, numbers);
  return undefined;
}

/** Where a computed expiry is written, when not at the issuing call: the `setDate(…)` that moves the date. */
export interface Expiry {
  seconds: number;
  at?: ts.Node;
}

function unwrapTime(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isNonNullExpression(current) || ts.isTypeAssertionExpression(current)) current = current.expression;
  return current;
}

function isCallOf(node: ts.Expression, object: string, member: string): boolean {
  return ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === member && ts.isIdentifier(node.expression.expression) && node.expression.expression.text === object;
}

function numberOf(node: ts.Expression, lowering: TsLowering, scope: TsScope): number | undefined {
  const value = lowering.evalExpr(node, scope);
  return value.kind === 'number' ? value.value : undefined;
}

/** `Date.setX(Date.getX() + n)`: the unit of n in milliseconds. */
const DATE_SETTERS: Record<string, [getter: string, ms: number]> = {
  setMilliseconds: ['getMilliseconds', 1],
  setSeconds: ['getSeconds', 1000],
  setMinutes: ['getMinutes', 60_000],
  setHours: ['getHours', 3_600_000],
  setDate: ['getDate', 86_400_000],
  setMonth: ['getMonth', 30 * 86_400_000],
  setFullYear: ['getFullYear', 365 * 86_400_000],
  setTime: ['getTime', 1],
};
const UTC_SETTERS = Object.fromEntries(Object.entries(DATE_SETTERS).map(([setter, [getter, ms]]) => [setter.replace(/^set/, 'setUTC'), [getter.replace(/^get/, 'getUTC'), ms]])) as Record<string, [string, number]>;

/** The function body (or file) a node sits in, for finding a variable's declaration and later changes. */
function enclosingBody(node: ts.Node): ts.Node {
  let current: ts.Node = node;
  while (current.parent && !ts.isFunctionLike(current) && !ts.isSourceFile(current)) current = current.parent;
  return current;
}

/** The initializer of `const name = …` in the body, and the statements that move the date: `name.setDate(name.getDate() + n)`. */
function dateVariable(name: ts.Identifier): { init: ts.Expression | undefined; moves: ts.CallExpression[] } {
  let init: ts.Expression | undefined;
  const moves: ts.CallExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (node !== body && ts.isFunctionLike(node)) return;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name.text && node.initializer && node.pos < name.pos) init = node.initializer;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ts.isIdentifier(node.expression.expression) && node.expression.expression.text === name.text && node.pos < name.pos) {
      const setter = node.expression.name.text;
      if (setter in DATE_SETTERS || setter in UTC_SETTERS) moves.push(node);
    }
    ts.forEachChild(node, visit);
  };
  const body = enclosingBody(name);
  visit(body);
  return { init, moves };
}

/** Milliseconds from now for a Date expression: `new Date()`, `new Date(Date.now() + n)`, a variable moved by `setDate(getDate() + n)`. */
function dateFromNow(node: ts.Expression, lowering: TsLowering, scope: TsScope, depth: number): Expiry | undefined {
  const current = unwrapTime(node);
  if (depth > 8) return undefined;
  if (ts.isNewExpression(current) && ts.isIdentifier(current.expression) && current.expression.text === 'Date') {
    const argument = current.arguments?.[0];
    if (!argument) return { seconds: 0 };
    return msFromNow(argument, lowering, scope, depth + 1) ?? dateFromNow(argument, lowering, scope, depth + 1);
  }
  if (!ts.isIdentifier(current)) return undefined;
  const { init, moves } = dateVariable(current);
  if (!init) return undefined;
  const start = dateFromNow(init, lowering, scope, depth + 1) ?? msFromNow(init, lowering, scope, depth + 1);
  if (!start) return undefined;
  let ms = start.seconds;
  let at = start.at;
  for (const move of moves) {
    const setter = (move.expression as ts.PropertyAccessExpression).name.text;
    const [getter, unit] = DATE_SETTERS[setter] ?? UTC_SETTERS[setter]!;
    const argument = move.arguments[0] && unwrapTime(move.arguments[0]);
    // exp.setDate(today.getDate() + 60): the getter may read the same date or the one it was copied from
    if (!argument || !ts.isBinaryExpression(argument) || argument.operatorToken.kind !== ts.SyntaxKind.PlusToken) return undefined;
    const left = unwrapTime(argument.left);
    if (!ts.isCallExpression(left) || !ts.isPropertyAccessExpression(left.expression) || left.expression.name.text !== getter) return undefined;
    const amount = numberOf(argument.right, lowering, scope);
    if (amount === undefined) return undefined;
    ms += amount * unit;
    at = move;
  }
  return { seconds: ms, at };
}

/** Milliseconds from now for a timestamp in milliseconds: `Date.now() + n`, `date.getTime()`, `+date`. */
function msFromNow(node: ts.Expression, lowering: TsLowering, scope: TsScope, depth: number): Expiry | undefined {
  const current = unwrapTime(node);
  if (depth > 8) return undefined;
  if (isCallOf(current, 'Date', 'now')) return { seconds: 0 };
  if (ts.isCallExpression(current) && ts.isPropertyAccessExpression(current.expression) && /^(?:getTime|valueOf)$/.test(current.expression.name.text) && current.arguments.length === 0) return dateFromNow(current.expression.expression, lowering, scope, depth + 1);
  if (ts.isPrefixUnaryExpression(current) && current.operator === ts.SyntaxKind.PlusToken) return dateFromNow(current.operand, lowering, scope, depth + 1);
  if (ts.isBinaryExpression(current) && current.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = msFromNow(current.left, lowering, scope, depth + 1);
    const right = left ? numberOf(current.right, lowering, scope) : undefined;
    if (left && right !== undefined) return { seconds: left.seconds + right, at: left.at };
    const flipped = msFromNow(current.right, lowering, scope, depth + 1);
    const amount = flipped ? numberOf(current.left, lowering, scope) : undefined;
    if (flipped && amount !== undefined) return { seconds: flipped.seconds + amount, at: flipped.at };
  }
  return undefined;
}

/**
 * Seconds from now for an `exp` claim: `Math.floor(Date.now() / 1000) + N`, `Date.now() / 1000 + N`,
 * `exp.getTime() / 1000` after `exp.setDate(today.getDate() + 60)`, `parseInt(String(…))`,
 * `dayjs().add(7, 'day').unix()`; undefined otherwise.
 */
export function expiryFromNow(node: ts.Expression, lowering: TsLowering, scope: TsScope, depth = 0): Expiry | undefined {
  const current = unwrapTime(node);
  if (depth > 8) return undefined;
  if (ts.isCallExpression(current) && current.arguments.length >= 1 && /^(?:Math\.(?:floor|round|ceil|trunc)|parseInt|Number|String)$/.test(current.expression.getText(lowering.sourceFile))) return expiryFromNow(current.arguments[0]!, lowering, scope, depth + 1);
  if (ts.isBinaryExpression(current) && current.operatorToken.kind === ts.SyntaxKind.SlashToken && numberOf(current.right, lowering, scope) === 1000) {
    const ms = msFromNow(current.left, lowering, scope, depth + 1);
    return ms ? { seconds: ms.seconds / 1000, at: ms.at } : undefined;
  }
  // dayjs().add(7, 'day').unix(), moment().add(30, 'days').unix()
  if (ts.isCallExpression(current) && ts.isPropertyAccessExpression(current.expression) && current.expression.name.text === 'unix') return addedSpan(current.expression.expression, lowering, scope);
  if (ts.isBinaryExpression(current) && current.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const [clock, offset] = mentionsNow(current.left) ? [current.left, current.right] : mentionsNow(current.right) ? [current.right, current.left] : [undefined, undefined];
    if (!clock || !offset) return undefined;
    const amount = numberOf(offset, lowering, scope);
    if (amount === undefined) return undefined;
    return { seconds: dividesByThousand(clock) ? amount : amount / 1000 };
  }
  return undefined;
}

/** `dayjs().add(7, 'day')`, `moment().add(30, 'days').add(2, 'hours')`: the span added to now. */
function addedSpan(node: ts.Expression, lowering: TsLowering, scope: TsScope): Expiry | undefined {
  const current = unwrapTime(node);
  if (ts.isCallExpression(current) && current.arguments.length === 0 && ts.isIdentifier(current.expression) && /^(?:dayjs|moment)$/.test(current.expression.text)) return { seconds: 0 };
  if (!ts.isCallExpression(current) || !ts.isPropertyAccessExpression(current.expression) || current.expression.name.text !== 'add') return undefined;
  const base = addedSpan(current.expression.expression, lowering, scope);
  const amount = current.arguments[0] && numberOf(current.arguments[0], lowering, scope);
  const unit = current.arguments[1] && lowering.evalExpr(current.arguments[1], scope);
  const seconds = amount !== undefined && unit?.kind === 'string' ? parseSpan(`${amount}${unit.value}`) : undefined;
  return base && seconds !== undefined ? { seconds: base.seconds + seconds, at: base.at ?? current } : undefined;
}

function mentionsNow(node: ts.Node): boolean {
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'now' && ts.isIdentifier(node.expression.expression) && node.expression.expression.text === 'Date') return true;
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'getTime') return true;
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date' && !node.arguments?.length) return true;
  return ts.forEachChild(node, mentionsNow) ?? false;
}

/** `Date.now() / 1000` somewhere inside: the clock is in seconds, else milliseconds. */
function dividesByThousand(node: ts.Node): boolean {
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.SlashToken && ts.isNumericLiteral(node.right) && node.right.text === '1000') return true;
  return ts.forEachChild(node, dividesByThousand) ?? false;
}

/** Seconds from now for an `exp` claim (see `expiryFromNow`). */
export function expirySecondsFromNow(node: ts.Expression, lowering: TsLowering, scope: TsScope): number | undefined {
  return expiryFromNow(node, lowering, scope)?.seconds;
}
