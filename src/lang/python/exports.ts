/**
 * Python recognizer: the file as a module, for link. Records its imports as written, the
 * qualified names it used through them, and what it offers other modules: module-level
 * functions and class methods with their summaries (the request's token, claims of a
 * decode, a value derived from a parameter, a call through to an imported function; it
 * verifies; it issues a token), and constants (literals, env lookups, durations, lists,
 * config-class attributes). Runs last, when the other recognizers' facts are final.
 */
import type { Node } from './syntax-node.js';
import type { FunctionModel, Value } from '../../model/types.js';
import type { FunctionSummary, ModuleExport, ReturnSummary } from '../../model/types.js';
import { issuerSummary, returnedValueSummary } from '../summaries.js';
import type { PyLowering, Recognizer } from './lowering-api.js';
import { factsTable } from './frameworks/function-auth.js';
import { dependenciesAuthenticate, dependencyAliases } from './frameworks/routes.js';

interface ExportsState {
  /** Function id → its def, for module-level functions and methods of module-level classes. */
  defs: Map<number, { def: Node; owner?: string }>;
  /** Function id → imported callees it hands a token to. */
  tokenCallees: Map<number, Set<string>>;
}

const STATE_KEY = 'py-exports';
/** Parameters that carry a token's lifetime into an issuing helper. */
const LIFETIME_PARAMETER = /expir|ttl|lifetime|delta|duration|max_age/i;
/** Values worth telling another module: what a key, lifetime or algorithm list can be. */
const CONSTANT_KINDS = new Set<Value['kind']>(['string', 'number', 'bool', 'env', 'duration', 'list']);

function stateOf(lowering: PyLowering): ExportsState {
  let state = lowering.state.get(STATE_KEY) as ExportsState | undefined;
  if (!state) {
    state = { defs: new Map(), tokenCallees: new Map() };
    lowering.state.set(STATE_KEY, state);
  }
  return state;
}

/** `def f` at module level (also decorated), or a method of a module-level class: its owner's name. */
function placeOf(def: Node): { owner?: string } | undefined {
  const statement = def.parent?.type === 'decorated_definition' ? def.parent : def;
  const container = statement.parent;
  if (container?.type === 'module') return {};
  const cls = container?.type === 'block' ? container.parent : null;
  const clsStatement = cls?.parent?.type === 'decorated_definition' ? cls.parent : cls;
  if (cls?.type === 'class_definition' && clsStatement?.parent?.type === 'module') return { owner: cls.childForFieldName('name')?.text };
  return undefined;
}

function parameterNames(def: Node, method: boolean): string[] {
  const names = (def.childForFieldName('parameters')?.namedChildren ?? []).flatMap((parameter) => {
    const name = parameter.type === 'identifier' ? parameter : (parameter.childForFieldName('name') ?? parameter.namedChildren.find((child) => child.type === 'identifier'));
    return name?.type === 'identifier' ? [name.text] : [];
  });
  return method && (names[0] === 'self' || names[0] === 'cls') ? names.slice(1) : names;
}

function isImported(qualified: string, lowering: PyLowering): boolean {
  return lowering.importBindings.some((binding) => binding.local !== '*' && (qualified === binding.qualified || qualified.startsWith(`${binding.qualified}.`)));
}

function returnSummary(fn: FunctionModel, def: Node, params: string[], lowering: PyLowering): ReturnSummary | undefined {
  const returns = lowering.returnsOf.get(fn.id);
  if (!returns?.length) return undefined;
  const fromValues = returnedValueSummary(returns, lowering.model.jwtOps, params);
  if (fromValues === 'none') return undefined;
  if (fromValues) return fromValues;
  const called = returns.find((value) => value.kind === 'unknown' && value.name?.endsWith('()') && isImported(value.name.slice(0, -2), lowering));
  if (called?.kind === 'unknown') return { kind: 'call', callee: called.name!.slice(0, -2) };
  // `return header.split()[1]`: derived from a parameter not named like a token (one silent walk)
  if (params.length && returns.some((value) => value.kind === 'unknown')) {
    const through = lowering.parameterReturned(def);
    // the walker counts `self`; callers do not pass it
    const index = through ? through.index - (parameterNames(def, false).length - params.length) : -1;
    if (through && index >= 0) return { kind: 'param', index, name: through.name, transforms: through.transforms };
  }
  return undefined;
}

/**
 * It verifies a token (a verifying decode, a verify call) or reads one and denies with
 * 401/403, itself or in a function nested in it (a decorator's wrapper).
 */
function authenticates(fnId: number, lowering: PyLowering, depth = 0): boolean {
  const table = factsTable(lowering);
  const facts = table.get(fnId);
  if (lowering.model.jwtOps.some((op) => op.functionId === fnId && op.kind === 'decode' && op.options.verifySignature !== false)) return true;
  if (facts?.verifyCall !== undefined || (facts?.readsToken && (facts.denies401 || facts.denies403))) return true;
  return depth < 2 && [...table.values()].some((child) => child.parentId === fnId && authenticates(child.fn.id, lowering, depth + 1));
}

