/**
 * JS/TS recognizer: hand-written token checks. Records
 * - splits of the Authorization header indexed past the first part (`auth.split(' ')[1]`)
 *   and whether something guards them. In JS indexing never throws: a missing header
 *   crashes `undefined.split` (a TypeError, a 500), and a header without the scheme or
 *   the space gives `undefined` as the token. The shape is proved by a test of the
 *   header's form before the split (`startsWith('Bearer ')`, a regex test, a check of
 *   the parts: their length, the scheme part, the indexed part itself), or by a test of
 *   the indexed part after it (`if (!token) return 401`). A presence test of the header
 *   (`if (!auth)`, `auth && …`, `auth ? … : …`), optional chaining, a `?? ''` default or
 *   an enclosing try only prevent the crash: the part is then guarded when it is tested
 *   afterwards or returned to the caller (who gets `undefined` for "no token"), and
 *   reported when it goes on unchecked (into a verify, onto the request);
 * - comparisons of a presented token with `===`/`==`/`!==`/`!=`;
 * - try/catch around token verification, and whether the catch lets the request go on.
 */
import { ts } from 'ts-morph';
import type { SplitUse, Value, VerifyHandler } from '../../../model/types.js';
import type { TsLowering, TsRecognizer, TsScope } from '../lowering-api.js';
import type { TokenValue } from '../../../model/values.js';
import { dottedName } from '../syntax.js';

const STATE_KEY = 'ts-checks';

interface ChecksState {
  /** Token sources (`auth-header:authorization`) tested in a condition, per function id (0: module). */
  tested: Map<number, Set<string>>;
  /** Token sources whose form was tested (a method or regex on the header, a test of its split parts), per function id. */
  shapeTested: Map<number, Set<string>>;
  /** Splits whose header is known present but whose parts are not proved yet: settled at module end. */
  pendingSplits: { split: SplitUse; node: ts.ElementAccessExpression }[];
  /** Try statement → the JWT op ids and verify-like calls inside its try block. */
  tries: Map<ts.TryStatement, { opIds: number[]; calls: string[] }>;
  seenOps: number;
}

function stateOf(lowering: TsLowering): ChecksState {
  let state = lowering.state.get(STATE_KEY) as ChecksState | undefined;
  if (!state) {
    state = { tested: new Map(), shapeTested: new Map(), pendingSplits: [], tries: new Map(), seenOps: 0 };
    lowering.state.set(STATE_KEY, state);
  }
  return state;
}

function sourceKey(token: TokenValue): string {
  return `${token.source.kind}:${token.source.name.toLowerCase()}`;
}

function unwrap(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isNonNullExpression(current)) current = current.expression;
  return current;
}

interface TestedToken {
  token: TokenValue;
  /** The test looks at the token's form, not only at its presence: see `isShapeTest`. */
  shape: boolean;
}

/**
 * A test that proves the header's form: a method or a regex applied to it
 * (`auth.startsWith('Bearer ')`, `/^Bearer /.test(auth)`, `auth.includes(' ')`), or any
 * test of its split parts (`parts.length === 2`, `auth.split(' ')[0] === 'Bearer'`, `!token`).
 */
function isShapeTest(token: TokenValue, inCall: boolean): boolean {
  return inCall || token.transforms.includes('split') || token.transforms.includes('destructure');
}

/** Names, member chains and calls inside a condition (not inside nested functions), with their values. */
function tokensInCondition(node: ts.Node, lowering: TsLowering, scope: TsScope, out: TestedToken[], inCall = false): void {
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return;
  if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isCallExpression(node)) {
    const value = lowering.evalExpr(node as ts.Expression, scope);
    if (value.kind === 'token') {
      out.push({ token: value, shape: isShapeTest(value, inCall) });
      return;
    }
    // `auth.startsWith('Bearer ')`, `BEARER.test(auth)`: the receiver and the arguments are tested for their form
    if (ts.isCallExpression(node)) {
      ts.forEachChild(node, (child) => tokensInCondition(child, lowering, scope, out, true));
      return;
    }
    // `parts.length !== 2`: the member is not a token, its object is
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) tokensInCondition(node.expression, lowering, scope, out, inCall);
    return;
  }
  ts.forEachChild(node, (child) => tokensInCondition(child, lowering, scope, out, inCall));
}

