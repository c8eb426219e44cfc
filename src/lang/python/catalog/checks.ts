/**
 * Python recognizer: hand-written token checks. Records header splits indexed without
 * proof of two parts (SplitUse), equality comparisons of a presented token (CompareUse),
 * and exception handlers around token verification (VerifyHandler). The rules
 * unguarded-split, timing-compare and fail-open decide which of these are findings.
 */
import type { Node } from '../syntax-node.js';
import type { Value, VerifyHandler } from '../../../model/types.js';
import type { PyCall, PyLowering, Recognizer, Scope } from '../lowering-api.js';
import type { TokenValue } from '../../../model/values.js';
import { dottedName } from '../syntax.js';

interface ChecksState {
  /** Function id (0: module) → names a condition proved to hold two parts (startswith, len, " " in). */
  guardedNames: Map<number, Set<string>>;
  /** Names bound to a split result → the name that was split (`parts` → `header`). */
  splitOrigins: Map<string, string>;
  /** try statement id → verification inside its body: JWT op ids and verify-like calls. */
  verifyInTry: Map<number, { opIds: number[]; calls: string[] }>;
}

const STATE_KEY = 'checks';

function stateOf(lowering: PyLowering): ChecksState {
  let state = lowering.state.get(STATE_KEY) as ChecksState | undefined;
  if (!state) {
    state = { guardedNames: new Map(), splitOrigins: new Map(), verifyInTry: new Map() };
    lowering.state.set(STATE_KEY, state);
  }
  return state;
}

function functionKey(scope: Scope): number {
  return scope.fn?.id ?? 0;
}

/** The name under string-method calls: `header.lower().strip()` → `header`. */
function baseName(node: Node | null | undefined): string | undefined {
  let current = node;
  while (current?.type === 'call') {
    const fn = current.childForFieldName('function');
    current = fn?.type === 'attribute' ? fn.childForFieldName('object') : undefined;
  }
  while (current?.type === 'subscript') current = current.childForFieldName('value');
  return current ? dottedName(current) : undefined;
}

/**
 * Names a condition proves to hold at least two space-separated parts:
 * `x.startswith("Bearer ")`, `len(parts) == 2`, `" " in x`, `x[:7] == "Bearer "`, `re.match(…, x)`.
 */
function collectGuards(node: Node, into: Set<string>): void {
  if (node.type === 'call') {
    const fn = node.childForFieldName('function');
    const args = node.childForFieldName('arguments')?.namedChildren ?? [];
    const method = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : fn?.text;
    if (method === 'startswith' && fn?.type === 'attribute') addName(into, baseName(fn.childForFieldName('object')));
    if ((method === 'match' || method === 'fullmatch') && args[1]) addName(into, baseName(args[1]));
  } else if (node.type === 'comparison_operator') {
    const operands = node.namedChildren;
    const operators = node.childrenForFieldName('operators').map((operator) => operator.text);
    for (const operand of operands) {
      if (operand.type === 'call' && operand.childForFieldName('function')?.text === 'len') {
        addName(into, baseName(operand.childForFieldName('arguments')?.namedChildren[0]));
      }
      if (operand.type === 'subscript' && operand.childForFieldName('subscript')?.type === 'slice') addName(into, baseName(operand));
    }
    if (operators.some((operator) => operator === 'in' || operator === 'not in') && operands[0]?.type === 'string' && operands[0].text.includes(' ')) {
      addName(into, baseName(operands[1]));
    }
  }
  for (const child of node.namedChildren) if (child.type !== 'lambda') collectGuards(child, into);
}

function addName(into: Set<string>, name: string | undefined): void {
  if (name) into.add(name);
}

/** `a if <guard> else b` and `<guard> and a` around the subscript: guards written in the same expression. */
function guardedInExpression(node: Node, names: string[]): boolean {
  let child = node;
  for (let parent = node.parent; parent && !isStatementBoundary(parent); child = parent, parent = parent.parent) {
    const guards = new Set<string>();
    if (parent.type === 'conditional_expression' && parent.namedChildren[0]?.id === child.id && parent.namedChildren[1]) {
      collectGuards(parent.namedChildren[1], guards);
    } else if (parent.type === 'boolean_operator' && parent.childForFieldName('operator')?.text === 'and' && parent.childForFieldName('right')?.id === child.id) {
      const left = parent.childForFieldName('left');
      if (left) collectGuards(left, guards);
    }
    if (names.some((name) => guards.has(name))) return true;
  }
  return false;
}

