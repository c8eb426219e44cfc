/**
 * JS/TS recognizer: tokens taken as GraphQL query arguments (`type Query { me(token: String!): User }`
 * in a `gql`/`graphql` template or a `buildSchema` string, and `Query` resolvers that
 * destructure a token-named argument). A query may be sent with GET, so its arguments
 * travel in the URL, and query texts are logged by servers, gateways and APM tools.
 * Mutations cannot be sent with GET and are left alone, as are output fields (`token:
 * String` in a type) and single-purpose link tokens (reset, verification: the rule's call).
 */
import { ts } from 'ts-morph';
import type { TsLowering, TsRecognizer } from '../lowering-api.js';
import { isTokenLikeTsName } from '../sources.js';

const GRAPHQL_TEXT = /\bgql\b|\bgraphql\b|buildSchema|typeDefs|\bQuery\s*:/;
const SDL_TAGS = /^(?:gql|graphql)$/;
/** `type Query { … }` and `extend type Query { … }` blocks (no nested braces in SDL field lists). */
const QUERY_BLOCK = /\b(?:extend\s+)?type\s+Query\s*\{([^}]*)\}/g;
/** `field(arguments)`: the argument list of one field. */
const FIELD_ARGUMENTS = /(\w+)\s*\(([^)]*)\)/g;
const ARGUMENT = /(\w+)\s*:/g;

function record(lowering: TsLowering, name: string, field: string, node: ts.Node, offset?: number): void {
  const start = node.getStart(lowering.sourceFile) + (offset ?? 0);
  const position = lowering.sourceFile.getLineAndCharacterOfPosition(start);
  const loc = offset === undefined ? lowering.loc(node) : { line: position.line + 1, column: position.character + 1, endLine: position.line + 1, endColumn: position.character + 1 + name.length };
  lowering.model.queryReads.push({ name, loc, api: `GraphQL Query.${field}` });
}

/** Token-named arguments of Query fields in SDL text; `textStart` is the offset of `text` inside `node`. */
function fromSdl(text: string, node: ts.Node, textStart: number, lowering: TsLowering): void {
  for (const block of text.matchAll(QUERY_BLOCK)) {
    const blockStart = block.index + block[0].indexOf('{') + 1;
    for (const field of block[1]!.matchAll(FIELD_ARGUMENTS)) {
      const argumentsStart = blockStart + field.index + field[0].indexOf('(') + 1;
      for (const argument of field[2]!.matchAll(ARGUMENT)) {
        if (isTokenLikeTsName(argument[1]!)) record(lowering, argument[1]!, field[1]!, node, textStart + argumentsStart + argument.index);
      }
    }
  }
}

/** `Query: { me: (_parent, { token }) => … }`: the arguments a resolver destructures. */
function fromResolvers(object: ts.ObjectLiteralExpression, lowering: TsLowering): void {
  for (const property of object.properties) {
    const name = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined;
    const resolver = ts.isMethodDeclaration(property) ? property : ts.isPropertyAssignment(property) && (ts.isArrowFunction(property.initializer) || ts.isFunctionExpression(property.initializer)) ? property.initializer : undefined;
    const args = resolver?.parameters[1];
    if (!name || !args || !ts.isObjectBindingPattern(args.name)) continue;
    for (const element of args.name.elements) {
      const argument = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : ts.isIdentifier(element.name) ? element.name.text : undefined;
      if (argument && isTokenLikeTsName(argument)) record(lowering, argument, name, element);
    }
  }
}

export const tsGraphqlRecognizer: TsRecognizer = {
  readBy: [['TG402', 'token-in-url']],
  onModuleEnd(lowering) {
    if (!GRAPHQL_TEXT.test(lowering.text)) return;
    let sdlFound = false;
    const resolverMaps: ts.ObjectLiteralExpression[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && SDL_TAGS.test(node.tag.text)) {
        const template = node.template;
        const text = ts.isNoSubstitutionTemplateLiteral(template) ? template.text : template.head.text + template.templateSpans.map((span) => ' '.repeat(span.expression.getFullWidth() + 3) + span.literal.text).join('');
        const before = lowering.sourceFile.text.slice(node.getStart(lowering.sourceFile), template.getStart(lowering.sourceFile)).length + 1;
        sdlFound = true;
        fromSdl(text, node, before, lowering);
        return;
      }
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'buildSchema' && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
        sdlFound = true;
        fromSdl(node.arguments[0].text, node.arguments[0], 1, lowering);
        return;
      }
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'Query' && ts.isObjectLiteralExpression(node.initializer)) resolverMaps.push(node.initializer);
      ts.forEachChild(node, visit);
    };
    visit(lowering.sourceFile);
    // the schema in the same file already names the argument; resolvers elsewhere name it for their schema
    if (!sdlFound) for (const map of resolverMaps) fromResolvers(map, lowering);
  },
};
