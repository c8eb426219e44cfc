/**
 * The character-level skip of a bracket's contents (src/lang/typescript/bracket-skip.ts):
 * where it resumes, checked against the TypeScript scanner's own reading of the same text,
 * and every shape it must leave to the scanner.
 */
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { skipBracketContents } from '../src/lang/typescript/bracket-skip.js';

const CLOSER: Record<string, number> = { '(': 0x29, '[': 0x5d, '{': 0x7d };

/** Skips the bracket that opens `source` (its first character). */
function skip(source: string, maxDepth = 100): number | undefined {
  return skipBracketContents(source, 1, CLOSER[source[0]!]!, 2, maxDepth);
}

/** Where the compiler's scanner ends the last token before the closer of the bracket opening `source`. */
function scannerResume(source: string): number {
  const SK = ts.SyntaxKind;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, source);
  const open: ts.SyntaxKind[] = [];
  let lastEnd = 1;
  for (let kind = scanner.scan(); kind !== SK.EndOfFileToken; kind = scanner.scan()) {
    if (kind === SK.CloseBraceToken && open.at(-1) === SK.TemplateHead) kind = scanner.reScanTemplateToken(false);
    // the tests' regular expressions follow `=`, `(`, `return` or `typeof`
    if (kind === SK.SlashToken && /(?:[=(]|\breturn|\btypeof)$/.test(source.slice(0, scanner.getTokenStart()).trimEnd())) kind = scanner.reScanSlashToken();
    if (kind === SK.OpenParenToken || kind === SK.OpenBracketToken || kind === SK.OpenBraceToken || kind === SK.TemplateHead) open.push(kind);
    else if (kind === SK.CloseParenToken || kind === SK.CloseBracketToken || kind === SK.CloseBraceToken || kind === SK.TemplateTail) {
      open.pop();
      if (open.length === 0) return lastEnd;
    }
    if (open.length > 0 && scanner.getTokenStart() > 0) lastEnd = scanner.getTokenEnd();
  }
  throw new Error(`unbalanced: ${source}`);
}

describe('skipBracketContents', () => {
  const plain = [
    '{ return a + b; }',
    '( a, b, c )',
    '[1, 2.5, 0x1F, 1e-5, 10n, .5, 1_000]',
    "{ const s = 'a}b' + \"c)d\" + 'it\\'s'; }",
    '{ const t = `x ${ a + `y ${ b } }` } }`; f(t); }',
    '{ const r = /[}\\/]+/g.test(s) ? x : y; }',
    '{ if (a) { b(); } else { c([1, {d: 2}]); } }',
    '{ return /ab+c/i; }',
    '{ x = a / b / c; y = arr[0] / 2; z = "s" / 1; }',
    '{ // a comment with } and )\n  f();\n}',
    '{ /* block } ) ] */ g(); }',
    '{ a?.b?.(c); d ?? e; f?.[0]; cond ? .5 : 1; }',
    '{ this.#secret = 1; return #secret in this; }',
    '{ @decorator() method() {} }',
    '{ a < b; c<T>(d); e > f; }',
    '{ f(x => { return x * 2; }); }',
    "{ const s = 'line\\\ncontinued'; }",
    '{ a\n}',
    '{ x = typeof /re/; y = case1; }',
  ];
  for (const source of plain) {
    it(`resumes where the scanner ends the last token: ${JSON.stringify(source).slice(0, 60)}`, () => {
      expect(skip(source)).toBe(scannerResume(source));
    });
  }

  it('resumes right after the opener when the bracket holds only blanks and comments', () => {
    expect(skip('{ }')).toBe(1);
    expect(skip('{ /* c */ }')).toBe(1);
    expect(skip('()')).toBe(1);
  });

  const unsure: [string, string][] = [
    ['a `/` after `)`', '{ if (a) /re/.test(s); }'],
    ['a `/` after `}`', '{ {} /re/; }'],
    ['a `/` after `++`', '{ a++ / 2; }'],
    ['a `/` after a word that may be an operator', '{ yield /x/; }'],
    ['JSX where an expression starts', '{ return <div className="it\'s">{x}</div>; }'],
    ['a type assertion', '{ const x = <T>y; }'],
    ['a line break in a string', "{ const s = 'open\n'; }"],
    ['a line separator in a string', "{ const s = 'a\u2028b'; }"],
    ['a line break in a regular expression', '{ x = /ab\nc/; }'],
    ['a line separator in a line comment', '{ // note\u2028 f(); }'],
    ['an unterminated block comment', '{ /* open '],
    ['an unterminated template', '{ `abc '],
    ['a backslash outside strings', '{ \\u0061 = 1; }'],
    ['a character beyond ASCII in code', '{ const é = 1; }'],
    ['a name running into a character beyond ASCII', '{ constx\u00e9 = 1; }'],
    ['a control character', '{ a\u0000b }'],
    ['a bracket that does not match', '{ f(a]; }'],
    ['a template expression closed by the wrong bracket', '{ `${ a ) }` }'],
    ['a merge conflict marker', '{ a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> x\n}'],
    ['a conflict separator alone', '{ a;\n=======\nb; }'],
    ['no closer before the end', '{ f(); '],
  ];
  for (const [why, source] of unsure) {
    it(`gives up on ${why}`, () => {
      expect(skip(source)).toBeUndefined();
    });
  }

  it('gives up past the depth limit, as the scan does', () => {
    const nested = `{ ${'('.repeat(10)}x${')'.repeat(10)} }`;
    expect(skip(nested, 13)).toBe(scannerResume(nested));
    expect(skip(nested, 12)).toBeUndefined();
  });
});
