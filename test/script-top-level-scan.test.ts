/**
 * A JS/TS file with nothing to lower is read for its module facts from its tokens
 * (src/lang/typescript/top-level-scan.ts) instead of being parsed. The facts and the line
 * count must be those the tree gives (unloweredModuleFacts), and text that is not plain
 * must ask for the parse.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScript, javascriptFrontEnd, typescriptFrontEnd } from '../src/lang/typescript/index.js';
import { unloweredModuleFacts } from '../src/lang/typescript/imports.js';
import { parseDiagnosticsOf } from '../src/lang/typescript/lower.js';
import { NEEDS_PARSE, scanScriptFacts } from '../src/lang/typescript/top-level-scan.js';
import { defaultConfig } from '../src/engine/config.js';
import { REPO_ROOT } from './helpers/scan.js';

function treeFacts(text: string, file = 'module.ts'): { lineStarts: number; module: ReturnType<typeof unloweredModuleFacts> } {
  const sourceFile = parseScript(text, file);
  expect(parseDiagnosticsOf(sourceFile), 'a PLAIN case must be valid code').toEqual([]);
  return { lineStarts: sourceFile.getLineStarts().length, module: unloweredModuleFacts(sourceFile) };
}

function scriptFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? scriptFiles(file) : /\.(?:[cm]?[jt]s|[jt]sx)$/.test(entry.name) && !/\.d\.[cm]?ts$/.test(entry.name) ? [file] : [];
  });
}

/** Shapes the scanner must read exactly as the tree does. */
const PLAIN: Record<string, string> = {
  'ES imports': "import x from 'a'\nimport * as ns from 'b'\nimport { c, d as e, default as f, 'g-h' as gh } from './c.js'\nimport y, { z } from 'd'\nimport w, * as all from 'e'\nimport 'side-effect'\nimport json from './data.json' with { type: 'json' }\n",
  'type-only imports and import equals': "import type { T } from 't'\nimport type D from 'd'\nimport type from 'named-type'\nimport type, { u } from 'u'\nimport { type V, W } from 'v'\nimport X = require('x')\nimport type * as NS from 'ns'\n",
  'require bindings': "'use strict'\nconst fs = require('node:fs')\nconst { join, resolve: res, ...rest } = require('path')\nlet { a = 1, b: { c } } = require('./nested')\nvar { 'quoted': q, [key]: k, default: dflt } = require('./keys'), plain = require('plain',)\nconst [first] = require('./list')\nconst notRequire = require('m').member\nconst called = require('m')('arg')\nconst tpl = require(`tpl`)\n",
  're-exports and named exports': "export * from './all'\nexport * as ns from './ns'\nexport { a, b as c } from './m'\nexport { default } from './d'\nexport { default as named, x as default } from './e'\nexport type { T } from './types'\nexport type * from './more-types'\nconst local = 1\nexport { local, local as alias }\nexport type { Local }\n",
  'literal constants, exported or not': "export const API_PREFIX = '/api/v1'\nconst ALGORITHM = \"HS256\"\nlet TIMEOUT = 30, HEX = 0x10, SEP = 1_000, EXP = 1e3\nvar TPL = `no fields`\nconst ESCAPED = 'a\\u0062c\\n'\nexport const TYPED: string = 'typed'\nconst NOT_LITERAL = 'a' + 'b', NEG = -1, PAREN = ('p'), AS = 'x' as const, BIG = 10n\nconst NEXT_LINE = 'x'\n  + 'y'\nconst CALLED = 'x'\n('y')\n",
  'declarations with types, generics and functions between': "const m = new Map<string, number>(), fromRequire = require('after-generic')\nexport const challenges: Record<string, Model> = {} as unknown as Record<string, Model>\nconst fn = async ({ a, b = true }: { a?: string[], b: boolean }) => {\n  const inner = require('inner')\n  return a\n}\nfunction helper<T>(value: T): T { return value }\nclass Service<T> extends Base<T> implements I {\n  private readonly cache = new Map<string, T>()\n  get<K>(key: K) { return key }\n}\nconst afterClass = 'after'\nexport default helper\n",
  'no semicolons (ASI) and statements between': "const a = require('a')\nconst b = a.b\n;[1, 2].forEach(f)\nconst c = 'c'\nmodule.exports = { a, b }\nexports.d = 1\nif (a) {\n  const hidden = require('hidden')\n}\nfor (const x of list) {}\nconst e = 2\n",
  'regular expressions and division': "const r1 = /import x from 'y'/g, r2 = a / b / c\nconst r3 = x.replace(/[\"'`]/g, '')\nif (/\\/\\*/.test(s)) {}\nconst r4 = (a) / 2, r5 = [1] / 2\nconst r6 = typeof /x/\nreturnValue = value /= 2\nconst SLASH = '/'\nconst r7 = this.x / 2, r8 = x.type / 2, r9 = module / 2\n",
  'blocks and bodies skipped whole, object literals read': "if (a) { module.exports = require('in-block') } else { exports.x = 1 }\ntry { const t = require('try') } finally { f(/re/) }\nconst arrow = () => { const hidden = 'h'; return `${ {} }` }\nfunction named(a, b) { if (a) { return b / 2 } }\nconst obj = { key: require('member'), nested: { deeper: [1, { x: '}' }] } }\nmodule.exports = { arrow, named, obj }\nconst LAST = 'last'\n",
  'templates nesting braces, strings and templates': "const t = `a ${ { k: 'v' }.k } b ${ `inner ${ x } }` } c ${ fn({ y: '}' }) }`\nconst after = 'after templates'\nconst tagged = html`<div>${ x }</div>`\n",
  'comments and strings holding look-alikes': "// import fake from 'fake'\n/* const FAKE = 'no'\nexport * from 'nope' */\nconst s = \"import x from 'y'\"\nconst REAL = 'yes' // trailing\n/** @type {string} */\nconst DOC = 'doc'\n",
  'a shebang, CRLF and other line breaks': "#!/usr/bin/env node\r\nconst a = require('a')\r\nconst B = 'b'\r\n\u2028const C = 3\rconst D = 4\n",
  'nothing to offer': "function f(a) {\n  return a + 1\n}\n\nf(2)\n",
  'class members and object keys named like keywords': "class A {\n  import() {}\n  const = 1\n  static export = 2\n}\nconst o = { import: 1, const: 2, export: 3 }\nx.import(y)\nconst last = 'last'\n",
  'contextual words as names': "const type = 'a', of = 1, async = 2, get = 3, from = 'f'\nimport as from 'as'\nconst ratio = type.length / of\n",
};

