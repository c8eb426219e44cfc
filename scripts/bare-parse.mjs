// The benchmark's baseline: the bare parse of the same files the scan reads, on one
// thread — web-tree-sitter for Python, the TypeScript compiler's createSourceFile for
// JS/TS. Prints one JSON line: files, lines, bytes, parse milliseconds, peak RSS.
// Usage: node scripts/bare-parse.mjs python|script ROOT
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Language, Parser } from 'web-tree-sitter';

const [kind, root] = process.argv.slice(2);
if (!['python', 'script'].includes(kind) || !root) {
  console.error('usage: node scripts/bare-parse.mjs python|script ROOT');
  process.exit(2);
}

// Mirrors the built-in excludes of src/engine/files.ts (the bench compares file counts).
const EXCLUDED_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules', 'bower_components', 'site-packages', 'dist-packages', '__pycache__', '.venv', 'venv', 'env', '.env', '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.ruff_cache', 'build', 'dist', 'out', '.next', '.nuxt', '.svelte-kit', '.turbo', 'coverage', '.eggs']);
const PYTHON = /\.py$/;
const SCRIPT = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const DECLARATION = /\.d\.[cm]?ts$/;
const MINIFIED = /[.-]min\.(?:js|mjs|cjs)$|\.bundle\.js$/;
const MAX_BYTES = 1_000_000;

function list(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!EXCLUDED_DIRS.has(entry.name) && !entry.name.endsWith('.egg-info')) list(abs, out);
    } else if (entry.isFile()) {
      const wanted = kind === 'python' ? PYTHON.test(entry.name) : SCRIPT.test(entry.name) && !DECLARATION.test(entry.name) && !MINIFIED.test(entry.name);
      if (wanted) out.push(abs);
    }
  }
  return out;
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const texts = [];
for (const file of list(root, [])) {
  const bytes = fs.readFileSync(file);
  if (bytes.length > MAX_BYTES || bytes.subarray(0, 8192).includes(0)) continue;
  try {
    texts.push({ file, text: decoder.decode(bytes) });
  } catch {
    // not UTF-8: the scan skips it too
  }
}

let parse;
if (kind === 'python') {
  const here = path.dirname(new URL(import.meta.url).pathname);
  const modules = path.join(here, '..', 'node_modules');
  await Parser.init({ locateFile: () => path.join(modules, 'web-tree-sitter', 'web-tree-sitter.wasm') });
  const language = await Language.load(path.join(modules, 'tree-sitter-python', 'tree-sitter-python.wasm'));
  const parser = new Parser();
  parser.setLanguage(language);
  parse = ({ text }) => parser.parse(text).delete();
} else {
  // the compiler the scan's bundles load (ts-morph's copy of TypeScript), without ts-morph itself
  const fromTsMorph = createRequire(createRequire(import.meta.url).resolve('ts-morph'));
  const ts = fromTsMorph('@ts-morph/common/dist/typescript.js');
  const scriptKind = (file) => (file.endsWith('.tsx') ? ts.ScriptKind.TSX : /\.[cm]?ts$/.test(file) ? ts.ScriptKind.TS : ts.ScriptKind.JSX);
  parse = ({ file, text }) => ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file));
}

const started = performance.now();
for (const entry of texts) parse(entry);
const parseMs = performance.now() - started;
let lines = 0;
let bytes = 0;
for (const { text } of texts) {
  lines += text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  bytes += text.length;
}
process.stdout.write(`${JSON.stringify({ files: texts.length, lines, bytes, parseMs: Math.round(parseMs), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
