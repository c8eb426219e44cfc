/**
 * What a Python file that is not lowered offers other modules, read from its text
 * without parsing it: the same facts as `unloweredModuleFacts` (./imports.ts) reads from
 * the tree, its top-level imports and literal constants.
 *
 * Four files in five of a large tree have no word that makes them worth lowering (see
 * isRelevantPython), and parsing them only for these facts was most of the scan's time.
 * A tokenizer over the whole text (strings, f-strings, comments, brackets and line
 * continuations) finds the statements that start at column 0, and only two shapes are
 * read there: an import, and `NAME = literal`. Whenever the text is anything but plain
 * (an unbalanced bracket, an unterminated string, a semicolon, a character Python does
 * not use, a garbled line start) the answer is NEEDS_PARSE and the caller parses the file
 * as before, so a broken file is still reported as one.
 */
import type { ImportBinding, ModuleExport, ModuleFacts } from '../../model/types.js';
import { LineIndex } from '../line-index.js';
import { NEEDS_PARSE, plain, readIfPlain } from '../unlowered.js';
import { STRING_PREFIX, nameEnd, prefixBefore, readString, type Token } from './text-tokens.js';

export { NEEDS_PARSE };

const NUMBER = /[0-9][\w.]*/y;
/** What an indented line is skimmed for. */
const INDENTED_STOPS = /["'#()[\]{}\\\n]/g;
const OPERATOR_CHARS = '()[]{}:;,.=+-*/%&|^~<>!@';
const CAN_START_STATEMENT = new Set(['(', '[', '{', '-', '+', '~', '*', '@', '.']);

/** The facts, undefined when there are none, or NEEDS_PARSE when the text is not plain enough to read this way. */
export function scanModuleFacts(text: string): ModuleFacts | undefined | typeof NEEDS_PARSE {
  return readIfPlain(() => readFacts(text));
}

function readFacts(text: string): ModuleFacts | undefined {
  const statements = topLevelStatements(text);
  const facts: ModuleFacts = { imports: [], exports: [], starExports: [], references: [] };
  let lines: LineIndex | undefined;
  for (const statement of statements) {
    const first = statement[0]!;
    if (first.kind === 'name' && first.text === 'import') facts.imports.push(...plainImport(statement, text));
    else if (first.kind === 'name' && first.text === 'from') facts.imports.push(...fromImport(statement, text));
    else if (first.kind === 'name') {
      const constant = literalAssignment(statement);
      if (constant) {
        lines ??= new LineIndex(text);
        facts.exports.push({ name: first.text, loc: lines.locOf(first.start, first.end), constant });
      }
    }
  }
  return facts.imports.length || facts.exports.length ? facts : undefined;
}

/** The tokens of each logical line whose first token starts a line (column 0). */
function topLevelStatements(text: string): Token[][] {
  const statements: Token[][] = [];
  let current: Token[] = [];
  let topLevel = false;
  let depth = 0;
  if (text.charCodeAt(0) === 0xfeff) plain();
  let at = 0;
  let lineStart = true;
  const end = (): void => {
    if (topLevel && current.length) {
      if (current.some((token) => token.kind === 'op' && token.text === ';')) plain();
      statements.push(current);
    }
    current = [];
    topLevel = false;
  };
  while (at < text.length) {
    if (lineStart) {
      lineStart = false;
      if (depth === 0 && current.length === 0) {
        // a logical line begins: at column 0 it is a top-level statement (blank and comment lines hold no token)
        const first = text[at]!;
        topLevel = first !== ' ' && first !== '\t' && first !== '\f';
        if (first === '\f') plain();
      }
    }
    if (!topLevel) {
      // inside an indented statement only strings, comments, brackets and line ends matter
      INDENTED_STOPS.lastIndex = at;
      const stop = INDENTED_STOPS.exec(text);
      if (!stop) break;
      at = stop.index;
      if (text[at] === '"' || text[at] === "'") {
        at = readString(text, at, prefixBefore(text, at)).end;
        continue;
      }
    }
    const char = text[at]!;
    if (char === '\n') {
      at++;
      lineStart = true;
      if (depth === 0) end();
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r' || char === '\f') {
      at++;
      continue;
    }
    if (char === '#') {
      const newline = text.indexOf('\n', at);
      at = newline < 0 ? text.length : newline;
      continue;
    }
    if (char === '\\') {
      // a line continuation: the logical line goes on
      if (text[at + 1] === '\n') at += 2;
      else if (text[at + 1] === '\r' && text[at + 2] === '\n') at += 3;
      else plain();
      continue;
    }
    if (char === '"' || char === "'") {
      const token = readString(text, at, '');
      push(token);
      at = token.end;
      continue;
    }
    const stop = nameEnd(text, at);
    if (stop > at) {
      const word = text.slice(at, stop);
      if ((text[stop] === '"' || text[stop] === "'") && STRING_PREFIX.test(word)) {
        const token = readString(text, stop, word);
        token.start = at;
        push(token);
        at = token.end;
      } else {
        push({ kind: 'name', text: word, start: at, end: stop });
        at = stop;
      }
      continue;
    }
    if (char >= '0' && char <= '9') {
      NUMBER.lastIndex = at;
      NUMBER.test(text);
      push({ kind: 'number', text: text.slice(at, NUMBER.lastIndex), start: at, end: NUMBER.lastIndex });
      at = NUMBER.lastIndex;
      continue;
    }
    if (OPERATOR_CHARS.includes(char)) {
      if (char === '(' || char === '[' || char === '{') depth++;
      else if (char === ')' || char === ']' || char === '}') {
        depth--;
        if (depth < 0) plain();
      }
      push({ kind: 'op', text: char, start: at, end: at + 1 });
      at++;
      continue;
    }
    plain();
  }
  if (depth !== 0) plain();
  end();
  return statements;

  function push(token: Token): void {
    if (topLevel && current.length === 0 && token.kind === 'op' && !CAN_START_STATEMENT.has(token.text)) plain();
    current.push(token);
  }
}

/** A dotted name from `tokens[at]`, written without spaces: its text and the index after it. */
function dotted(tokens: Token[], at: number, source: string): { name: string; next: number } | undefined {
  if (tokens[at]?.kind !== 'name') return undefined;
  let next = at + 1;
  while (tokens[next]?.text === '.' && tokens[next + 1]?.kind === 'name') next += 2;
  const name = source.slice(tokens[at]!.start, tokens[next - 1]!.end);
  // `a . b` is a dotted name the tree writes with its spaces: not plain
  if (/\s/.test(name)) plain();
  return { name, next };
}

const KEYWORDS = new Set(['import', 'from', 'as']);

/** `import a.b`, `import a.b as c, d` (as importBindings reads the tree). */
function plainImport(tokens: Token[], source: string): ImportBinding[] {
  const bindings: ImportBinding[] = [];
  let at = 1;
  for (;;) {
    const name = dotted(tokens, at, source);
    if (!name || KEYWORDS.has(name.name)) plain();
    at = name.next;
    if (tokens[at]?.text === 'as') {
      const alias = tokens[at + 1];
      if (alias?.kind !== 'name') plain();
      bindings.push({ local: alias.text, specifier: name.name, imported: '*', qualified: name.name });
      at += 2;
    } else {
      const top = name.name.split('.')[0]!;
      bindings.push({ local: top, specifier: top, imported: '*', qualified: top });
    }
    if (at === tokens.length) return bindings;
    if (tokens[at]?.text !== ',') plain();
    at++;
  }
}

/** `from m import x as y, z`, `from . import (x,)`, `from .m import *` (as importBindings reads the tree). */
function fromImport(tokens: Token[], source: string): ImportBinding[] {
  let at = 1;
  const moduleStart = tokens[at]?.start;
  while (tokens[at]?.text === '.') at++;
  const named = tokens[at]?.kind === 'name' && tokens[at]!.text !== 'import' ? dotted(tokens, at, source) : undefined;
  if (named) at = named.next;
  if (moduleStart === undefined || at === 1) plain();
  const moduleName = source.slice(moduleStart, tokens[at - 1]!.end);
  if (/\s/.test(moduleName)) plain();
  if (tokens[at]?.text !== 'import') plain();
  at++;
  // the tree calls this a future import, which importBindings does not read
  if (moduleName === '__future__') return [];
  const base = moduleName.replace(/^\.+/, '');
  if (tokens[at]?.text === '*' && at + 1 === tokens.length) return [{ local: '*', specifier: moduleName, imported: '*', qualified: '' }];
  let last = tokens.length;
  if (tokens[at]?.text === '(') {
    if (tokens[last - 1]?.text !== ')') plain();
    at++;
    last--;
  }
  const bindings: ImportBinding[] = [];
  while (at < last) {
    const name = dotted(tokens, at, source);
    if (!name || KEYWORDS.has(name.name)) plain();
    at = name.next;
    let local = name.name;
    if (tokens[at]?.text === 'as') {
      const alias = tokens[at + 1];
      if (alias?.kind !== 'name') plain();
      local = alias.text;
      at += 2;
    }
    bindings.push({ local, specifier: moduleName, imported: name.name, qualified: base ? `${base}.${name.name}` : name.name });
    if (at === last) break;
    if (tokens[at]?.text !== ',') plain();
    at++;
  }
  if (!bindings.length) plain();
  return bindings;
}

/** `NAME = "text"` or `NAME = 123`, also with a type (`NAME: str = "text"`): the constant, as literalValue reads it. */
function literalAssignment(tokens: Token[]): ModuleExport['constant'] | undefined {
  let at = 1;
  if (tokens[at]?.text === ':') {
    // the annotation runs to the assignment's `=` (brackets in it hold no `=` of their own at this level)
    at++;
    let depth = 0;
    while (at < tokens.length && !(depth === 0 && tokens[at]!.text === '=')) {
      const text = tokens[at]!.text;
      if (tokens[at]!.kind === 'op' && (text === '(' || text === '[' || text === '{')) depth++;
      else if (tokens[at]!.kind === 'op' && (text === ')' || text === ']' || text === '}')) depth--;
      at++;
    }
  }
  if (tokens[at]?.kind !== 'op' || tokens[at]!.text !== '=' || at + 2 !== tokens.length) return undefined;
  // `a = = b`, `a == b` and `a <= b` come apart into one-character operators: the `=` must stand alone
  const value = tokens[at + 1]!;
  if (tokens[at - 1]?.kind === 'op' && tokens[at - 1]!.end === tokens[at]!.start) return undefined;
  if (value.kind === 'string') return value.notLiteral ? undefined : { kind: 'string', value: value.text };
  if (value.kind === 'number' && /^\d+$/.test(value.text)) return { kind: 'number', value: Number(value.text) };
  return undefined;
}
