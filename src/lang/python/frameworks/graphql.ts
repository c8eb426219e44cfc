/**
 * Python recognizer: GraphQL query fields that take a token as an argument (graphene
 * `graphene.Field(User, token=graphene.String())`, Strawberry `@strawberry.field` resolvers
 * with a token parameter). GraphQL servers answer queries over GET, with the arguments in
 * the query string, so such a token travels in the URL: a TokenQueryRead for token-in-url.
 * Mutations are left alone (they are POST-only).
 */
import type { Node } from '../syntax-node.js';
import type { FunctionModel } from '../../../model/types.js';
import type { PyCall, PyLowering, Recognizer, Scope } from '../lowering-api.js';
import { isTokenLikeName } from '../sources.js';

const API = 'a GraphQL query argument (GraphQL over GET carries arguments in the query string)';
const GRAPHENE_FIELDS = new Set(['graphene.Field', 'graphene.List', 'graphene.NonNull', 'graphene.relay.ConnectionField']);
const GRAPHENE_SCALARS = /^graphene\.(?:String|ID|Argument|NonNull)$/;
const STRAWBERRY_QUERY = /^strawberry\.(?:field|type\.field)$/;

function onGrapheneField(call: PyCall, lowering: PyLowering): void {
  if (!call.callee || !GRAPHENE_FIELDS.has(call.callee)) return;
  for (const [name, node] of call.kwargNodes) {
    if (!isTokenLikeName(name) || node.type !== 'call') continue;
    const scalar = node.childForFieldName('function');
    const qualified = scalar ? lowering.qualifiedName(scalar) : undefined;
    if (qualified && GRAPHENE_SCALARS.test(qualified)) lowering.model.queryReads.push({ name, loc: lowering.loc(node), api: API });
  }
}

function onStrawberryResolver(def: Node, decorators: Node[], lowering: PyLowering): void {
  const isQuery = decorators.some((decorator) => {
    const expression = decorator.namedChildren[0];
    const callee = expression?.type === 'call' ? expression.childForFieldName('function') : expression;
    const qualified = callee ? lowering.qualifiedName(callee) : undefined;
    return qualified !== undefined && STRAWBERRY_QUERY.test(qualified);
  });
  if (!isQuery) return;
  for (const parameter of def.childForFieldName('parameters')?.namedChildren ?? []) {
    const nameNode = parameter.type === 'identifier' ? parameter : parameter.type === 'typed_parameter' ? parameter.namedChildren.find((child) => child.type === 'identifier') : parameter.childForFieldName('name');
    if (nameNode && isTokenLikeName(nameNode.text)) lowering.model.queryReads.push({ name: nameNode.text, loc: lowering.loc(nameNode), api: API });
  }
}

export const graphqlRecognizer: Recognizer = {
  readBy: [['TG402', 'token-in-url']],
  onCall(call: PyCall, lowering: PyLowering, _scope: Scope): undefined {
    if (!lowering.isSilent && lowering.importedModules.has('graphene')) onGrapheneField(call, lowering);
    return undefined;
  },
  onFunction(def: Node, decorators: Node[], _fn: FunctionModel, lowering: PyLowering): void {
    if (decorators.length > 0 && lowering.importedModules.has('strawberry')) onStrawberryResolver(def, decorators, lowering);
  },
};