function isStatementBoundary(node: Node): boolean {
  return node.type.endsWith('_statement') || node.type === 'block' || node.type === 'module' || node.type === 'function_definition';
}

/** The exception names an except clause catches, as written ([] for a bare except). */
function caughtNames(clause: Node): string[] {
  const spec = clause.namedChildren.find((child) => child.type !== 'block' && child.type !== 'comment');
  if (!spec) return [];
  const types = spec.type === 'as_pattern' ? spec.namedChildren[0] : spec;
  if (!types) return [];
  const items = types.type === 'tuple' || types.type === 'parenthesized_expression' ? types.namedChildren : [types];
  return items.map((item) => item.text);
}

const CATCHES_INDEX_ERROR = new Set(['IndexError', 'LookupError', 'Exception', 'BaseException']);

function catchesIndexError(clause: Node): boolean {
  const names = caughtNames(clause);
  return names.length === 0 || names.some((name) => CATCHES_INDEX_ERROR.has(name.split('.').pop()!));
}

/** An enclosing try in the same function whose handlers catch IndexError. */
function insideIndexErrorTry(lowering: PyLowering, scope: Scope): boolean {
  const fnLine = scope.fn?.loc.line ?? 0;
  return lowering.tryStack.some(
    (tryNode) => tryNode.startPosition.row + 1 >= fnLine && tryNode.namedChildren.some((clause) => clause.type === 'except_clause' && catchesIndexError(clause)),
  );
}

function isHeaderSplit(value: Value): value is TokenValue {
  if (value.kind !== 'token' || value.source.kind !== 'auth-header') return false;
  const last = value.transforms.at(-1);
  return last === 'split' || last === 'rsplit';
}

function onSplitIndex(node: Node, object: TokenValue, lowering: PyLowering, scope: Scope, state: ChecksState): void {
  const objectNode = node.childForFieldName('value');
  const names: string[] = [];
  if (objectNode?.type === 'call') addTo(names, baseName(objectNode));
  else if (objectNode) {
    const name = dottedName(objectNode);
    addTo(names, name);
    addTo(names, name ? state.splitOrigins.get(name) : undefined);
  }
  const guards = state.guardedNames.get(functionKey(scope));
  const guarded = names.some((name) => guards?.has(name)) || guardedInExpression(node, names) || insideIndexErrorTry(lowering, scope);
  lowering.model.splits.push({ loc: lowering.loc(node), value: object, guarded });
}

function addTo(names: string[], name: string | undefined): void {
  if (name) names.push(name);
}

// ---- comparisons ----

function operandName(node: Node | undefined, value: Value): string | undefined {
  if (!node) return undefined;
  const name = dottedName(node);
  if (name) return name;
  if (node.type === 'string') {
    // f"Bearer {API_TOKEN}": the interpolated name says what the token is compared with
    for (const child of node.namedChildren) {
      const expression = child.type === 'interpolation' ? child.childForFieldName('expression') : null;
      const inner = expression ? dottedName(expression) : undefined;
      if (inner) return inner;
    }
  }
  if (value.kind === 'env') return `environment variable ${value.name}`;
  if (value.kind === 'unknown') return value.name;
  return undefined;
}

function presentedFirst(left: Value, right: Value): boolean {
  if (left.kind !== 'token') return false;
  if (right.kind !== 'token') return true;
  return left.source.strength === 'strong' || right.source.strength === 'weak';
}

/** Query builders whose arguments are SQL expressions: `User.token == token` there is a WHERE clause, not a comparison in Python. */
const QUERY_METHODS = new Set(['where', 'filter', 'filter_by', 'having', 'join', 'outerjoin', 'and_', 'or_', 'not_', 'exclude', 'get_or_none', 'first_or_404', 'one_or_none', 'find', 'find_one', 'select', 'query', 'case']);

/** A comparison written inside a query builder call (`select(User).where(User.token == token)`, `Q(...)`). */
function isQueryExpression(node: Node): boolean {
  for (let current = node.parent; current && !isStatementBoundary(current); current = current.parent) {
    if (current.type !== 'argument_list') continue;
    const call = current.parent;
    const fn = call?.type === 'call' ? call.childForFieldName('function') : null;
    const name = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : fn?.text;
    if (name && QUERY_METHODS.has(name.replace(/^\w+\./, ''))) return true;
  }
  return false;
}

// ---- verification handlers ----