function summarise(fn: FunctionModel, def: Node, method: boolean, lowering: PyLowering, state: ExportsState): FunctionSummary | undefined {
  const params = parameterNames(def, method);
  const summary: FunctionSummary = { params };
  const returns = returnSummary(fn, def, params, lowering);
  if (returns) summary.returns = returns;
  const ops = lowering.model.jwtOps.filter((op) => op.functionId === fn.id);
  if (authenticates(fn.id, lowering) || dependenciesAuthenticate(lowering, fn.id)) summary.verifies = true;
  const via = state.tokenCallees.get(fn.id);
  if (via?.size && !summary.verifies) summary.verifiesVia = [...via].sort();
  const issues = issuerSummary(
    ops.find((op) => op.kind === 'encode'),
    params,
    LIFETIME_PARAMETER,
  );
  if (issues) summary.issues = issues;
  return summary.returns || summary.verifies || summary.verifiesVia || summary.issues ? summary : undefined;
}

/** `NAME = value` at module level or in a module-level class body, with the node its name is written at. */
function assignments(block: Node): { target: Node; value: Node }[] {
  const found: { target: Node; value: Node }[] = [];
  for (const statement of block.namedChildren) {
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    const target = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
    const value = assignment?.childForFieldName('right');
    if (target?.type === 'identifier' && value) found.push({ target, value });
  }
  return found;
}

function constantExports(lowering: PyLowering, exports: ModuleExport[]): void {
  const root = lowering.tree.rootNode;
  const classes = new Set<string>();
  for (const statement of root.namedChildren) {
    const cls = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    const name = cls?.type === 'class_definition' ? cls.childForFieldName('name')?.text : undefined;
    const body = cls?.childForFieldName('body');
    if (!name || !body) continue;
    classes.add(name);
    // class attributes were evaluated when the body was walked: these reads hit the walker's memo
    for (const { target, value } of assignments(body)) {
      const evaluated = lowering.evalExpr(value, lowering.moduleScope);
      if (CONSTANT_KINDS.has(evaluated.kind)) exports.push({ name: `${name}.${target.text}`, loc: lowering.loc(target), constant: evaluated });
    }
  }
  for (const { target, value } of assignments(root)) {
    const name = target.text;
    const bound = lowering.moduleScope.vars.get(name);
    if (!bound) continue;
    if (CONSTANT_KINDS.has(bound.kind)) exports.push({ name, loc: lowering.loc(target), constant: bound });
    else if (bound.kind === 'unknown' && bound.name) {
      // `settings = Settings()`: members read through the instance are the class's; `verify = security.verify`: an alias
      const instanceOf = bound.name.endsWith('()') ? bound.name.slice(0, -2) : undefined;
      if (instanceOf && classes.has(instanceOf)) exports.push({ name, loc: lowering.loc(target), local: instanceOf });
      else if (!instanceOf && value.type !== 'call' && bound.name !== name && (classes.has(bound.name) || isImported(bound.name, lowering))) exports.push({ name, loc: lowering.loc(target), local: bound.name });
    }
  }
}

export const exportsRecognizer: Recognizer = {
  onFunction(def, _decorators, fn, lowering) {
    if (lowering.isSilent) return;
    const place = placeOf(def);
    if (place) stateOf(lowering).defs.set(fn.id, { def, ...place });
  },

  onCall(call, lowering, scope) {
    if (lowering.isSilent || !scope.fn || !call.callee || !isImported(call.callee, lowering)) return undefined;
    const passesToken = [...call.args, ...call.kwargs.values()].some((value) => value.kind === 'token');
    if (passesToken) {
      const state = stateOf(lowering);
      const callees = state.tokenCallees.get(scope.fn.id) ?? new Set<string>();
      callees.add(call.callee);
      state.tokenCallees.set(scope.fn.id, callees);
    }
    return undefined;
  },

  onModuleEnd(lowering) {
    const state = stateOf(lowering);
    const exports: ModuleExport[] = [];
    for (const fn of lowering.model.functions) {
      const place = state.defs.get(fn.id);
      if (!place) continue;
      const summary = summarise(fn, place.def, place.owner !== undefined, lowering, state);
      if (summary) exports.push({ name: place.owner ? `${place.owner}.${fn.name}` : fn.name, loc: fn.loc, function: summary, functionId: fn.id });
    }
    constantExports(lowering, exports);
    // `CurrentUser = Annotated[User, Depends(get_current_user)]`: the alias stands for its dependency
    for (const [name, targets] of dependencyAliases(lowering)) {
      const target = targets[0];
      const callee = target?.type === 'call' ? target.childForFieldName('function') : target;
      const qualified = callee ? lowering.qualifiedName(callee) : undefined;
      if (qualified && qualified !== name) exports.push({ name, loc: lowering.loc(target!), local: qualified });
    }
    // routers and blueprints: routes in other files that import them are on the same group
    for (const group of lowering.model.routerGroups ?? []) exports.push({ name: group.name, loc: group.loc, group: group.framework });
    lowering.model.module = { imports: lowering.importBindings, exports, starExports: [], references: [...lowering.references].sort(), tokenCalls: [...new Set([...state.tokenCallees.values()].flatMap((callees) => [...callees]))].sort() };
  },
};
