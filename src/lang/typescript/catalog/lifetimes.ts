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
  return undefined;
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

/** Seconds from now for `Math.floor(Date.now() / 1000) + N` (or `Date.now() + N * 1000`); undefined otherwise. */
export function expirySecondsFromNow(node: ts.Expression, lowering: TsLowering, scope: TsScope): number | undefined {
  let current = node;
  while (ts.isParenthesizedExpression(current)) current = current.expression;
  if (ts.isCallExpression(current) && current.arguments.length === 1 && /^Math\.(?:floor|round|ceil|trunc)$/.test(current.expression.getText(lowering.sourceFile))) return expirySecondsFromNow(current.arguments[0]!, lowering, scope);
  if (!ts.isBinaryExpression(current) || current.operatorToken.kind !== ts.SyntaxKind.PlusToken) return undefined;
  const [clock, offset] = mentionsNow(current.left) ? [current.left, current.right] : mentionsNow(current.right) ? [current.right, current.left] : [undefined, undefined];
  if (!clock || !offset) return undefined;
  const amount = lowering.evalExpr(offset, scope);
  if (amount.kind !== 'number') return undefined;
  return dividesByThousand(clock) ? amount.value : amount.value / 1000;
}
