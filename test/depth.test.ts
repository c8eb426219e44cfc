/**
 * Padding cannot hide a finding: nesting past the depth budget is cut (and reported by
 * TG903 not-analysed) while the rest of the file is analysed; a file that fails for an
 * internal reason is a finding of its own; a scan that analysed nothing never scores 100.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ts } from 'ts-morph';
import { describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../src/engine/config.js';
import { discoverFiles } from '../src/engine/files.js';
import { analyseFile } from '../src/engine/analyse.js';
import { fingerprintFindings } from '../src/engine/finding.js';
import { NothingAnalysedError, fileRuleFindings, scan, type ScanResult } from '../src/engine/scan.js';
import { DEPTH_BUDGET, tokenStarts } from '../src/lang/depth.js';
import { deepPythonCuts } from '../src/lang/python/depth.js';
import { getPythonParser, parsePython } from '../src/lang/python/parser.js';
import { deepTsCuts } from '../src/lang/typescript/depth.js';
import { parseScript } from '../src/lang/typescript/index.js';
import { pythonFrontEnd } from '../src/lang/python/index.js';
import { CfgBuilder, enumeratePaths } from '../src/model/cfg.js';
import { MAX_VALUE_DEPTH } from '../src/model/values.js';
import { RULES } from '../src/rules/index.js';
import type { FileRule } from '../src/rules/types.js';
import { REPO_ROOT, makeTree } from './helpers/scan.js';

const PY_HEAD = 'import jwt\n\nKEY = open("public.pem").read()\n\n\ndef unsafe(token):\n    return jwt.decode(token, options={"verify_signature": False})\n\n\n';
const PY_TAIL = '\n\n\ndef unpinned(token):\n    return jwt.decode(token, KEY)\n';
const TS_HEAD = "import jwt from 'jsonwebtoken';\ndeclare function f(value: unknown): unknown;\n\nexport function peek(token: string) {\n  return jwt.decode(token);\n}\n\n";
const TS_TAIL = "\n\nexport function unpinned(token: string, key: string) {\n  return jwt.verify(token, key);\n}\n";

async function scanTree(files: Record<string, string>): Promise<ScanResult> {
  const root = makeTree(files);
  try {
    return await scan({ rules: RULES, root, config: defaultConfig() });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const lineOf = (text: string, marker: string): number => text.slice(0, text.indexOf(marker)).split('\n').length;
const summary = (result: ScanResult): string[] => result.findings.map((finding) => `${finding.line} ${finding.ruleId}`);

describe('the token count that prunes the depth walk', () => {
  it('counts each run of word characters, each other character and no blank, at every offset', () => {
    const text = 'a_b1 + $x\t(ü)\r\n\v\f"s"9';
    const starts = tokenStarts(text);
    // a_b1 | + | $x | ( | ü | ) | " | s | " | 9
    expect(Array.from(starts)).toEqual([0, 1, 1, 1, 1, 1, 2, 2, 3, 3, 3, 4, 5, 6, 6, 6, 6, 6, 7, 8, 9, 10]);
    expect(starts[text.length]).toBe(10);
  });
});

describe('padding past the depth budget', () => {
  it('Python: a 5,000-term concatenation and 3,000 nested brackets keep every finding elsewhere; the padded lines are reported', async () => {
    const padding = `QUERY = ${Array(5000).fill('"a"').join(' + ')}\n\nTABLE = ${'['.repeat(3000)}1${']'.repeat(3000)}\n`;
    const text = PY_HEAD + padding + PY_TAIL;
    const result = await scanTree({ 'app.py': text });
    expect(result.skipped).toEqual([]);
    expect(summary(result)).toEqual([`7 TG101`, `${lineOf(text, 'QUERY')} TG903`, `${lineOf(text, 'TABLE')} TG903`, `${lineOf(text, 'KEY)')} TG102`]);
    expect(result.findings.find((finding) => finding.ruleId === 'TG903')!.message).toMatch(/^Line \d+ was not analysed from column \d+ \(nested deeper than 200 levels\): findings there are not reported\.$/);
    expect(result.findings.find((finding) => finding.ruleId === 'TG903')).toMatchObject({ category: 'not-analysed', severity: 'high', ruleName: 'not-analysed' });
  });

  it('Python: padding spread over thousands of lines is reported as a range, with the lines after it in place', async () => {
    const padding = `QUERY = (\n${Array(3000).fill('    "a"').join(' +\n')}\n)\n`;
    const text = PY_HEAD + padding + PY_TAIL;
    const result = await scanTree({ 'app.py': text });
    // the cut starts at the first term, on the line after `QUERY = (`
    const start = lineOf(text, 'QUERY') + 1;
    expect(summary(result)).toEqual([`7 TG101`, `${start} TG903`, `${lineOf(text, 'KEY)')} TG102`]);
    expect(result.findings[1]!.message).toMatch(new RegExp(`^Lines ${start}-\\d+ were not analysed`));
    // columns of what follows stay where they were
    expect(result.findings[2]!.column).toBe(12);
  });

  it('TypeScript: 5,000 nested calls and 5,000 + terms keep every finding elsewhere', async () => {
    const padding = `export const calls = ${'f('.repeat(5000)}1${')'.repeat(5000)};\n\nexport const query = ${Array(5000).fill("'a'").join(' + ')};\n`;
    const text = TS_HEAD + padding + TS_TAIL;
    const result = await scanTree({ 'app.ts': text });
    expect(result.skipped).toEqual([]);
    expect(summary(result)).toEqual([`5 TG101`, `${lineOf(text, 'calls')} TG903`, `${lineOf(text, 'query')} TG903`, `${lineOf(text, 'key);')} TG102`]);
  });

  it('TypeScript: conditional chains at every depth around the parser\'s own limit keep every finding elsewhere', async () => {
    // a chain that only just fits the stack alone may still overflow inside the file: never a lost file, at any depth
    const depths = Array.from({ length: 12 }, (_, index) => 2000 + index * 1000);
    const files = Object.fromEntries(depths.map((depth) => [`app${depth}.ts`, `${TS_HEAD}export const chain = ${'a ? b : '.repeat(depth)}c;\n${TS_TAIL}`]));
    const result = await scanTree(files);
    expect(result.skipped).toEqual([]);
    for (const depth of depths) {
      const text = files[`app${depth}.ts`]!;
      const rules = result.findings.filter((finding) => finding.file === `app${depth}.ts`).map((finding) => `${finding.line} ${finding.ruleId}`);
      expect(rules, `depth ${depth}`).toEqual([`5 TG101`, `${lineOf(text, 'chain')} TG903`, `${lineOf(text, 'key);')} TG102`]);
    }
  });

  it('a finding hidden inside the padding is replaced by the not-analysed finding on its line, never dropped silently', async () => {
    const hidden = `HIDDEN = ${'['.repeat(400)}jwt.decode(token, options={"verify_signature": False})${']'.repeat(400)}\n`;
    const result = await scanTree({ 'app.py': PY_HEAD + hidden });
    expect(summary(result)).toEqual(['7 TG101', '10 TG903']);
    expect(result.score.score).toBeLessThan((await scanTree({ 'app.py': PY_HEAD })).score.score);
  });

  it('the parsers themselves: tree-sitter takes the padding; the TypeScript compiler overflows at 5,000 nested calls, and the front end still analyses the file', async () => {
    const parser = await getPythonParser();
    const tree = parsePython(parser, `x = ${'['.repeat(3000)}1${']'.repeat(3000)}\ny = ${Array(5000).fill('"a"').join(' + ')}\n`);
    expect(tree.rootNode.hasError).toBe(false);
    tree.delete();
    const deepCalls = `const y = ${'f('.repeat(5000)}1${')'.repeat(5000)};\n`;
    expect(() => ts.createSourceFile('x.ts', deepCalls, ts.ScriptTarget.Latest, true)).toThrow(RangeError);
    const result = await scanTree({ 'app.ts': TS_HEAD + deepCalls + TS_TAIL });
    expect(summary(result).map((entry) => entry.split(' ')[1])).toEqual(['TG101', 'TG903', 'TG102']);
  });

  it('past the TypeScript parser, brackets in regular expressions, strings and templates do not throw the cut off', async () => {
    const deep = `${'f('.repeat(2000)}1${')'.repeat(2000)}`;
    // 300 opening brackets in each: counted as brackets, they would move the cut up to these lines
    const many = '('.repeat(300);
    const text = `${TS_HEAD}const pattern = /[${many}]+/g;\nconst label = \`${many}\${'['}${many}\`;\nconst quoted = '${many}';\n// ${many}\nexport const deep = ${deep};\nexport const tail = [pattern, label, quoted];\n${TS_TAIL}`;
    const result = await scanTree({ 'app.ts': text });
    expect(summary(result)).toEqual(['5 TG101', `${lineOf(text, 'deep =')} TG903`, `${lineOf(text, 'key);')} TG102`]);
    const cut = result.findings.find((finding) => finding.ruleId === 'TG903')!;
    // the cut starts inside the deep call, past the budget, not at the regular expression above it
    expect(cut.column).toBeGreaterThan('export const deep = '.length + 2 * 190);
  });

  // every shape of nesting, just under the budget (analysed in full) and far past it (cut)
  const pyShapes: Record<string, (n: number) => string> = {
    calls: (n) => `y = ${'f('.repeat(n)}1${')'.repeat(n)}`,
    dicts: (n) => `y = ${'{"a": '.repeat(n)}1${'}'.repeat(n)}`,
    attributes: (n) => `y = a${'.b'.repeat(n)}`,
    subscripts: (n) => `y = a${'[0]'.repeat(n)}`,
    nots: (n) => `y = ${'not '.repeat(n)}a`,
    ors: (n) => `y = ${Array(n).fill('a').join(' or ')}`,
    conditionals: (n) => `y = ${'a if b else '.repeat(n)}c`,
    lambdas: (n) => `y = ${'lambda: '.repeat(n)}1`,
    'f-strings': (n) => `y = ${'f"{'.repeat(Math.min(n, 150))}1${'}"'.repeat(Math.min(n, 150))}`,
    blocks: (n) => `${Array.from({ length: Math.min(n, 400) }, (_, index) => `${' '.repeat(index)}if a:`).join('\n')}\n${' '.repeat(Math.min(n, 400))}pass`,
  };
  const tsShapes: Record<string, (n: number) => string> = {
    arrays: (n) => `const y = ${'['.repeat(n)}1${']'.repeat(n)};`,
    objects: (n) => `const y = ${'{a:'.repeat(n)}1${'}'.repeat(n)};`,
    blocks: (n) => `${'{'.repeat(n)}${'}'.repeat(n)}`,
    assignments: (n) => `let a; ${'a = '.repeat(n)}1;`,
    conditionals: (n) => `const y = ${'a ? b : '.repeat(n)}c;`,
    unary: (n) => `const y = ${'!'.repeat(n)}a;`,
    arrows: (n) => `const y = ${'() => '.repeat(n)}1;`,
    members: (n) => `const y = a${'.b'.repeat(n)};`,
    'method chains': (n) => `const y = a${'.b()'.repeat(n)};`,
    ifs: (n) => `${'if (a) '.repeat(n)}x();`,
    templates: (n) => `const y = ${'`${'.repeat(n)}1${'}`'.repeat(n)};`,
    generics: (n) => `type T = ${'A<'.repeat(n)}B${'>'.repeat(n)};`,
  };
  for (const n of [DEPTH_BUDGET - 10, 5000]) {
    it(`keeps the findings around every nesting shape ${n} deep`, async () => {
      for (const [name, make] of Object.entries(pyShapes)) {
        const result = await scanTree({ 'app.py': `${PY_HEAD}${make(n)}\n${PY_TAIL}` });
        const ids = result.findings.map((finding) => finding.ruleId);
        expect(ids.filter((id) => id !== 'TG903'), `python ${name}`).toEqual(['TG101', 'TG102']);
      }
      for (const [name, make] of Object.entries(tsShapes)) {
        const result = await scanTree({ 'app.ts': `${TS_HEAD}${make(n)}\n${TS_TAIL}` });
        const ids = result.findings.map((finding) => finding.ruleId);
        expect(ids.filter((id) => id !== 'TG903'), `typescript ${name}`).toEqual(['TG101', 'TG102']);
        if (n > DEPTH_BUDGET) expect(ids, `typescript ${name}`).toContain('TG903');
      }
    }, 60_000);
  }

  it('skips only subtrees too small to reach the budget: the pruned walk cuts what the full walk cuts', async () => {
    const parser = await getPythonParser();
    for (const n of [DEPTH_BUDGET - 12, DEPTH_BUDGET - 4, DEPTH_BUDGET, DEPTH_BUDGET + 5, DEPTH_BUDGET + 40]) {
      for (const [name, make] of Object.entries(pyShapes)) {
        const text = `${PY_HEAD}${make(n)}\n${PY_TAIL}`;
        const tree = parsePython(parser, text);
        expect(deepPythonCuts(tree, text, DEPTH_BUDGET, true), `python ${name} ${n}`).toEqual(deepPythonCuts(tree, text, DEPTH_BUDGET, false));
        tree.delete();
      }
      for (const [name, make] of Object.entries(tsShapes)) {
        const text = `${TS_HEAD}${make(n)}\n${TS_TAIL}`;
        let sourceFile;
        try {
          sourceFile = parseScript(text, 'app.ts');
        } catch {
          continue; // past what the parser takes: the bracket cuts handle it (tested above)
        }
        expect(deepTsCuts(sourceFile, text, DEPTH_BUDGET, true), `typescript ${name} ${n}`).toEqual(deepTsCuts(sourceFile, text, DEPTH_BUDGET, false));
      }
    }
  });

  it(`bounds containers nested through thousands of variables at ${MAX_VALUE_DEPTH} levels, keeping the token inside`, async () => {
    const chain = Array.from({ length: 5000 }, (_, index) => `    x${index + 1} = [x${index}]`).join('\n');
    const text = `${PY_HEAD}def leak(token):\n    x0 = [token]\n${chain}\n    print(x5000)\n${PY_TAIL}`;
    const result = await scanTree({ 'app.py': text });
    expect(result.skipped).toEqual([]);
    expect(summary(result)).toEqual(['7 TG101', `${lineOf(text, 'print(x5000)')} TG401`, `${lineOf(text, 'KEY)')} TG102`]);
  });
});

describe('control-flow paths', () => {
  it('walks a path of 20,000 statements without recursion', () => {
    const builder = new CfgBuilder();
    let previous = builder.entry;
    for (let index = 0; index < 20_000; index++) {
      const id = builder.add('stmt', { line: index + 1, column: 1, endLine: index + 1, endColumn: 2 });
      builder.edge(previous, id);
      previous = id;
    }
    builder.edge(previous, builder.exit);
    const paths = enumeratePaths(builder.finish());
    expect(paths).toHaveLength(1);
    expect(paths[0]).toHaveLength(20_002);
  });
});

describe('a file that fails for an internal reason', () => {
  const crashing = { prepare: async () => {}, analyse: async () => Promise.reject(new Error('boom')), parseOnly: async () => {} };
  const fileRules = RULES.filter((rule): rule is FileRule => rule.scope === 'file');

  it('is skipped with the reason and reported as a TG903 finding on the file', async () => {
    const root = makeTree({ 'app.py': 'import jwt\n' });
    try {
      const [file] = discoverFiles(root, { exclude: [] }).files;
      const outcome = await analyseFile(file!, defaultConfig(), undefined, { python: crashing });
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.skipped).toEqual({ file: 'app.py', reason: 'analysis failed (boom)' });
      // the engine runs the not-analysed rule over the empty model the outcome carries
      const findings = fingerprintFindings(fileRuleFindings(outcome.failed!, fileRules, defaultConfig()), () => 'import jwt');
      expect(findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId} ${finding.severity} ${finding.message}`)).toEqual([
        'app.py:1 TG903 high The analysis of this file did not complete (analysis failed (boom)): findings in it may be missing.',
      ]);
      expect(findings[0]!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
      // off in the config: no rule reports it
      expect(fileRuleFindings(outcome.failed!, fileRules.filter((rule) => rule.id !== 'TG903'), defaultConfig())).toEqual([]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('loses only the findings of a rule that throws, and says so', async () => {
    const root = makeTree({ 'app.py': 'import jwt\n\n\ndef user(token, key):\n    return jwt.decode(token, key)\n' });
    try {
      const [file] = discoverFiles(root, { exclude: [] }).files;
      const broken: FileRule = { ...(RULES[0] as FileRule), check: () => { throw new RangeError('Maximum call stack size exceeded'); } };
      const outcome = await analyseFile(file!, defaultConfig());
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      expect(fileRuleFindings(outcome.model, [broken, ...fileRules.slice(1)], defaultConfig()).map((finding) => `${finding.line} ${finding.ruleId} ${finding.message}`).sort()).toEqual([
        '1 TG903 The analysis of this file did not complete (rule TG101 verify-disabled failed: Maximum call stack size exceeded): findings in it may be missing.',
        '5 TG102 jwt.decode is called without algorithms=; pin the algorithms the issuer uses.',
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('reaches the report of a scan as a TG903 finding, and the file as skipped', async () => {
    const root = makeTree({ 'app.py': 'import jwt\n', 'ok.py': 'import jwt\n\n\ndef user(token):\n    return jwt.decode(token, options={"verify_signature": False})\n' });
    try {
      const analyse = pythonFrontEnd.analyse.bind(pythonFrontEnd);
      vi.spyOn(pythonFrontEnd, 'analyse').mockImplementation((text, relPath, config, imported) => (relPath === 'app.py' ? Promise.reject(new Error('boom')) : analyse(text, relPath, config, imported)));
      const result = await scan({ rules: RULES, root, config: defaultConfig() });
      expect(result.skipped).toEqual([{ file: 'app.py', reason: 'analysis failed (boom)' }]);
      expect(result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId}`)).toEqual(['app.py:1 TG903', 'ok.py:5 TG101']);
    } finally {
      vi.restoreAllMocks();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('takes the config: off, or another severity', async () => {
    const padded = { 'app.py': `${PY_HEAD}X = ${'['.repeat(300)}1${']'.repeat(300)}\n` };
    const root = makeTree(padded);
    try {
      const off = await scan({ rules: RULES, root, config: { ...defaultConfig(), rules: { 'not-analysed': 'off' } } });
      expect(summary(off)).toEqual(['7 TG101']);
      const low = await scan({ rules: RULES, root, config: { ...defaultConfig(), rules: { TG903: 'low' } } });
      expect(low.findings.map((finding) => `${finding.ruleId} ${finding.severity}`)).toEqual(['TG101 critical', 'TG903 low']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('a scan that analysed nothing', () => {
  it('stops with NothingAnalysedError naming the skipped files, never a clean 100', async () => {
    const root = makeTree({ 'blob.py': Buffer.from([0, 1, 2, 3]).toString('latin1'), 'huge.ts': `export const x = '${'a'.repeat(179)}';\n` });
    try {
      const config = { ...defaultConfig(), 'max-file-size': 100 };
      await expect(scan({ rules: RULES, root, config })).rejects.toThrow(NothingAnalysedError);
      await expect(scan({ rules: RULES, root, config })).rejects.toThrow('nothing was analysed: all 2 files were skipped (blob.py: binary file; huge.ts: larger than the size cap (200 bytes > 100))');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('stops the same way when the folder holds no source file at all', async () => {
    const root = makeTree({ 'README.md': '# docs\n', 'node_modules/x/index.js': 'module.exports = 1;\n' });
    try {
      await expect(scan({ rules: RULES, root, config: defaultConfig() })).rejects.toThrow(/^nothing was analysed: no Python, JavaScript or TypeScript files and no API documents under /);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('counts an API document read as something analysed', async () => {
    const root = makeTree({ 'openapi.yaml': 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\n' });
    try {
      const result = await scan({ rules: RULES, root, config: defaultConfig() });
      expect(result.stats.files).toBe(0);
      expect(result.skipped).toEqual([]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('makes the CLI exit 2 with the reason on stderr and no report', async () => {
    const cli = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
    expect(fs.existsSync(cli), 'dist/cli/index.js (run npm run build)').toBe(true);
    const root = makeTree({ 'blob.py': Buffer.from([0, 1, 2, 3]).toString('latin1') });
    try {
      const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(process.execPath, [cli, 'scan', root, '--format', 'json'], (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
      });
      expect(run).toEqual({ code: 2, stdout: '', stderr: 'tokengate: nothing was analysed: the only file was skipped (blob.py: binary file)\n' });
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
