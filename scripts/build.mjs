// Bundles the action and the CLI with ncc and copies the wasm they load into dist/wasm.
// ncc cannot see the wasm (it is located at run time), so the copy is explicit and
// check-dist compares it like the bundles. Each bundle is an entry (index.js) and the
// chunks ncc emits for the dynamic imports (<id>.index.js: the language front ends, loaded
// only when their files are present; see src/lang/index.ts), all checked by check-dist.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const finalDist = path.join(root, 'dist');
// Built aside and moved into place at the end, so that a reader (or a second build) never
// sees a half-written dist/.
const dist = path.join(root, `.dist-build-${process.pid}`);
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

const bundles = [
  { entry: 'src/action/main.ts', out: dist },
  { entry: 'src/cli/index.ts', out: path.join(dist, 'cli') },
];

fs.rmSync(dist, { recursive: true, force: true });
for (const { entry, out } of bundles) {
  const stats = path.join(os.tmpdir(), `tokengate-build-${process.pid}-${path.basename(out)}.json`);
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--quiet', '--target', 'es2022', '--stats-out', stats], {
    cwd: root,
    stdio: 'inherit',
  });
  writeLicenses(stats, path.join(out, 'licenses.txt'));
  fs.rmSync(stats);
}
// webpack turns web-tree-sitter's `await import("module")` into a namespace wrapper that
// drops `createRequire` (module's export is a function, whose properties it does not copy).
// The bundles are ES modules, so the native dynamic import is restored; the build fails
// loudly if web-tree-sitter changes shape, and test/dist.test.ts runs the bundles.
const brokenImport = /const \{ createRequire \} = await Promise\.resolve\(\/\* import\(\) \*\/\)\.then\((__nccwpck_require__|__webpack_require__)\.t\.bind\(\1, \d+, \d+\)\);/g;
// The TypeScript compiler (CommonJS, inside ts-morph) reads __filename/__dirname, which
// ES modules lack; define them for each file of the bundle, after the shebang if there is one.
const shim = 'import { fileURLToPath as __tgFileURLToPath } from "node:url";\nconst __filename = __tgFileURLToPath(import.meta.url);\nconst __dirname = __tgFileURLToPath(new URL(".", import.meta.url));\n';
for (const dir of [dist, path.join(dist, 'cli')]) {
  let restored = 0;
  for (const name of fs.readdirSync(dir).filter((file) => file.endsWith('.js'))) {
    const file = path.join(dir, name);
    const code = fs.readFileSync(file, 'utf8');
    restored += code.match(brokenImport)?.length ?? 0;
    const fixed = code.replace(brokenImport, 'const { createRequire } = await import("node:module");');
    fs.writeFileSync(file, fixed.startsWith('#!') ? fixed.replace(/^(#![^\n]*\n)/, `$1${shim}`) : shim + fixed);
  }
  if (restored !== 1) throw new Error(`${path.relative(dist, dir) || '.'}: expected one web-tree-sitter createRequire import to restore, found ${restored}`);
}
const wasmDir = path.join(dist, 'wasm');
fs.mkdirSync(wasmDir, { recursive: true });
for (const [pkg, file] of [
  ['web-tree-sitter', 'web-tree-sitter.wasm'],
  ['tree-sitter-python', 'tree-sitter-python.wasm'],
]) {
  fs.copyFileSync(path.join(root, 'node_modules', pkg, file), path.join(wasmDir, file));
}
// ncc may emit stray copies of assets it guessed at; the wasm/ folder is the only one loaded.
for (const dir of [dist, path.join(dist, 'cli')]) {
  for (const name of fs.readdirSync(dir)) if (name.endsWith('.wasm')) fs.rmSync(path.join(dir, name));
}
fs.writeFileSync(path.join(dist, 'package.json'), '{ "type": "module" }\n');
fs.writeFileSync(path.join(dist, 'cli', 'package.json'), '{ "type": "module" }\n');
fs.rmSync(finalDist, { recursive: true, force: true });
fs.renameSync(dist, finalDist);

/**
 * licenses.txt of a bundle: every package with a module in any of its chunks. ncc's own
 * --license writes one file per chunk to the same name (the last chunk wins), so the list is
 * made here from the build's module list instead, in ncc's format (name, license, text).
 */
function writeLicenses(statsFile, out) {
  const { modules = [], chunks = [] } = JSON.parse(fs.readFileSync(statsFile, 'utf8'));
  // package name -> its folder (a nested node_modules copy counts as the package it is)
  const packages = new Map();
  const moduleNames = [...modules, ...chunks.flatMap((chunk) => chunk.modules ?? [])].flatMap((module) => [module.name, ...(module.modules ?? []).map((inner) => inner.name)]);
  for (const name of moduleNames) {
    const match = /^(?:\.\/)?((?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(name ?? '');
    if (match && !packages.has(match[2])) packages.set(match[2], path.join(root, match[1]));
  }
  const entries = [];
  for (const [name, dir] of [...packages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const licenseFile = fs.readdirSync(dir).find((file) => /^(licen[cs]e|copying)(\.|$)/i.test(file));
    const text = licenseFile ? fs.readFileSync(path.join(dir, licenseFile), 'utf8').trim() : '';
    entries.push(`${name}\n${typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN')}\n${text}\n`);
  }
  fs.writeFileSync(out, entries.join('\n'));
}