/** `x.split(' ')` / `x.split(/\s+/)` / `x.split()`: the call that made the indexed value, when it splits on whitespace. */
function whitespaceSplit(node: ts.Expression): ts.CallExpression | undefined {
  const call = unwrap(node);
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== 'split') return undefined;
  const separator = call.arguments[0];
  if (!separator) return call;
  if (ts.isStringLiteralLike(separator) && /^\s+$|^bearer\s+$/i.test(separator.text)) return call;
  if (ts.isRegularExpressionLiteral(separator) && /\\s|\s/.test(separator.text)) return call;
  return undefined;
}

function isDefaulting(node: ts.Expression): boolean {
  const current = unwrap(node);
  if (!ts.isBinaryExpression(current)) return false;
  const operator = current.operatorToken.kind;
  return operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken;
}

/** `const header = req.headers.authorization ?? ''` in the enclosing function: the variable is never undefined. */
function declaredWithDefault(name: ts.Identifier): boolean {
  let body: ts.Node | undefined = name.parent;
  while (body && !ts.isFunctionLike(body) && !ts.isSourceFile(body)) body = body.parent;
  let found = false;
  const visit = (current: ts.Node): void => {
    if (found || (current !== body && ts.isFunctionLike(current))) return;
    if (ts.isVariableDeclaration(current) && ts.isIdentifier(current.name) && current.name.text === name.text && current.initializer && isDefaulting(current.initializer)) found = true;
    else ts.forEachChild(current, visit);
  };
  if (body) visit(body);
  return found;
}

/** `auth?.split`, `(auth ?? '').split`, `(auth || '').split`: a missing header cannot crash the split. */
function receiverDefaulted(split: ts.CallExpression): boolean {
  const access = split.expression as ts.PropertyAccessExpression;
  if (access.questionDotToken) return true;
  const receiver = unwrap(access.expression);
  if (isDefaulting(receiver)) return true;
  if (ts.isIdentifier(receiver) && declaredWithDefault(receiver)) return true;
  // req.headers?.authorization.split: optional chaining earlier in the chain
  for (let current: ts.Node = receiver; ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current) || ts.isCallExpression(current); current = current.expression) {
    if (current.questionDotToken) return true;
  }
  return false;
}

/** `auth ? auth.split(' ')[1] : null`, `auth && auth.split(' ')[1]`: guarded by the enclosing expression. */
function guardedByEnclosingTest(node: ts.Node, key: string, lowering: TsLowering, scope: TsScope): boolean {
  for (let child = node, parent = node.parent; parent && !ts.isFunctionLike(parent) && !ts.isSourceFile(parent); child = parent, parent = parent.parent) {
    let test: ts.Expression | undefined;
    if (ts.isConditionalExpression(parent) && child !== parent.condition) test = parent.condition;
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === parent.right) test = parent.left;
    if (!test) continue;
    const tokens: TestedToken[] = [];
    tokensInCondition(test, lowering, scope, tokens);
    if (tokens.some((tested) => sourceKey(tested.token) === key)) return true;
  }
  return false;
}

function testedIn(table: Map<number, Set<string>>, scope: TsScope): Set<string> {
  const id = scope.fn?.id ?? 0;
  let set = table.get(id);
  if (!set) table.set(id, (set = new Set()));
  return set;
}

/** Expression wrappers a value passes through unchanged on its way to a test or a return. */
function passesThrough(parent: ts.Node, child: ts.Node): boolean {
  if (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isNonNullExpression(parent) || ts.isAwaitExpression(parent) || ts.isSatisfiesExpression(parent)) return true;
  if (ts.isConditionalExpression(parent)) return child !== parent.condition;
  if (ts.isBinaryExpression(parent)) {
    const operator = parent.operatorToken.kind;
    return operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken || (operator === ts.SyntaxKind.AmpersandAmpersandToken && child === parent.right);
  }
  return false;
}