/** Calls whose name says they verify a token (beyond the JWT catalog). */
const VERIFY_CALL = /(?:^|_)(?:verify|authenticate)(?:_|$)|^(?:decode|validate|check|parse)_(?:\w+_)?(?:token|jwt|auth\w*|credentials?)$|(?:token|jwt)_(?:verify|decode|validate)$|^unsign$/i;
const NOT_TOKEN_VERIFY = /password|passwd|email|otp|captcha|checksum|ssl|cert/i;
/** Calls that end the request with a denial. */
const DENY_CALL = /^(?:abort|exit|_exit|deny|reject|unauthori[sz]ed|forbidden|permission_denied|fail|raise_\w+)$/;
/** Attributes that mark the request's identity: assigning them in a handler marks it unauthenticated. */
const IDENTITY_ATTRIBUTE = /(?:^|_)(?:user|identity|principal|auth|authenticated|claims|payload|token)$/i;

function verifyCallName(call: PyCall): string | undefined {
  const method = call.method;
  if (!method || NOT_TOKEN_VERIFY.test(method)) return undefined;
  if (VERIFY_CALL.test(method)) return call.callee ?? method;
  const receiverName = call.receiver?.kind === 'unknown' ? call.receiver.name : undefined;
  if ((method === 'decode' || method === 'verify') && receiverName && /jwt|token/i.test(receiverName)) return call.callee ?? method;
  if ((method === 'loads' || method === 'unsign') && receiverName && /serializer|signer/i.test(receiverName)) return call.callee ?? method;
  return undefined;
}

function noteVerification(call: PyCall, lowering: PyLowering, scope: Scope, state: ChecksState): void {
  if (lowering.tryStack.length === 0) return;
  const op = lowering.model.jwtOps.at(-1);
  const loc = lowering.loc(call.node);
  const opId = op && op.kind === 'decode' && op.loc.line === loc.line && op.loc.column === loc.column ? op.id : undefined;
  const name = opId === undefined ? verifyCallName(call) : undefined;
  if (opId === undefined && !name) return;
  const fnLine = scope.fn?.loc.line ?? 0;
  for (const tryNode of lowering.tryStack) {
    if (tryNode.startPosition.row + 1 < fnLine) continue;
    let evidence = state.verifyInTry.get(tryNode.id);
    if (!evidence) state.verifyInTry.set(tryNode.id, (evidence = { opIds: [], calls: [] }));
    if (opId !== undefined) evidence.opIds.push(opId);
    if (name) evidence.calls.push(name);
  }
}

/** Descendants of a handler block, not entering nested functions, classes or lambdas. */
function* handlerNodes(node: Node): Generator<Node> {
  for (const child of node.namedChildren) {
    if (child.type === 'function_definition' || child.type === 'class_definition' || child.type === 'lambda' || child.type === 'decorated_definition') continue;
    yield child;
    yield* handlerNodes(child);
  }
}

interface HandlerShape {
  /** Returns, raises, continues, aborts or marks the request unauthenticated. */
  denies: boolean;
  /** Plain names the handler assigns (a flag or a placeholder result). */
  assigned: Set<string>;
  /** Names it sets to an anonymous or empty identity: None, {}, "", AnonymousUser(), {"role": "guest"}. */
  anonymized: Set<string>;
}

/** Calls and literal words that make an anonymous identity. */
const ANONYMOUS = /anonymous|guest|unauthenticated|nobody|empty|null_?user/i;

/** An anonymous or empty value: nothing a protected path could mistake for a verified caller. */
function isAnonymousValue(node: Node | null): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'none':
    case 'false':
      return true;
    case 'integer':
      return node.text === '0';
    case 'string':
      return node.namedChildren.every((child) => child.type !== 'string_content') || ANONYMOUS.test(node.text);
    case 'list':
    case 'tuple':
      return node.namedChildren.length === 0;
    case 'dictionary':
      // {} or {"role": "guest"}: every value empty or saying anonymous
      return node.namedChildren.every((pair) => pair.type !== 'pair' || isAnonymousValue(pair.childForFieldName('value')));
    case 'call': {
      const fn = node.childForFieldName('function');
      const name = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : fn?.text;
      if (name && ANONYMOUS.test(name)) return true;
      // dict(), list(), User() with no arguments are empty too only for the containers
      return (name === 'dict' || name === 'list' || name === 'set' || name === 'tuple') && (node.childForFieldName('arguments')?.namedChildren.length ?? 0) === 0;
    }
    default:
      return false;
  }
}

