/**
 * parseScript sets every node's parent itself (src/lang/typescript/index.ts): the parents
 * must be those the compiler's own setParentNodes gives, on every fixture and example file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { parseScript } from '../src/lang/typescript/index.js';
import { scriptKindFor } from '../src/lang/typescript/lower.js';
import { REPO_ROOT } from './helpers/scan.js';

function scriptFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? scriptFiles(file) : /\.(?:[cm]?[jt]s|[jt]sx)$/.test(entry.name) && !/\.d\.[cm]?ts$/.test(entry.name) ? [file] : [];
  });
}

/** Each node in tree order with its parent's kind and position, `-` for the root. */
function parentsOf(sourceFile: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    out.push(`${node.kind}@${node.pos}-${node.end} < ${node.parent ? `${node.parent.kind}@${node.parent.pos}` : '-'}`);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return out;
}

describe('parseScript', () => {
  it("sets the parents the compiler's setParentNodes sets, on every fixture and example file", () => {
    const files = [...scriptFiles(path.join(REPO_ROOT, 'test', 'fixtures')), ...scriptFiles(path.join(REPO_ROOT, 'examples'))];
    expect(files.length).toBeGreaterThan(100);
    let nodes = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const relPath = path.relative(REPO_ROOT, file);
      let ours: ts.SourceFile;
      try {
        ours = parseScript(text, relPath);
      } catch {
        continue; // nested too deep for the parser: parsed elsewhere after cuts
      }
      const theirs = ts.createSourceFile(relPath, text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, true, scriptKindFor(relPath));
      const expected = parentsOf(theirs);
      expect(parentsOf(ours), relPath).toEqual(expected);
      nodes += expected.length;
    }
    expect(nodes).toBeGreaterThan(10_000);
  });

  it('gives a node its enclosing node, so that walking up from a name reaches the file', () => {
    const sourceFile = parseScript('export function f(a) {\n  return g(a.b[0], () => a);\n}\n', 'x.js');
    let deepest: ts.Node = sourceFile;
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && node.text === 'a' && node.pos > 30) deepest = node;
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    const chain: string[] = [];
    for (let node: ts.Node | undefined = deepest; node; node = node.parent) chain.push(ts.SyntaxKind[node.kind]);
    expect(chain).toEqual(['Identifier', 'ArrowFunction', 'CallExpression', 'ReturnStatement', 'Block', 'FunctionDeclaration', 'SourceFile']);
    expect(deepest.getSourceFile()).toBe(sourceFile);
  });
});