/** `if (auth && auth.split(' ')[1])`, `parts[1] ? … : …`, `!auth.split(' ')[1]`: the indexed part is itself tested. */
function isTestedHere(node: ts.Node): boolean {
  for (let child: ts.Node = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if ((ts.isIfStatement(parent) || ts.isWhileStatement(parent) || ts.isDoStatement(parent)) && parent.expression === child) return true;
    if (ts.isConditionalExpression(parent) && parent.condition === child) return true;
    if (ts.isBinaryExpression(parent) && parent.left === child && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(parent.operatorToken.kind)) return true;
    if (ts.isBinaryExpression(parent) && COMPARISONS.has(parent.operatorToken.kind)) return true;
    if (ts.isPrefixUnaryExpression(parent) && parent.operator === ts.SyntaxKind.ExclamationToken) return true;
    if (ts.isTypeOfExpression(parent)) return true;
    if (!passesThrough(parent, child) && !(ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)) return false;
  }
  return false;
}

const COMPARISONS = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);

/** `return auth.split(' ')[1]`, `(req) => req.headers.authorization?.split(' ')[1]`: the caller gets `undefined` for "no token". */
function isReturnedHere(node: ts.Node): boolean {
  for (let child: ts.Node = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isReturnStatement(parent)) return true;
    if (ts.isArrowFunction(parent)) return parent.body === child;
    if (!passesThrough(parent, child)) return false;
  }
  return false;
}

/** The variable the indexed part is bound to: `const token = auth.split(' ')[1]`, `token = …`. */
function boundVariable(node: ts.Node): string | undefined {
  for (let child: ts.Node = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isVariableDeclaration(parent)) return parent.initializer === child && ts.isIdentifier(parent.name) ? parent.name.text : undefined;
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) return parent.right === child && ts.isIdentifier(parent.left) ? parent.left.text : undefined;
    if (!passesThrough(parent, child)) return undefined;
  }
  return undefined;
}

/** After the split, in the same function: is the variable holding the part tested or returned? */
function partCheckedLater(node: ts.ElementAccessExpression): boolean {
  const name = boundVariable(node);
  if (!name) return false;
  let body: ts.Node | undefined = node.parent;
  while (body && !ts.isFunctionLike(body) && !ts.isSourceFile(body)) body = body.parent;
  if (!body) return false;
  const after = node.getEnd();
  let found = false;
  const visit = (current: ts.Node): void => {
    if (found) return;
    if (current !== body && ts.isFunctionLike(current)) return;
    if (ts.isIdentifier(current) && current.text === name && current.getStart() > after && (isTestedHere(current) || isReturnedHere(current))) {
      found = true;
      return;
    }
    ts.forEachChild(current, visit);
  };
  visit(body);
  return found;
}

// ---- verification handlers ----

const VERIFY_CALL = /verif|decode|authenticat|validat|checkToken|check_token|introspect/i;
/** Calls that end the request or hand it an error. */
const DENY_METHODS = new Set(['status', 'sendStatus', 'redirect', 'code', 'throw', 'reject', 'unauthorized', 'forbidden', 'end', 'send', 'json', 'writeHead']);
/** Calls that run the protected code: Express/Koa `next()`, passport `done(null, …)`-style continuations without an error. */
const CONTINUE_CALLS = new Set(['next', 'done', 'cb', 'callback']);

interface HandlerShape {
  denies: boolean;
  continues: boolean;
}

/** What a catch block does: ends the request (return, throw, a 401 response, next(err)) or continues (`next()`). */
function shapeOf(block: ts.Block): HandlerShape {
  const shape: HandlerShape = { denies: false, continues: false };
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isThrowStatement(node)) shape.denies = true;
    if (ts.isReturnStatement(node)) {
      const returned = node.expression && unwrap(node.expression);
      if (returned && ts.isCallExpression(returned) && isContinueCall(returned)) shape.continues = true;
      else if (returned && returned.kind === ts.SyntaxKind.TrueKeyword) shape.continues = true;
      else shape.denies = true;
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (isContinueCall(node)) shape.continues = true;
      else if (ts.isIdentifier(callee) && CONTINUE_CALLS.has(callee.text) && node.arguments.length > 0) shape.denies = true; // next(err)
      else if (ts.isPropertyAccessExpression(callee) && DENY_METHODS.has(callee.name.text)) shape.denies = true;
    }
    // `req.user = null`, `ctx.status = 401`: explicitly unauthenticated
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = dottedName(node.left) ?? '';
      const right = unwrap(node.right);
      if (/(?:^|\.)(?:user|status|statusCode)$/.test(target) && (right.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(right) && right.text === 'undefined') || ts.isNumericLiteral(right) || right.kind === ts.SyntaxKind.FalseKeyword)) shape.denies = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(block);
  return shape;
}

