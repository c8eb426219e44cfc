// Bundles the action and the CLI with ncc and copies the wasm they load into dist/wasm.
// ncc cannot see the wasm (it is located at run time), so the copy is explicit and
// check-dist compares it like the bundles.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
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
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'], {
    cwd: root,
    stdio: 'inherit',
  });
}
// webpack turns web-tree-sitter's `await import("module")` into a namespace wrapper that
// drops `createRequire` (module's export is a function, whose properties it does not copy).
// The bundles are ES modules, so the native dynamic import is restored; the build fails
// loudly if web-tree-sitter changes shape, and test/dist.test.ts runs the bundles.
const brokenImport = /const \{ createRequire \} = await Promise\.resolve\(\/\* import\(\) \*\/\)\.then\(__nccwpck_require__\.t\.bind\(__nccwpck_require__, \d+, \d+\)\);/g;
for (const bundle of ['index.js', 'cli/index.js']) {
  const file = path.join(dist, bundle);
  const code = fs.readFileSync(file, 'utf8');
  const matches = code.match(brokenImport)?.length ?? 0;
  if (matches !== 1) throw new Error(`${bundle}: expected one web-tree-sitter createRequire import to restore, found ${matches}`);
  let fixed = code.replace(brokenImport, 'const { createRequire } = await import("node:module");');
  // The TypeScript compiler (CommonJS, inside ts-morph) reads __filename/__dirname, which
  // ES modules lack; define them for the bundle, after the shebang if there is one.
  const shim = 'import { fileURLToPath as __tgFileURLToPath } from "node:url";\nconst __filename = __tgFileURLToPath(import.meta.url);\nconst __dirname = __tgFileURLToPath(new URL(".", import.meta.url));\n';
  fixed = fixed.startsWith('#!') ? fixed.replace(/^(#![^\n]*\n)/, `$1${shim}`) : shim + fixed;
  fs.writeFileSync(file, fixed);
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
