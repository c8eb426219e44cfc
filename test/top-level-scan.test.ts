/**
 * A Python file with nothing to lower is read for its module facts from its text
 * (src/lang/python/top-level-scan.ts) instead of being parsed. The facts must be those
 * the tree gives (unloweredModuleFacts), and text that is not plain must ask for the parse.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPythonParser, parsePython } from '../src/lang/python/parser.js';
import { unloweredModuleFacts } from '../src/lang/python/imports.js';
import { NEEDS_PARSE, scanModuleFacts } from '../src/lang/python/top-level-scan.js';
import { pythonFrontEnd } from '../src/lang/python/index.js';
import { defaultConfig } from '../src/engine/config.js';
import { REPO_ROOT } from './helpers/scan.js';

async function treeFacts(text: string): Promise<ReturnType<typeof unloweredModuleFacts>> {
  const parser = await getPythonParser();
  const tree = parsePython(parser, text);
  try {
    return unloweredModuleFacts(tree.rootNode);
  } finally {
    tree.delete();
  }
}

function pythonFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? pythonFiles(file) : entry.name.endsWith('.py') ? [file] : [];
  });
}

/** Shapes the scanner must read exactly as the tree does. */
const PLAIN: Record<string, string> = {
  imports: 'import os\nimport os.path\nimport a.b.c as abc, json\nfrom . import sibling\nfrom .. import (up,)\nfrom ..pkg.mod import x as y, z\nfrom m import *\nfrom __future__ import annotations\n',
  'parenthesized import over lines, with comments': 'from app.core import (\n    config,  # the settings\n    security as sec,\n)\n',
  'backslash continuation': 'from app import a, \\\n    b\nX = \\\n    "joined"\n',
  constants: 'API_PREFIX = "/api/v1"\nALGORITHM = \'HS256\'\nTIMEOUT = 30\nTYPED: str = "x"\nANNOTATED: Dict[str, int] = 5\nRAW = r"\\d+"\nBYTES = b"\\x00"\nF_PLAIN = f"no fields"\n',
  'values that are not literals': 'A = "a" "b"\nB = ("b")\nC = -1\nD = 0x10\nE = 1_000\nF = 1.5\nG = f"{x}"\nH = f"{{escaped}}"\nI = x = "chained"\nJ += 1\nK == 1\nL <= 2\nM = [1]\nN: int\n',
  'a docstring and strings holding col-0 look-alikes': '"""Module.\nimport fake\nSECRET = "not a constant"\n"""\nimport real\nS = \'\'\'\nfrom nowhere import nothing\n\'\'\'\nT = "it\'s # not a comment"\n',
  'f-strings nesting quotes and fields': 'import a\nMSG = f"{d["k"]!r:>{width}} {{x}}"\nOTHER = F\'\'\'{"}"}\'\'\'\nimport b\n',
  'indented code is not top level': 'import a\nif TYPE_CHECKING:\n    import b\n    C = 1\ntry:\n    import d\nexcept ImportError:\n    d = None\nclass K:\n    X = "class attr"\ndef f():\n    import g\n    return """\nimport h\n"""\n',
  'CRLF, tabs, non-ASCII names and text': 'import os\r\nNAME = "café ✓"\r\nÜBER = 1\r\nif x:\r\n\tY = 2\r\n',
  'comments and blank lines': '# import commented\n\n   # indented comment\nX = 1  # trailing\n',
};

/** Text the scanner must hand to the parse. */
const NOT_PLAIN: Record<string, string> = {
  'a semicolon at top level': 'import a; import b\n',
  'an unbalanced bracket': 'X = (1,\n',
  'a closing bracket too many': 'X = 1)\n',
  'an unterminated string': 'X = "open\n',
  'an unterminated triple-quoted string': 'X = """open\n',
  'a garbled line start': ')]}{(@@ !! $$\nx = 1\n',
  'a character Python does not use': 'X = `1`\n',
  'a euro sign as a name': '€ = 2\n',
  'a byte order mark': '\ufeffimport os\n',
  'a form feed before a statement': '\fimport os\n',
  'spaces inside a dotted name': 'import a . b\n',
  'an import with nothing after it': 'from m import\n',
};

describe('module facts read from plain text are the facts the tree gives', () => {
  for (const [name, text] of Object.entries(PLAIN)) {
    it(name, async () => {
      const scanned = scanModuleFacts(text);
      expect(scanned).not.toBe(NEEDS_PARSE);
      expect(scanned).toEqual(await treeFacts(text));
    });
  }

  it('reads the documented shapes into bindings and constants', () => {
    const facts = scanModuleFacts(PLAIN.imports! + PLAIN.constants!);
    if (!facts || facts === NEEDS_PARSE) throw new Error('expected facts');
    expect(facts.imports.map((binding) => `${binding.local}=${binding.qualified}`)).toEqual(['os=os', 'os=os', 'abc=a.b.c', 'json=json', 'sibling=sibling', 'up=up', 'y=pkg.mod.x', 'z=pkg.mod.z', '*=']);
    expect(facts.exports.map((constant) => constant.name)).toEqual(['API_PREFIX', 'ALGORITHM', 'TIMEOUT', 'TYPED', 'ANNOTATED', 'RAW', 'BYTES', 'F_PLAIN']);
    expect(facts.exports[0]).toMatchObject({ loc: { line: 9, column: 1, endLine: 9, endColumn: 11 }, constant: { kind: 'string', value: '/api/v1' } });
  });

  it('agrees with the tree on every fixture and example file it reads, and reads most of them', async () => {
    const files = [...pythonFiles(path.join(REPO_ROOT, 'test', 'fixtures', 'python')), ...pythonFiles(path.join(REPO_ROOT, 'examples'))];
    let read = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const scanned = scanModuleFacts(text);
      if (scanned === NEEDS_PARSE) continue;
      read++;
      expect(scanned, file).toEqual(await treeFacts(text));
    }
    expect(read).toBeGreaterThan(files.length * 0.9);
  });
});

describe('text that is not plain is handed to the parse', () => {
  for (const [name, text] of Object.entries(NOT_PLAIN)) {
    it(name, () => {
      expect(scanModuleFacts(text)).toBe(NEEDS_PARSE);
    });
  }

  it('so a broken file with nothing to lower is still reported as too broken to parse', async () => {
    const result = await pythonFrontEnd.analyse(NOT_PLAIN['a garbled line start']!.repeat(40), 'garbage.py', defaultConfig());
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/too broken to parse/) });
  });

  it('while a plain file with nothing to lower offers its facts without a parse', async () => {
    const text = 'from .config import settings\nAPI_PREFIX = "/api/v1"\n';
    const result = await pythonFrontEnd.analyse(text, 'app/constants.py', defaultConfig());
    if (!result.ok) throw new Error(result.reason);
    expect(result.model.module).toEqual(await treeFacts(text));
    expect(result.model.lines).toBe(2);
  });
});
