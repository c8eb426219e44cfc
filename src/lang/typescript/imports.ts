/** What a JS/TS import binds, as written: for the walker's names and for link. */
import { ts } from 'ts-morph';
import type { ImportBinding, ModuleExport, ModuleFacts } from '../../model/types.js';
import type { Value } from '../../model/types.js';

/** `import x from 'm'` (default), `import * as ns from 'm'` ('*'), `import { a as b } from 'm'` (a, as b). */
export function importDeclarationBindings(node: ts.ImportDeclaration): ImportBinding[] {
  if (!ts.isStringLiteral(node.moduleSpecifier)) return [];
  const specifier = node.moduleSpecifier.text;
  const clause = node.importClause;
  if (!clause) return [];
  const bindings: ImportBinding[] = [];
  if (clause.name) bindings.push({ local: clause.name.text, specifier, imported: 'default', qualified: specifier });
  const named = clause.namedBindings;
  if (named && ts.isNamespaceImport(named)) bindings.push({ local: named.name.text, specifier, imported: '*', qualified: specifier });
  else if (named) {
    for (const element of named.elements) {
      const imported = (element.propertyName ?? element.name).text;
      bindings.push({ local: element.name.text, specifier, imported, qualified: `${specifier}.${imported}` });
    }
  }
  return bindings;
}

/** `const m = require('./m')`, `const { a, b: c } = require('./m')`. */
function requireBindings(declaration: ts.VariableDeclaration): ImportBinding[] {
  const init = declaration.initializer;
  if (!init || !ts.isCallExpression(init) || !ts.isIdentifier(init.expression) || init.expression.text !== 'require' || init.arguments.length !== 1 || !ts.isStringLiteral(init.arguments[0]!)) return [];
  const specifier = init.arguments[0].text;
  if (ts.isIdentifier(declaration.name)) return [{ local: declaration.name.text, specifier, imported: '*', qualified: specifier }];
  if (!ts.isObjectBindingPattern(declaration.name)) return [];
  return declaration.name.elements.flatMap((element) => {
    const key = element.propertyName ?? element.name;
    return ts.isIdentifier(element.name) && ts.isIdentifier(key) ? [{ local: element.name.text, specifier, imported: key.text, qualified: `${specifier}.${key.text}` }] : [];
  });
}

/** `export { a as b } from './m'`, `export * as ns from './m'`, `export * from './m'`: names handed on from another module. */
export function reExports(node: ts.ExportDeclaration, loc: ModuleExport['loc']): { exports: ModuleExport[]; star?: string } {
  if (!node.moduleSpecifier || !ts.isStringLiteral(node.moduleSpecifier) || node.isTypeOnly) return { exports: [] };
  const specifier = node.moduleSpecifier.text;
  const clause = node.exportClause;
  if (!clause) return { exports: [], star: specifier };
  if (ts.isNamespaceExport(clause)) return { exports: [{ name: clause.name.text, loc, from: { specifier, imported: '*' } }] };
  return { exports: clause.elements.map((element) => ({ name: element.name.text, loc, from: { specifier, imported: (element.propertyName ?? element.name).text } })) };
}

/** The imports and re-exports of a file that is not lowered (a barrel `index.ts` hands names on without a token word). */
export function unloweredModuleFacts(sourceFile: ts.SourceFile): ModuleFacts | undefined {
  const facts: ModuleFacts = { imports: [], exports: [], starExports: [], references: [] };
  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement)) facts.imports.push(...importDeclarationBindings(statement));
    else if (ts.isVariableStatement(statement)) for (const declaration of statement.declarationList.declarations) facts.imports.push(...requireBindings(declaration));
    else if (ts.isExportDeclaration(statement)) {
      const start = sourceFile.getLineAndCharacterOfPosition(statement.getStart(sourceFile));
      const loc = { line: start.line + 1, column: start.character + 1, endLine: start.line + 1, endColumn: start.character + 1 };
      const handed = reExports(statement, loc);
      facts.exports.push(...handed.exports);
      if (handed.star) facts.starExports.push(handed.star);
      // `export { a }` of an imported name
      if (!statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
        for (const element of statement.exportClause.elements) facts.exports.push({ name: element.name.text, loc, local: (element.propertyName ?? element.name).text });
      }
    }
    // `export const API_PREFIX = '/api'`: a literal constant other modules may use
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        if (!ts.isIdentifier(declaration.name) || !init || !(ts.isStringLiteralLike(init) || ts.isNumericLiteral(init))) continue;
        const start = sourceFile.getLineAndCharacterOfPosition(declaration.name.getStart(sourceFile));
        const constant: Value = ts.isNumericLiteral(init) ? { kind: 'number', value: Number(init.text) } : { kind: 'string', value: init.text };
        facts.exports.push({ name: declaration.name.text, loc: { line: start.line + 1, column: start.character + 1, endLine: start.line + 1, endColumn: start.character + 1 }, constant });
      }
    }
  }
  return facts.imports.length || facts.exports.length || facts.starExports.length ? facts : undefined;
}
