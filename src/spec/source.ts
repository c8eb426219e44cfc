/**
 * The text of a YAML or JSON document as a syntax tree with positions: what the spec model
 * is read from, so that every operation, requirement and scheme keeps the line it is
 * written on. JSON is read by the same YAML 1.2 parser (JSON is a subset of it).
 */
import path from 'node:path';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Parser, visit, type Document, type Node } from 'yaml';
import type { SuppressionComment } from '../model/types.js';
import { mayContainSuppression, parseSuppression } from '../engine/suppress.js';
import type { SpecLocation } from './types.js';

export interface SourceFile {
  /** Relative to the scan root, with `/`. */
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/** As many YAML aliases as the yaml library expands by default; API documents use few or none. */
const MAX_ALIASES = 100;

export type ParseResult = { ok: true; source: SourceFile } | { ok: false; reason: string };

/** Parses one file; a syntax error is the reason it cannot be read. */
export function parseSource(file: string, text: string): ParseResult {
  const lines = new LineCounter();
  // uniqueKeys off: a repeated key is the document's problem, not a reason to stop reading it
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, merge: true });
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    // the message's first line, without the position (given once) and the quoted source lines after it
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    if (/\.json$/i.test(file)) return { ok: false, reason: `not valid JSON${at ? ` (line ${at.line})` : ''}: ${jsonError(text) ?? message}` };
    return { ok: false, reason: `not valid YAML${at ? ` (line ${at.line})` : ''}: ${message}` };
  }
  // aliases of aliases expand exponentially in whatever walks the parsed value (a YAML bomb)
  let aliases = 0;
  visit(doc, { Alias: () => (++aliases > MAX_ALIASES ? visit.BREAK : undefined) });
  if (aliases > MAX_ALIASES) return { ok: false, reason: `uses more than ${MAX_ALIASES} YAML aliases` };
  return { ok: true, source: { file, text, doc, lines } };
}

/** JSON's own account of a syntax error, which reads better than the YAML parser's for JSON files. */
function jsonError(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return (error as Error).message.replace(/^Unexpected end of JSON input$/, 'the document ends before it is complete');
  }
}

/** The node itself, or what an alias (`*anchor`) stands for. */
export function resolved(source: SourceFile, node: unknown): Node | undefined {
  if (isAlias(node)) return (node.resolve(source.doc) as Node | undefined) ?? undefined;
  return (node as Node | null | undefined) ?? undefined;
}

/** A mapping's value under `key`, with its key node (for the key's position). */
export function entry(source: SourceFile, node: Node | undefined, key: string): { key: Node; value: Node | undefined } | undefined {
  if (!isMap(node)) return undefined;
  for (const pair of node.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) return { key: pair.key, value: resolved(source, pair.value) };
  }
  return undefined;
}

export function get(source: SourceFile, node: Node | undefined, key: string): Node | undefined {
  return entry(source, node, key)?.value;
}

/** A mapping's entries in written order: key text, key node, value. */
export function entries(source: SourceFile, node: Node | undefined): { name: string; key: Node; value: Node | undefined }[] {
  if (!isMap(node)) return [];
  return node.items.flatMap((pair) => (isScalar(pair.key) ? [{ name: String(pair.key.value), key: pair.key as Node, value: resolved(source, pair.value) }] : []));
}

export function items(source: SourceFile, node: Node | undefined): Node[] {
  if (!isSeq(node)) return [];
  return node.items.flatMap((item) => {
    const value = resolved(source, item);
    return value ? [value] : [];
  });
}

/** A scalar's value as text (`3.0` stays "3.0": read from the source, not the parsed number). */
export function text(source: SourceFile, node: Node | undefined): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'string') return node.value;
  if (node.value === null || node.value === undefined) return undefined;
  const raw = node.range ? source.text.slice(node.range[0], node.range[1]).trim() : '';
  return raw || String(node.value);
}

export function location(source: SourceFile, node: Node | undefined): SpecLocation {
  const offset = node?.range?.[0] ?? 0;
  const position = source.lines.linePos(offset);
  return { file: source.file, line: position.line, column: position.col };
}

/** The node a JSON pointer (`/paths/~1users/get`) names in this file; '' is the whole document. */
export function pointerNode(source: SourceFile, pointer: string): Node | undefined {
  let node = resolved(source, source.doc.contents);
  if (pointer === '' || pointer === '/') return node;
  if (!pointer.startsWith('/')) return undefined;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = decodePointerSegment(raw);
    if (isSeq(node)) node = /^\d+$/.test(segment) ? resolved(source, node.items[Number(segment)]) : undefined;
    else node = get(source, node, segment);
    if (!node) return undefined;
  }
  return node;
}

function decodePointerSegment(segment: string): string {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // a lone '%' is kept as written
  }
  return decoded.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Where a `$ref` leads: a file (relative to the root; undefined for a ref within the same file) and a pointer, or a remote URL. */
export type RefTarget = { kind: 'local'; file: string; pointer: string } | { kind: 'remote'; url: string } | { kind: 'outside'; file: string };

export function refTarget(fromFile: string, ref: string): RefTarget {
  const hash = ref.indexOf('#');
  const filePart = hash < 0 ? ref : ref.slice(0, hash);
  const pointer = hash < 0 ? '' : ref.slice(hash + 1);
  if (/^[a-z][a-z0-9+.-]*:/i.test(filePart) && !/^file:/i.test(filePart)) return { kind: 'remote', url: filePart };
  if (filePart === '') return { kind: 'local', file: fromFile, pointer };
  let target = filePart.replace(/^file:\/\//i, '');
  try {
    target = decodeURIComponent(target);
  } catch {
    // kept as written
  }
  if (path.posix.isAbsolute(target) || /^[a-z]:[\\/]/i.test(target)) return { kind: 'outside', file: target };
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), target));
  if (joined === '..' || joined.startsWith('../')) return { kind: 'outside', file: joined };
  return { kind: 'local', file: joined, pointer };
}

/** Every `$ref` string in the file, wherever it is (schemas included). */
export function refsIn(source: SourceFile): string[] {
  const refs: string[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 200) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.value === '$ref' && isScalar(pair.value) && typeof pair.value.value === 'string') refs.push(pair.value.value);
        else visit(pair.value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item, depth + 1);
    }
  };
  visit(source.doc.contents, 0);
  return refs;
}

/** Suppression comments (`# tokengate: ignore[TG801] reason`) in a YAML file. */
export function suppressionsIn(source: SourceFile): SuppressionComment[] {
  if (!mayContainSuppression(source.text)) return [];
  const comments: { offset: number; text: string }[] = [];
  const visit = (token: unknown): void => {
    if (!token || typeof token !== 'object') return;
    if (Array.isArray(token)) {
      for (const item of token) visit(item);
      return;
    }
    const record = token as { type?: string; offset?: number; source?: string };
    if (record.type === 'comment' && typeof record.offset === 'number' && typeof record.source === 'string') {
      comments.push({ offset: record.offset, text: record.source });
      return;
    }
    for (const value of Object.values(record)) if (value && typeof value === 'object') visit(value);
  };
  for (const token of new Parser().parse(source.text)) visit(token);
  const found: SuppressionComment[] = [];
  for (const comment of comments) {
    const position = source.lines.linePos(comment.offset);
    const lineStart = comment.offset - (position.col - 1);
    const standalone = source.text.slice(lineStart, comment.offset).trim() === '';
    const parsed = parseSuppression(comment.text.replace(/^#\s?/, ''), position.line, position.col, standalone);
    if (parsed) found.push(parsed);
  }
  return found;
}