function isContinueCall(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (!ts.isIdentifier(callee) || !CONTINUE_CALLS.has(callee.text)) return false;
  if (call.arguments.length === 0) return true;
  // done(null, user): no error
  const first = call.arguments[0]!;
  return first.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(first) && first.text === 'undefined');
}

/** Names that say "nobody": an empty or anonymous user, a guest. */
const ANONYMOUS_NAME = /empty|anonymous|\banon|guest|unauthenticated|nobody|no_?user|public_?user|logged_?out/i;
/** Where a handler keeps who the caller is. */
const IDENTITY_TARGET = /(?:^|\.)(?:user|currentUser|identity|principal|claims|session|auth|viewer|actor)$/i;

/** `{}`, `null`, `undefined`, `false`, `[]`, `emptyUser`, `{ user: emptyUser }`, `{ role: 'guest' }`, `{ anonymous: true }`. */
function isAnonymousValue(node: ts.Expression): boolean {
  const value = unwrap(node);
  if (value.kind === ts.SyntaxKind.NullKeyword || value.kind === ts.SyntaxKind.FalseKeyword || (ts.isIdentifier(value) && value.text === 'undefined')) return true;
  if (ts.isArrayLiteralExpression(value)) return value.elements.length === 0;
  if (ts.isIdentifier(value) || ts.isPropertyAccessExpression(value)) return ANONYMOUS_NAME.test(dottedName(value) ?? '');
  if (ts.isStringLiteralLike(value)) return ANONYMOUS_NAME.test(value.text);
  if (!ts.isObjectLiteralExpression(value)) return false;
  return value.properties.every((property) => {
    if (ts.isShorthandPropertyAssignment(property)) return ANONYMOUS_NAME.test(property.name.text);
    if (!ts.isPropertyAssignment(property)) return false;
    const key = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : '';
    return isAnonymousValue(property.initializer) || (ANONYMOUS_NAME.test(key) && property.initializer.kind === ts.SyntaxKind.TrueKeyword);
  });
}

/**
 * `catch { response = { user: emptyUser } }`, `catch { req.user = { role: 'guest' } }`: the handler
 * makes the caller anonymous (the verified result is replaced), so what runs next runs for
 * nobody in particular; the unverified claims are never at hand in JS after a throwing verify.
 */
function setsAnonymous(block: ts.Block, assigned: Set<string>): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || ts.isFunctionLike(node)) return;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = dottedName(node.left) ?? '';
      if ((assigned.has(target) || IDENTITY_TARGET.test(target)) && isAnonymousValue(node.right)) found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(block);
  return found;
}

/** Names assigned inside the try block (`decoded = jwt.verify(…)`, `const user = …`). */
function assignedNames(block: ts.Block): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const name = dottedName(node.left);
      if (name) names.add(name);
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) names.add(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(block);
  return names;
}

function mentionsAny(node: ts.Node, names: Set<string>): boolean {
  const name = dottedName(node);
  if (name && names.has(name)) return true;
  return ts.forEachChild(node, (child) => mentionsAny(child, names) || undefined) ?? false;
}

/** After the try: is there code that runs as if verification had passed (no check of what the try assigned)? */
function continuesAfter(statement: ts.TryStatement, assigned: Set<string>): boolean {
  const parent = statement.parent;
  const siblings = ts.isBlock(parent) || ts.isSourceFile(parent) || ts.isModuleBlock(parent) ? parent.statements : undefined;
  if (!siblings) return false;
  const next = siblings[siblings.indexOf(statement) + 1];
  if (!next) return false;
  if (ts.isIfStatement(next) && mentionsAny(next.expression, assigned)) return false;
  if (ts.isReturnStatement(next) && next.expression && mentionsAny(next.expression, assigned)) return false;
  if (ts.isThrowStatement(next)) return false;
  return true;
}