/** JSX the scanner reads in a file that may hold it (.js, .jsx, .tsx): one operand, nothing recorded inside. */
const JSX_PLAIN: Record<string, string> = {
  'elements, fragments, attributes and text': "import React from 'react'\nimport { Card } from './card'\nexport const App = ({ items }) => (\n  <>\n    <Card.Header title=\"it's\" data-id={1} aria-label='x' disabled {...rest}>\n      Don't import x from 'y' here: it is text\n      {items.map((item) => <li key={item.id}>{item.name}</li>)}\n      {/* a comment */}\n      <svg:rect width={`${w}px`} />\n    </Card.Header>\n  </>\n)\nconst AFTER = 'after the element'\n",
  'JSX beside regular expressions and comparisons': "const ok = a < b && /</.test(s)\nconst el = cond ? <A /> : <B>{x > 1 ? 'big' : 'small'}</B>\nconst value = el\nexport default function Page() {\n  return <div onClick={() => { const y = { k: '}' }; return y }}>{`${a}`}</div>\n}\nconst LAST = 1\n",
};

/** JSX the scanner must hand to the parse. */
const JSX_NOT_PLAIN: Record<string, string> = {
  'a closing tag that does not match': "const a = 1\nconst el = <div></span>\nconst c = 3\n",
  'an element left open': "const a = 1\nconst el = <div>\nconst c = 3\n",
  'a brace in text': "const a = 1\nconst el = <div>}</div>\nconst c = 3\n",
  'type arguments on a tag': "const a = 1\nconst el = <Select<string> value={v} />\nconst c = 3\n",
};

/** Text the scanner must hand to the parse. */
const NOT_PLAIN: Record<string, string> = {
  'JSX': "import React from 'react'\nexport const App = () => <div className=\"a\">it's</div>\nconst x = 1\n",
  'a type assertion in angle brackets': "const a = 1\nconst b = <string>value\nconst c = 2\n",
  'a slash after a closing brace': "const a = 1\nif (x) {}\n/re/.test(s)\n",
  'a slash after the header of an if': "const a = 1\nif (x) /re/.test(s)\nconst b = 2\n",
  'an unbalanced bracket': "const a = (1,\nconst b = 2\nconst c = 3\n",
  'a closing bracket too many': "const a = 1)\nconst b = 2\nconst c = 3\n",
  'mismatched brackets': "const a = [1)\nconst b = 2\nconst c = 3\n",
  'an unterminated string': "const a = 'open\nconst b = 2\nconst c = 3\n",
  'an unterminated template': "const a = `open ${ x }\nconst b = 2\nconst c = 3\n",
  'an unterminated regular expression': "const a = 1\nconst b = /open\nconst c = 3\n",
  'an unterminated comment': "const a = 1\n/* open\nconst c = 3\n",
  'prose': "This is not code\nbut it has three lines\nof words\n",
  'a method cut out of its class': "filterTable () {\n  this.x = 1\n}\n",
  'an invalid character': "const a = 1\nconst b = #\nconst c = 3\n",
  'a merge conflict marker': "const a = 1\n<<<<<<< HEAD\nconst b = 2\n=======\nconst b = 3\n>>>>>>> branch\n",
  'deep nesting': `const a = ${'['.repeat(150)}${']'.repeat(150)}\nconst b = 2\nconst c = 3\n`,
  'two lines or fewer': "const a = require('a')\n",
  'a byte order mark': "\ufeffconst a = 1\nconst b = 2\nconst c = 3\n",
  'a using declaration': "const a = 1\nusing res = open()\nconst c = 3\n",
  'a declaration that does not parse': "const a = 1\nconst = 2\nconst c = 3\n",
  'an import with nothing after it': "import x from\nconst b = 2\nconst c = 3\n",
  'a type-only specifier the grammar leaves ambiguous': "import { type as } from 'm'\nconst b = 2\nconst c = 3\n",
};