function handlerShape(block: Node): HandlerShape {
  const assigned = new Set<string>();
  const anonymized = new Set<string>();
  let denies = false;
  for (const node of handlerNodes(block)) {
    if (node.type === 'return_statement' || node.type === 'raise_statement' || node.type === 'continue_statement') denies = true;
    else if (node.type === 'call') {
      const fn = node.childForFieldName('function');
      const name = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : fn?.text;
      if (name && DENY_CALL.test(name)) denies = true;
    } else if (node.type === 'assignment') {
      const left = node.childForFieldName('left');
      if (left?.type === 'identifier') {
        assigned.add(left.text);
        if (isAnonymousValue(node.childForFieldName('right'))) anonymized.add(left.text);
      }
      if (left?.type === 'attribute' && IDENTITY_ATTRIBUTE.test(left.childForFieldName('attribute')?.text ?? '')) denies = true;
    }
  }
  return { denies, assigned, anonymized };
}

/**
 * The handler replaces what the try computed (`user = verify(token)`) with an anonymous or
 * empty identity, and no code after the try reads another name the try set or claims read
 * without verification: the request goes on unauthenticated, not as the token's subject.
 */
function replacedWithAnonymous(shape: HandlerShape, verifiedNames: Set<string>, following: Node[], unverifiedNames: Set<string>): boolean {
  if (![...shape.anonymized].some((name) => verifiedNames.has(name))) return false;
  const leftover = new Set([...verifiedNames, ...unverifiedNames].filter((name) => !shape.anonymized.has(name)));
  return leftover.size === 0 || !following.some((statement) => mentionsName(statement, leftover));
}

/** The statements that run after `statement` completes, in order, up to the function body. */
function* followingStatements(statement: Node): Generator<Node> {
  let current: Node | null = statement;
  while (current) {
    for (let next = current.nextNamedSibling; next; next = next.nextNamedSibling) if (next.type !== 'comment') yield next;
    const block: Node | null = current.parent;
    if (!block || block.type !== 'block') return;
    let owner: Node | null = block.parent;
    if (!owner || owner.type === 'function_definition' || owner.type === 'class_definition') return;
    // a block inside an else/elif/except/finally clause belongs to the statement that owns the clause
    while (owner && !owner.type.endsWith('_statement')) owner = owner.parent;
    current = owner;
  }
}

function isDenyingExit(statement: Node): boolean {
  if (statement.type === 'raise_statement') return true;
  if (statement.type !== 'return_statement') return false;
  const value = statement.namedChildren[0];
  return !value || value.type === 'none' || value.type === 'false';
}

function mentionsName(node: Node, names: Set<string>): boolean {
  if (node.type === 'identifier') return names.has(node.text);
  return node.namedChildren.some((child) => mentionsName(child, names));
}

/** A later condition reads one of the names the handler assigned, or returns it as is: the failure is checked. */
function checkedLater(following: Node[], names: Set<string>): boolean {
  if (names.size === 0) return false;
  for (const statement of following) {
    // `return claims`: the placeholder goes back to the caller, who decides
    const returned = statement.type === 'return_statement' ? statement.namedChildren[0] : undefined;
    if (returned?.type === 'identifier' && names.has(returned.text)) return true;
    const conditions: Node[] = [];
    if (statement.type === 'if_statement' || statement.type === 'while_statement') {
      const condition = statement.childForFieldName('condition');
      if (condition) conditions.push(condition);
      for (const alternative of statement.childrenForFieldName('alternative')) {
        const elif = alternative.type === 'elif_clause' ? alternative.childForFieldName('condition') : null;
        if (elif) conditions.push(elif);
      }
    } else if (statement.type === 'assert_statement' && statement.namedChildren[0]) {
      conditions.push(statement.namedChildren[0]);
    }
    if (conditions.some((condition) => mentionsName(condition, names))) return true;
  }
  return false;
}

/**
 * Names the try body assigns at its top level (`user = verify(token)`): when a later
 * condition tests one of them, a failed verification is noticed (optional authentication).
 */
function assignedInBody(tryNode: Node): Set<string> {
  const names = new Set<string>();
  for (const statement of tryNode.childForFieldName('body')?.namedChildren ?? []) {
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    const left = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : undefined;
    if (left?.type === 'identifier') names.add(left.text);
  }
  return names;
}

