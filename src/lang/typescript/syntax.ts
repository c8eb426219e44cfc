/** How TypeScript syntax nodes read as names: pure helpers over the compiler's nodes. */
import { ts } from 'ts-morph';

export function dottedName(node: ts.Node): string | undefined {
  if (ts.isIdentifier(node)) return node.text;
  if (node.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  if (ts.isPropertyAccessExpression(node)) {
    const head = dottedName(node.expression);
    return head ? `${head}.${node.name.text}` : undefined;
  }
  if (ts.isElementAccessExpression(node) && ts.isStringLiteral(node.argumentExpression)) {
    const head = dottedName(node.expression);
    return head ? `${head}.${node.argumentExpression.text}` : undefined;
  }
  if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node)) return dottedName(node.expression);
  return undefined;
}

export function propertyKey(name: ts.PropertyName): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  return null;
}
