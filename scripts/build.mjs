// Bundles the action and the CLI with ncc and copies the wasm they load into dist/wasm.
// ncc cannot see the wasm (it is located at run time), so the copy is explicit and
// check-dist compares it like the bundles. Each bundle is an entry (index.js) and the
// chunks ncc emits for the dynamic imports (<id>.index.js: the language front ends, loaded
// only when their files are present; see src/lang/index.ts), all checked by check-dist.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const finalDist = path.join(root, 'dist');
// Built aside and moved into place at the end, so that a reader (or a second build) never
// sees a half-written dist/.
const dist = path.join(root, `.dist-build-${process.pid}`);
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
// The TypeScript compiler that ts-morph ships (the only part of ts-morph the source uses).
// It is left out of the bundles and loaded through a V8 code cache: see src/engine/code-cache.ts.
const compilerFile = createRequire(path.join(root, 'node_modules', 'ts-morph', 'package.json')).resolve('@ts-morph/common/dist/typescript.js');
const compilerPackageDir = path.resolve(path.dirname(compilerFile), '..');

// The scan workers' own bundle (src/engine/worker.ts) sits in dist/cli/worker/, inside the
// CLI's folder that the npm package ships; the action's workers start it from there too.
const bundles = [
  { entry: 'src/action/main.ts', out: dist },
  { entry: 'src/cli/index.ts', out: path.join(dist, 'cli') },
  { entry: 'src/engine/worker.ts', out: path.join(dist, 'cli', 'worker') },
];
const bundleDirs = bundles.map((bundle) => bundle.out);

fs.rmSync(dist, { recursive: true, force: true });
for (const { entry, out } of bundles) {
  const stats = path.join(os.tmpdir(), `tokengate-build-${process.pid}-${path.basename(out)}.json`);
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--quiet', '--target', 'es2022', '--external', 'ts-morph', '--stats-out', stats], {
    cwd: root,
    stdio: 'inherit',
  });
  writeLicenses(stats, path.join(out, 'licenses.txt'), [compilerPackageDir]);
  fs.rmSync(stats);
}
// webpack turns web-tree-sitter's `await import("module")` into a namespace wrapper that
// drops `createRequire` (module's export is a function, whose properties it does not copy).
// The bundles are ES modules, so the native dynamic import is restored; the build fails
// loudly if web-tree-sitter changes shape, and test/dist.test.ts runs the bundles.
const brokenImport = /const \{ createRequire \} = await Promise\.resolve\(\/\* import\(\) \*\/\)\.then\((__nccwpck_require__|__webpack_require__)\.t\.bind\(\1, \d+, \d+\)\);/g;
// ncc hoists the external ts-morph to a static import at the top of the entry, which would
// load the compiler even for a Python-only tree. It becomes an object whose `ts` loads
// ts-compiler.cjs when the JS/TS front end first reads it and is a plain value after that;
// webpack's wrapper of the external (a getter read on every `ts.` of the front end) is
// replaced by that object.
const compilerImport = /import \* as (__WEBPACK_EXTERNAL_MODULE_ts_morph_\w+__) from "ts-morph";/g;
const compilerWrapper = /module\.exports = x\(\{ \["ts"\]: \(\) => \((__WEBPACK_EXTERNAL_MODULE_ts_morph_\w+__)\.ts\) \}\);/g;
const lazyCompiler = (name) =>
  `const ${name} = { get ts() { const { ts } = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("./ts-compiler.cjs"); Object.defineProperty(this, "ts", { value: ts, enumerable: true }); return ts; } };`;