describe('module facts read from plain tokens are the facts the tree gives', () => {
  for (const [name, text] of Object.entries(PLAIN)) {
    it(name, () => {
      const scanned = scanScriptFacts(text);
      expect(scanned).not.toBe(NEEDS_PARSE);
      expect(scanned).toEqual(treeFacts(text));
    });
  }

  for (const [name, text] of Object.entries(JSX_PLAIN)) {
    it(`JSX: ${name}`, () => {
      const scanned = scanScriptFacts(text, true);
      expect(scanned).not.toBe(NEEDS_PARSE);
      expect(scanned).toEqual(treeFacts(text, 'component.tsx'));
    });
  }

  it('reads the documented shapes into bindings, re-exports and constants', () => {
    const read = (text: string) => {
      const scanned = scanScriptFacts(text);
      if (scanned === NEEDS_PARSE || !scanned.module) throw new Error('expected facts');
      return scanned.module;
    };
    const requires = read(PLAIN['require bindings']!);
    expect(requires.imports.map((binding) => `${binding.local}=${binding.qualified}`)).toEqual(['fs=node:fs', 'join=path.join', 'res=path.resolve', 'rest=path.rest', 'a=./nested.a', 'dflt=./keys.default', 'plain=plain']);
    const exports = read(PLAIN['re-exports and named exports']!);
    expect(exports.starExports).toEqual(['./all']);
    expect(exports.exports.map((entry) => `${entry.name}<${entry.from ? `${entry.from.specifier}#${entry.from.imported}` : entry.local ?? JSON.stringify(entry.constant)}`)).toEqual(['ns<./ns#*', 'a<./m#a', 'c<./m#b', 'default<./d#default', 'named<./e#default', 'default<./e#x', 'local<{"kind":"number","value":1}', 'local<local', 'alias<local', 'Local<Local']);
    const constants = read(PLAIN['literal constants, exported or not']!);
    expect(constants.exports.map((entry) => entry.name)).toEqual(['API_PREFIX', 'ALGORITHM', 'TIMEOUT', 'HEX', 'SEP', 'EXP', 'TPL', 'ESCAPED', 'TYPED']);
    expect(constants.exports[0]).toMatchObject({ loc: { line: 1, column: 14, endLine: 1, endColumn: 14 }, constant: { kind: 'string', value: '/api/v1' } });
    expect(constants.exports.find((entry) => entry.name === 'HEX')?.constant).toEqual({ kind: 'number', value: 16 });
  });

  it('agrees with the tree on every fixture and example file it reads, and reads most of them', () => {
    const files = [...scriptFiles(path.join(REPO_ROOT, 'test', 'fixtures')), ...scriptFiles(path.join(REPO_ROOT, 'examples'))];
    expect(files.length).toBeGreaterThan(100);
    let read = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const scanned = scanScriptFacts(text, !/\.[cm]?ts$/.test(file));
      if (scanned === NEEDS_PARSE) continue;
      read++;
      const sourceFile = parseScript(text, file);
      expect(parseDiagnosticsOf(sourceFile), file).toEqual([]);
      expect(scanned, file).toEqual({ lineStarts: sourceFile.getLineStarts().length, module: unloweredModuleFacts(sourceFile) });
    }
    expect(read).toBeGreaterThan(files.length * 0.6);
  });
});

describe('text that is not plain is handed to the parse', () => {
  for (const [name, text] of Object.entries(NOT_PLAIN)) {
    it(name, () => {
      expect(scanScriptFacts(text)).toBe(NEEDS_PARSE);
    });
  }

  for (const [name, text] of Object.entries(JSX_NOT_PLAIN)) {
    it(`JSX: ${name}`, () => {
      expect(scanScriptFacts(text, true)).toBe(NEEDS_PARSE);
    });
  }

  it('so a broken file with nothing to lower is still reported as not parsing', async () => {
    const result = await typescriptFrontEnd.analyse(')]}{(@@ !! $$ ``` \n'.repeat(60), 'garbage.ts', defaultConfig());
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/does not parse \(line 1: /) });
    const prose = await javascriptFrontEnd.analyse('This is not code\nbut words\n'.repeat(30), 'notes.js', defaultConfig());
    expect(prose).toMatchObject({ ok: false, reason: expect.stringMatching(/does not parse/) });
  });

  it('while a plain file with nothing to lower offers its facts, without a parse', async () => {
    const text = "export { helper } from './helpers'\nexport const API_PREFIX = '/api/v1'\nconst util = require('util')\n";
    const result = await javascriptFrontEnd.analyse(text, 'lib/index.js', defaultConfig());
    if (!result.ok) throw new Error(result.reason);
    expect(result.model.module).toEqual(treeFacts(text, 'lib/index.js').module);
    expect(result.model.lines).toBe(3);
    expect(result.model.hasSyntaxErrors).toBe(false);
  });
});
