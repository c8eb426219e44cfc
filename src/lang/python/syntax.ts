/** How Python syntax nodes read as names and literals: pure helpers over the tree. */
import type { Node } from './syntax-node.js';

export function dottedName(node: Node): string | undefined {
  if (node.type === 'identifier') return node.text;
  if (node.type === 'attribute') {
    const object = node.childForFieldName('object');
    const attribute = node.childForFieldName('attribute');
    if (!object || !attribute) return undefined;
    const head = dottedName(object);
    return head ? `${head}.${attribute.text}` : undefined;
  }
  if (node.type === 'subscript') {
    const object = node.childForFieldName('value');
    const index = node.childForFieldName('subscript');
    const head = object ? dottedName(object) : undefined;
    if (!head || index?.type !== 'string') return undefined;
    return `${head}[${JSON.stringify(stringContent(index))}]`;
  }
  return undefined;
}

/** The literal content of a string node without prefix and quotes (escapes left as written). */
export function stringContent(node: Node): string {
  let content = '';
  for (const child of node.namedChildren) {
    if (child.type === 'string_content' || child.type === 'escape_sequence') content += child.text;
  }
  return content;
}
