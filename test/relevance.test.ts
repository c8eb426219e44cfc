/**
 * Which files are worth lowering (src/lang/relevance.ts): the relevant words count in code
 * and in strings, not on lines that hold only a comment.
 */
import { describe, expect, it } from 'vitest';
import { hasWordOutsideCommentLines } from '../src/lang/relevance.js';
import { isRelevantPython } from '../src/lang/python/lower.js';
import { isRelevantScript } from '../src/lang/typescript/lower.js';

describe('relevant words outside comment-only lines', () => {
  it('does not count a Python file whose only mentions are comment lines', () => {
    expect(isRelevantPython('# Copyright: the token module\n#   session handling, see below\nimport os\nx = 1\n')).toBe(false);
    expect(isRelevantPython('x = 1\n    # the secret is not here')).toBe(false);
  });

  it('counts a mention in Python code after comment lines, in a string, or before a trailing comment', () => {
    expect(isRelevantPython('# token\n# token again\nvalue = request.headers["Authorization"]\n')).toBe(true);
    expect(isRelevantPython('HEADER = "Bearer "\n')).toBe(true);
    expect(isRelevantPython('x = get_token()  # a comment after code\n')).toBe(true);
    expect(isRelevantPython('  # django\nfrom django.http import HttpResponse\n')).toBe(true);
  });

  it('keeps the shared-store rule of the Python front end', () => {
    expect(isRelevantPython('import redis\nkey = hash(user)\n')).toBe(true);
  });

  it('does not count a JS/TS file whose only mentions are // comment lines', () => {
    expect(isRelevantScript('// session store, cookie parsing: see the docs\n  // and the jwt notes\nmodule.exports = 1;\n')).toBe(false);
  });

  it('counts a JS/TS mention in code, in a block comment or after code on the line', () => {
    expect(isRelevantScript('// header\nconst token = req.headers.authorization;\n')).toBe(true);
    expect(isRelevantScript('/* token */\nexport const a = 1;\n')).toBe(true);
    expect(isRelevantScript('const a = 1; // session\n')).toBe(true);
    expect(isRelevantScript("import express from 'express';\n")).toBe(true);
  });

  it('gives the same answer on every call (the global pattern is reset)', () => {
    const words = /token/gi;
    const text = 'a = 1\nb = token\n';
    expect(hasWordOutsideCommentLines(text, words, '#')).toBe(true);
    expect(words.lastIndex).toBe(0);
    expect(hasWordOutsideCommentLines(text, words, '#')).toBe(true);
    expect(hasWordOutsideCommentLines('# token', words, '#')).toBe(false);
  });
});
