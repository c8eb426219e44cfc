/**
 * Function bodies left out of the parse (src/lang/python/body-cuts.ts): which bodies the
 * text scan cuts, how offsets of the cut text map back, and that a file lowered from the
 * cut parse gives the same model as the whole parse, bodies asked for after all included.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutText, findBodyCuts, originalOffset, securityImportNames } from '../src/lang/python/body-cuts.js';
import { analyseWhole, analyseWithCuts } from '../src/lang/python/analyse-file.js';
import { FUNCTION_RELEVANT, INERT_DECORATOR } from '../src/lang/python/lower.js';
import { getPythonParser } from '../src/lang/python/parser.js';
import { defaultConfig } from '../src/engine/config.js';
import { REPO_ROOT, scanPython } from './helpers/scan.js';

const carriesFacts = { mayCarryFacts: (text: string): boolean => FUNCTION_RELEVANT.test(text), isInertDecorator: (text: string): boolean => INERT_DECORATOR.test(text) };
/** The functions (by the text from their `def` to the end of the body) whose bodies are cut. */
const cutFunctions = (text: string): string[] => findBodyCuts(text, carriesFacts).map((cut) => text.slice(cut.defStart, cut.end));

describe('the bodies cut', () => {
  it('cuts wordless module-level functions and methods of module-level classes, undecorated or with inert decorators only, and nothing else', () => {
    const text = [
      'import os',
      'def plain(a, b):',
      '    total = a + b',
      '    return total',
      'def reads(request):',
      '    return request.headers',
      '@app.route("/x")',
      'def routed():',
      '    return 1',
      'def one_line(): return 2',
      'class Box:',
      '    """A box."""',
      '    size = 3',
      '    def area(self):',
      '        def inner():',
      '            return 4',
      '        return inner()',
      '    @property',
      '    def volume(self):',
      '        return 5',
      '    @volume.setter',
      '    @cache_for(60)',
      '    def volume(self, value):',
      '        self.v = value',
      'if os.name:',
      '    def conditional():',
      '        return 6',
      '',
    ].join('\n');
    expect(cutFunctions(text)).toEqual(['def plain(a, b):\n    total = a + b\n    return total', 'def area(self):\n        def inner():\n            return 4\n        return inner()', 'def volume(self):\n        return 5']);
  });

  it('reads a body to its end past strings, brackets and comments at any column', () => {
    const text = 'def doc():\n    text = """\nat column 0\n"""\n# a comment at column 0\n    values = [\n1,\n    ]\n    return f"{text!r:>{len(values)}}" \\\n        + "x"\nx = 1\n';
    const [cut] = findBodyCuts(text, carriesFacts);
    expect(text.slice(cut!.start, cut!.end)).toBe('text = """\nat column 0\n"""\n# a comment at column 0\n    values = [\n1,\n    ]\n    return f"{text!r:>{len(values)}}" \\\n        + "x"');
  });

  it('turns a function down for a word in a comment after its body, as the walker reads the whole definition', () => {
    expect(cutFunctions('def f():\n    return 1\n    # the token\nx = 1\n')).toEqual([]);
  });

  it('turns a function down that uses a name imported from a security module', () => {
    const text = 'from hmac import compare_digest as same\n\ndef equal(a, b):\n    return same(a, b)\n\ndef other(a):\n    return a\n';
    const aliases = securityImportNames(text);
    expect(aliases).toContain('same');
    expect(findBodyCuts(text, { ...carriesFacts, mayCarryFacts: (functionText) => carriesFacts.mayCarryFacts(functionText) || aliases.some((alias) => functionText.includes(alias)) }).map((cut) => text.slice(cut.defStart, cut.defStart + 9))).toEqual(['def other']);
  });

  it('cuts nothing in text it cannot read as Python reads it', () => {
    const body = '    x = 1\n    return x\n';
    expect(cutFunctions(`def f():\n${body}`)).toHaveLength(1);
    expect(cutFunctions(`def f():\n${body.replace(/ {4}/g, '\t')}`)).toEqual([]);
    expect(cutFunctions(`def f():\n${body}s = "unterminated\n`)).toEqual([]);
    expect(cutFunctions(`def f():\n${body}y = (1,\n`)).toEqual([]);
    expect(cutFunctions(`def f():\r${body}`)).toEqual([]);
  });
});

describe('the cut text', () => {
  it('puts a 0 where each body began and maps offsets after it back past the body', () => {
    const text = 'def f():\n    a = 1\n    return a\n\ndef g():\n    return 2\n';
    const cut = cutText(text, findBodyCuts(text, carriesFacts));
    expect(cut.text).toBe('def f():\n    0\n\ndef g():\n    0\n');
    const original = (needle: string, at = 0): number => originalOffset(cut, cut.text.indexOf(needle, at));
    // before the first cut, at each 0 (a body's start), and after each (a body's end and what follows)
    expect(originalOffset(cut, 0)).toBe(0);
    expect(original('0')).toBe(text.indexOf('a = 1'));
    expect(originalOffset(cut, cut.text.indexOf('0') + 1)).toBe(text.indexOf('\n\ndef g'));
    expect(original('def g')).toBe(text.indexOf('def g'));
    expect(originalOffset(cut, cut.text.length)).toBe(text.length);
  });
});

function pythonFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : pythonFiles(file);
    return entry.name.endsWith('.py') ? [file] : [];
  });
}

/** Shapes the cut parse could get wrong: helpers evaluated from walked code, comments the tree attaches to a body, CRLF, unicode, nesting. */
const AWKWARD = [
  // a token handed through a carriesFacts helper into a log: the helper's body is parsed when the caller's flow asks for it
  'import logging\nfrom flask import request\n\ndef strip(value):\n    return value.strip()\n\ndef view():\n    auth = request.headers.get("Authorization")\n    logging.info(strip(auth))\n',
  'class Config:\n    def get(self, name):\n        # looks the name up\n        return self.values[name]\n        # trailing, deeper than the def\n    # at the method column\n\n    def set(self, name, value):\n        self.values[name] = value\n\nSECRET_KEY = "abc"\n',
  'import jwt\r\n\r\ndef helper(a):\r\n    """Ünïcödé ✓ 𝔘"""\r\n    return a\r\n\r\ndef check(token):\r\n    return jwt.decode(helper(token), "k", algorithms=["HS256"])\r\n',
  'def outer():\n    def inner():\n        class Local:\n            def method(self):\n                return [x for x in range(3) if x]\n        return Local\n    return inner\n\ndef uses(token):\n    return outer()\n',
  'async def fetch(url):\n    async with client() as c:\n        return await c.get(url)\n\nasync def handler(request):\n    return await fetch(request.headers["Authorization"])\n',
];

describe('the cut parse against the whole parse', () => {
  it('gives the same model for every Python fixture and example, and the awkward shapes', async () => {
    const parser = await getPythonParser();
    const config = defaultConfig();
    const texts = [...pythonFiles(path.join(REPO_ROOT, 'test', 'fixtures')), ...pythonFiles(path.join(REPO_ROOT, 'examples'))].map((file) => ({ name: path.relative(REPO_ROOT, file), text: fs.readFileSync(file, 'utf8') }));
    texts.push(...AWKWARD.map((text, index) => ({ name: `awkward-${index}.py`, text })));
    const cutParses: string[] = [];
    for (const { name, text } of texts) {
      const withCuts = analyseWithCuts(parser, text, name, config);
      if (!withCuts) continue;
      cutParses.push(name);
      const whole = analyseWhole(parser, text, name, config);
      // hasSyntaxErrors: the cut parse has none (else it is not used), the whole parse may see one in a body left out
      if (whole.ok) whole.model.hasSyntaxErrors = false;
      expect(JSON.stringify(withCuts, nodeFree), name).toBe(JSON.stringify(whole, nodeFree));
    }
    // every awkward shape has a wordless function, and so have some fixtures
    expect(cutParses.filter((name) => name.startsWith('awkward-'))).toHaveLength(AWKWARD.length);
    expect(cutParses.length).toBeGreaterThan(AWKWARD.length + 5);
  });

  it('reports a token flow through a wordless helper, read from the original text when the flow asks', async () => {
    const result = await scanPython(AWKWARD[0]!);
    expect(result.findings.map((finding) => finding.ruleName)).toContain('token-logged');
  });

  it('still walks a wordless static method, whose summary tells callers in other files what it returns, and leaves a property alone', async () => {
    const parser = await getPythonParser();
    const text = 'class Header:\n    @staticmethod\n    def second(value):\n        return value.split(" ")[1]\n\n    @property\n    def name(self):\n        return self.value.split(" ")[1]\n\nSESSION_COOKIE = "sid"\n';
    const result = analyseWithCuts(parser, text, 'headers.py', defaultConfig());
    expect(result?.ok).toBe(true);
    const exports = result?.ok ? (result.model.module?.exports ?? []) : [];
    expect(exports.filter((entry) => entry.function).map((entry) => [entry.name, entry.function?.returns?.kind])).toEqual([['Header.second', 'param']]);
  });

  it('leaves a nested shape deeper than the budget in a body cut out unparsed, and reports one in a body the walker reads', async () => {
    const deep = `${'('.repeat(300)}1${')'.repeat(300)}`;
    const cut = await scanPython(`def unread():\n    return ${deep}\n\nSECRET_KEY = "not-a-real-key"\n`);
    expect(cut.findings.filter((finding) => finding.ruleId === 'TG903')).toEqual([]);
    const read = await scanPython(`def read_token():\n    return ${deep}\n\nSECRET_KEY = "not-a-real-key"\n`);
    expect(read.findings.filter((finding) => finding.ruleId === 'TG903')).toHaveLength(1);
  });
});

/** Models hold tree nodes in places (a CFG's statements): compared by their spans. */
function nodeFree(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && 'startIndex' in value && 'type' in value) {
    const node = value as { type: string; startIndex: number; endIndex: number };
    return `${node.type}@${node.startIndex}-${node.endIndex}`;
  }
  return value;
}