export const tsChecksRecognizer: TsRecognizer = {
  onCondition(condition, _value, lowering, scope) {
    const tokens: TestedToken[] = [];
    tokensInCondition(condition, lowering, scope, tokens);
    const state = stateOf(lowering);
    const presence = testedIn(state.tested, scope);
    const shape = testedIn(state.shapeTested, scope);
    for (const tested of tokens) {
      presence.add(sourceKey(tested.token));
      if (tested.shape) shape.add(sourceKey(tested.token));
    }
  },

  onElementAccess(node, object, index, lowering, scope) {
    if (object.kind !== 'token' || object.source.kind !== 'auth-header' || object.transforms.at(-1) !== 'split') return;
    if (index.kind !== 'number' || index.value < 1) return;
    const split = whitespaceSplit(node.expression);
    if (!split) return;
    const key = sourceKey(object);
    const state = stateOf(lowering);
    const loc = lowering.loc(node);
    if (testedIn(state.shapeTested, scope).has(key) || isTestedHere(node)) {
      lowering.model.splits.push({ loc, value: object, guarded: true });
      return;
    }
    const present = lowering.tryStack.length > 0 || receiverDefaulted(split) || testedIn(state.tested, scope).has(key) || guardedByEnclosingTest(node, key, lowering, scope);
    if (!present) {
      lowering.model.splits.push({ loc, value: object, guarded: false });
      return;
    }
    const use: SplitUse = { loc, value: object, guarded: isReturnedHere(node), presenceChecked: true };
    lowering.model.splits.push(use);
    if (!use.guarded) state.pendingSplits.push({ split: use, node });
  },

  onModuleEnd(lowering) {
    for (const { split, node } of stateOf(lowering).pendingSplits) if (partCheckedLater(node)) split.guarded = true;
  },

  onCompare(node, operator, left, right, lowering) {
    const [presented, against, againstNode] = left.kind === 'token' ? [left, right, node.right] : right.kind === 'token' ? [right, left, node.left] : [undefined, undefined, undefined];
    // comparing a token the code has just issued is a test of its own output, not a check of a credential
    if (!presented || !against || !againstNode || presented.source.kind === 'issued') return;
    const againstName = againstNameOf(againstNode, against);
    lowering.model.compares.push({ loc: lowering.loc(node), operator, presented, against, ...(againstName ? { againstName } : {}) });
  },

  onCall(call, lowering) {
    if (lowering.isSilent) return undefined;
    const state = stateOf(lowering);
    const ops = lowering.model.jwtOps;
    const innermost = lowering.tryStack.at(-1);
    if (!innermost) {
      state.seenOps = ops.length;
      return undefined;
    }
    let entry = state.tries.get(innermost);
    if (!entry) state.tries.set(innermost, (entry = { opIds: [], calls: [] }));
    let isOp = false;
    for (; state.seenOps < ops.length; state.seenOps++) {
      const op = ops[state.seenOps]!;
      if (op.kind === 'decode') entry.opIds.push(op.id);
      isOp = true;
    }
    const name = call.callee ?? call.method;
    if (!isOp && name && call.method && VERIFY_CALL.test(call.method) && call.args.some((argument) => argument.kind === 'token')) entry.calls.push(name);
    return undefined;
  },

  onTry(node, lowering) {
    const state = stateOf(lowering);
    const entry = state.tries.get(node);
    if (!entry || !node.catchClause || (entry.opIds.length === 0 && entry.calls.length === 0)) return;
    const shape = shapeOf(node.catchClause.block);
    const assigned = assignedNames(node.tryBlock);
    const anonymous = setsAnonymous(node.catchClause.block, assigned);
    const swallows = !anonymous && (!shape.denies || shape.continues);
    const continuesToProtectedCode = !anonymous && (shape.continues || (!shape.denies && continuesAfter(node, assigned)));
    const handler: VerifyHandler = { loc: lowering.loc(node.catchClause), catches: [], swallows, continuesToProtectedCode, verifyOpIds: entry.opIds, ...(entry.calls.length ? { verifyCalls: entry.calls } : {}) };
    lowering.model.verifyHandlers.push(handler);
  },
};

function againstNameOf(node: ts.Expression, value: Value): string | undefined {
  if (value.kind === 'env') return `process.env.${value.name}`;
  if (value.kind === 'token') return value.name ?? dottedName(node);
  return dottedName(unwrap(node));
}