const compilerLoader = compilerLoaderSource();
for (const dir of bundleDirs) {
  let restored = 0;
  let compilerImports = 0;
  let compilerWrappers = 0;
  for (const name of fs.readdirSync(dir).filter((file) => file.endsWith('.js'))) {
    const file = path.join(dir, name);
    const code = fs.readFileSync(file, 'utf8');
    restored += code.match(brokenImport)?.length ?? 0;
    compilerImports += code.match(compilerImport)?.length ?? 0;
    compilerWrappers += code.match(compilerWrapper)?.length ?? 0;
    if (/\b__(?:file|dir)name\b/.test(code)) throw new Error(`${path.relative(dist, file)} reads __filename or __dirname, which an ES module lacks`);
    fs.writeFileSync(file, code.replace(brokenImport, 'const { createRequire } = await import("node:module");').replace(compilerImport, (_, name) => lazyCompiler(name)).replace(compilerWrapper, 'module.exports = $1;'));
  }
  if (compilerImports !== 1 || compilerWrappers !== 1) throw new Error(`${path.relative(dist, dir) || '.'}: expected one import of the external ts-morph and one wrapper of it, found ${compilerImports} and ${compilerWrappers}`);
  if (path.basename(dir) === 'worker') {
    // the compiler (9 MB) and its loader are the CLI bundle's, one folder up
    fs.writeFileSync(path.join(dir, 'ts-compiler.cjs'), '// Generated by scripts/build.mjs: the worker loads the compiler of the CLI bundle.\nmodule.exports = require("../ts-compiler.cjs");\n');
  } else {
    fs.copyFileSync(compilerFile, path.join(dir, 'typescript.cjs'));
    fs.writeFileSync(path.join(dir, 'ts-compiler.cjs'), compilerLoader);
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
for (const dir of bundleDirs) {
  for (const name of fs.readdirSync(dir)) if (name.endsWith('.wasm')) fs.rmSync(path.join(dir, name));
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
}
fs.rmSync(finalDist, { recursive: true, force: true });
fs.renameSync(dist, finalDist);

/**
 * ts-compiler.cjs: src/engine/code-cache.ts as CommonJS, then the load of typescript.cjs
 * beside it, keyed by that file's SHA-256 so that cached code never outlives its source.
 */
function compilerLoaderSource() {
  const ts = createRequire(import.meta.url)('typescript');
  const source = fs.readFileSync(path.join(root, 'src', 'engine', 'code-cache.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } });
  const digest = crypto.createHash('sha256').update(fs.readFileSync(compilerFile)).digest('hex');
  return `// Generated by scripts/build.mjs from src/engine/code-cache.ts: loads typescript.cjs, ts-morph's TypeScript compiler.\n${outputText}\nexports.ts = loadWithCodeCache(require("node:path").join(__dirname, "typescript.cjs"), "sha256:${digest}", codeCacheDir()).exports;\n`;
}

/**
 * licenses.txt of a bundle: every package with a module in any of its chunks. ncc's own
 * --license writes one file per chunk to the same name (the last chunk wins), so the list is
 * made here from the build's module list instead, in ncc's format (name, license, text).
 */
function writeLicenses(statsFile, out, extraPackageDirs) {
  const { modules = [], chunks = [] } = JSON.parse(fs.readFileSync(statsFile, 'utf8'));
  // package name -> its folder (a nested node_modules copy counts as the package it is)
  const packages = new Map();
  const moduleNames = [...modules, ...chunks.flatMap((chunk) => chunk.modules ?? [])].flatMap((module) => [module.name, ...(module.modules ?? []).map((inner) => inner.name)]);
  for (const name of moduleNames) {
    const match = /^(?:\.\/)?((?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(name ?? '');
    if (match && !packages.has(match[2])) packages.set(match[2], path.join(root, match[1]));
  }
  for (const dir of extraPackageDirs) packages.set(JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name, dir);
  const entries = [];
  for (const [name, dir] of [...packages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const licenseFile = fs.readdirSync(dir).find((file) => /^(licen[cs]e|copying)(\.|$)/i.test(file));
    const text = licenseFile ? fs.readFileSync(path.join(dir, licenseFile), 'utf8').trim() : '';
    entries.push(`${name}\n${typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN')}\n${text}\n`);
  }
  fs.writeFileSync(out, entries.join('\n'));
}
