/** What one Python import statement binds, as written: for the walker's names and for link. */
import type { Node } from './syntax-node.js';
import type { ImportBinding, ModuleFacts } from '../../model/types.js';
import type { Value } from '../../model/types.js';
import { stringContent } from './syntax.js';

/**
 * `import a.b` binds `a` (the package, members reached by attribute), `import a.b as c`
 * binds `c` to `a.b`, `from .m import x as y` binds `y` to `m.x` (the walker's qualified
 * names drop the leading dots; the specifier keeps them), `from m import *` binds '*'.
 */
export function importBindings(node: Node): ImportBinding[] {
  const bindings: ImportBinding[] = [];
  if (node.type === 'import_statement') {
    for (const child of node.namedChildren) {
      if (child.type === 'dotted_name') {
        const top = child.text.split('.')[0]!;
        bindings.push({ local: top, specifier: top, imported: '*', qualified: top });
      } else if (child.type === 'aliased_import') {
        const full = child.childForFieldName('name')?.text;
        const alias = child.childForFieldName('alias')?.text;
        if (full && alias) bindings.push({ local: alias, specifier: full, imported: '*', qualified: full });
      }
    }
    return bindings;
  }
  const moduleName = node.childForFieldName('module_name')?.text;
  if (!moduleName) return bindings;
  const base = moduleName.replace(/^\.+/, '');
  for (const child of node.childrenForFieldName('name')) {
    const name = child.type === 'dotted_name' ? child.text : child.type === 'aliased_import' ? child.childForFieldName('name')?.text : undefined;
    const local = child.type === 'aliased_import' ? child.childForFieldName('alias')?.text : name;
    if (name && local) bindings.push({ local, specifier: moduleName, imported: name, qualified: base ? `${base}.${name}` : name });
  }
  // `from app.models import *`: its names are used bare (link resolves them through the module)
  if (node.namedChildren.some((child) => child.type === 'wildcard_import')) bindings.push({ local: '*', specifier: moduleName, imported: '*', qualified: '' });
  return bindings;
}

/** The top-level package an import names (`a` for `import a.b`, `m` for `from .m.n import x`), if any. */
export function importedPackage(binding: ImportBinding): string | undefined {
  return binding.specifier.replace(/^\.+/, '').split('.')[0] || undefined;
}

/**
 * What a module that is not lowered still offers other modules: its imports (a package's
 * __init__.py hands names on) and its literal constants (`SIGNING_KEY = "…"`, `API_PREFIX = "/api/v1"`).
 */
export function unloweredModuleFacts(root: Node): ModuleFacts | undefined {
  const facts: ModuleFacts = { imports: [], exports: [], starExports: [], references: [] };
  for (const statement of root.namedChildren) {
    if (statement.type === 'import_statement' || statement.type === 'import_from_statement') facts.imports.push(...importBindings(statement));
    const assignment = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    const target = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
    const value = assignment?.childForFieldName('right');
    const constant = value ? literalValue(value) : undefined;
    if (target?.type === 'identifier' && constant) {
      facts.exports.push({ name: target.text, loc: { line: target.startPosition.row + 1, column: target.startPosition.column + 1, endLine: target.endPosition.row + 1, endColumn: target.endPosition.column + 1 }, constant });
    }
  }
  return facts.imports.length || facts.exports.length ? facts : undefined;
}

/** A plain string or a whole number, as written. */
function literalValue(node: Node): Value | undefined {
  if (node.type === 'string' && !node.namedChildren.some((child) => child.type === 'interpolation')) return { kind: 'string', value: stringContent(node) };
  if (node.type === 'integer' && /^\d+$/.test(node.text)) return { kind: 'number', value: Number(node.text) };
  return undefined;
}
