/**
 * Python recognizer for apps routed by an API document: connexion's `connexion.App`,
 * `FlaskApp` and `AsyncApp` with `app.add_api('openapi.yml')`. The document is read by the
 * engine (src/spec), which turns each operation into a route of the function its
 * `operationId` names; this recognizer records the `add_api` calls (SpecMount) and, for
 * every function of the file, whether it checks a token itself (`inlineAuth`), since any
 * function may turn out to be such a handler.
 */
import type { Node } from '../syntax-node.js';
import type { PyLowering, Recognizer } from '../lowering-api.js';
import { dottedName, stringContent } from '../syntax.js';
import { checksInline, decodingFunctions, factsTable, type FunctionFacts } from './function-auth.js';

const APP_CLASSES = /^(?:App|FlaskApp|AsyncApp|AioHttpApp)$/;
const STATE_KEY = 'py-connexion';

interface ConnexionState {
  /** App variables → their `specification_dir`, as written. */
  apps: Map<string, string>;
}

function stateOf(lowering: PyLowering): ConnexionState {
  let state = lowering.state.get(STATE_KEY) as ConnexionState | undefined;
  if (!state) {
    state = { apps: new Map() };
    lowering.state.set(STATE_KEY, state);
  }
  return state;
}

function usesConnexion(lowering: PyLowering): boolean {
  return lowering.importedModules.has('connexion');
}

function keywordArgument(call: Node, name: string): Node | undefined {
  for (const argument of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (argument.type === 'keyword_argument' && argument.childForFieldName('name')?.text === name) return argument.childForFieldName('value') ?? undefined;
  }
  return undefined;
}

/** A string literal, or the string inside `Path("openapi.yaml")`. */
function literalPath(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'string' && !node.namedChildren.some((child) => child.type === 'interpolation')) return stringContent(node);
  if (node.type === 'call') {
    const first = node.childForFieldName('arguments')?.namedChildren[0];
    return first?.type === 'string' ? literalPath(first) : undefined;
  }
  return undefined;
}

export const connexionRecognizer: Recognizer = {
  readBy: [
    ['TG701', 'missing-auth-route'],
    ['TG801', 'spec-auth-not-enforced'],
    ['TG803', 'spec-auth-undocumented'],
  ],
  onAssign(target, _value, valueNode, lowering) {
    if (!usesConnexion(lowering) || valueNode.type !== 'call') return;
    const callee = valueNode.childForFieldName('function');
    const qualified = callee ? lowering.qualifiedName(callee) : undefined;
    const name = dottedName(target);
    if (!qualified || !name || !qualified.startsWith('connexion') || !APP_CLASSES.test(qualified.slice(qualified.lastIndexOf('.') + 1))) return;
    stateOf(lowering).apps.set(name, literalPath(keywordArgument(valueNode, 'specification_dir')) ?? '');
  },
  onCall(call, lowering) {
    if (call.method !== 'add_api' || !call.receiverNode || !usesConnexion(lowering) || lowering.isSilent) return undefined;
    const receiver = dottedName(call.receiverNode);
    const apps = stateOf(lowering).apps;
    if (!receiver || (!apps.has(receiver) && !/(?:^|_)app$|^application$/.test(receiver))) return undefined;
    const document = literalPath(call.kwargNodes.get('specification') ?? call.argNodes[0]);
    if (!document) return undefined;
    const basePath = literalPath(call.kwargNodes.get('base_path'));
    (lowering.model.specMounts ??= []).push({
      framework: 'connexion',
      document,
      specificationDir: apps.get(receiver) ?? '',
      ...(basePath !== undefined ? { basePath } : {}),
      loc: lowering.loc(call.node),
    });
    return undefined;
  },
  onModuleEnd(lowering) {
    // the facts are noted by the routes recognizer, which runs before this one
    const table = factsTable(lowering);
    if (table.size === 0) return;
    const decoding = decodingFunctions(lowering);
    const topLevel = new Map<string, FunctionFacts>();
    for (const facts of table.values()) if (facts.parentId === undefined && !topLevel.has(facts.fn.name)) topLevel.set(facts.fn.name, facts);
    for (const facts of table.values()) {
      if (checksInline(facts, decoding, (name) => topLevel.get(name))) facts.fn.inlineAuth = facts.fn.name;
    }
  },
};