/** before_request hooks and middleware: returning nothing lets the request through. */
function isPassThroughHook(tryNode: Node, scope: Scope): boolean {
  if (scope.fn?.role === 'middleware') return true;
  let node: Node | null = tryNode.parent;
  while (node && node.type !== 'function_definition') node = node.parent;
  const decorated = node?.parent?.type === 'decorated_definition' ? node.parent : undefined;
  return decorated?.namedChildren.some((child) => child.type === 'decorator' && /before_(?:app_)?request|before_first_request/.test(child.text)) ?? false;
}

/** Names of this function's scope that hold claims read without verification. */
function unverifiedClaimNames(scope: Scope): Set<string> {
  const names = new Set<string>();
  for (const [name, value] of scope.vars) if (value.kind === 'claims' && !value.verified) names.add(name);
  return names;
}

function onVerifyTry(tryNode: Node, evidence: { opIds: number[]; calls: string[] }, lowering: PyLowering, scope: Scope): void {
  const following = [...followingStatements(tryNode)];
  const firstAfter = following[0];
  const continues = firstAfter ? !isDenyingExit(firstAfter) : isPassThroughHook(tryNode, scope);
  const verifiedNames = assignedInBody(tryNode);
  const unverifiedNames = unverifiedClaimNames(scope);
  for (const clause of tryNode.namedChildren) {
    if (clause.type !== 'except_clause' && clause.type !== 'except_group_clause') continue;
    const block = clause.namedChildren.find((child) => child.type === 'block');
    const shape = block ? handlerShape(block) : { denies: false, assigned: new Set<string>(), anonymized: new Set<string>() };
    const handler: VerifyHandler = {
      loc: lowering.loc(clause),
      catches: caughtNames(clause),
      swallows: !shape.denies && !checkedLater(following, new Set([...shape.assigned, ...verifiedNames])) && !replacedWithAnonymous(shape, verifiedNames, following, unverifiedNames),
      continuesToProtectedCode: continues,
      verifyOpIds: [...evidence.opIds],
    };
    if (evidence.calls.length > 0) handler.verifyCalls = [...evidence.calls];
    lowering.model.verifyHandlers.push(handler);
  }
}

export const checksRecognizer: Recognizer = {
  onCondition(condition: Node, _value: Value, lowering: PyLowering, scope: Scope): void {
    const guards = new Set<string>();
    collectGuards(condition, guards);
    if (guards.size === 0) return;
    const state = stateOf(lowering);
    const key = functionKey(scope);
    const known = state.guardedNames.get(key);
    if (known) for (const name of guards) known.add(name);
    else state.guardedNames.set(key, guards);
  },

  onAssign(target: Node, value: Value, valueNode: Node, lowering: PyLowering): void {
    if (target.type !== 'identifier' || !isHeaderSplit(value) || valueNode.type !== 'call') return;
    const origin = baseName(valueNode);
    if (origin) stateOf(lowering).splitOrigins.set(target.text, origin);
  },

  onSubscript(node: Node, object: Value, index: Value, lowering: PyLowering, scope: Scope): void {
    if (!isHeaderSplit(object) || index.kind !== 'number' || index.value < 1) return;
    onSplitIndex(node, object, lowering, scope, stateOf(lowering));
  },

  onCompare(node: Node, operator: string, left: Value, right: Value, lowering: PyLowering): void {
    if (operator !== '==' && operator !== '!=') return;
    if (left.kind !== 'token' && right.kind !== 'token') return;
    if (isQueryExpression(node)) return;
    const leftIsPresented = presentedFirst(left, right);
    const presented = (leftIsPresented ? left : right) as TokenValue;
    if (presented.source.kind === 'issued') return;
    const against = leftIsPresented ? right : left;
    const operands = node.namedChildren;
    const againstNode = operands.length === 2 ? operands[leftIsPresented ? 1 : 0] : undefined;
    lowering.model.compares.push({ loc: lowering.loc(node), operator, presented, against, againstName: operandName(againstNode, against) });
  },

  onCall(call: PyCall, lowering: PyLowering, scope: Scope): Value | undefined {
    if (!lowering.isSilent) noteVerification(call, lowering, scope, stateOf(lowering));
    return undefined;
  },

  onTry(tryNode: Node, lowering: PyLowering, scope: Scope): void {
    const evidence = (lowering.state.get(STATE_KEY) as ChecksState | undefined)?.verifyInTry.get(tryNode.id);
    if (evidence) onVerifyTry(tryNode, evidence, lowering, scope);
  },
};
