// Preloaded with `node --import` by test/cli-lazy-load.test.ts: appends to the file named by
// TOKENGATE_TEST_LOAD_LOG one line per ES module the process loads ("module <url>") and
// per WebAssembly compilation ("wasm <function>"), and one per script compiled with
// node:vm ("script <file>": the bundles run the TypeScript compiler that way, see
// src/engine/code-cache.ts), so a test can tell which parts of the bundle a command
// evaluated. Test-only; the product has no such hook.
import fs from 'node:fs';
import { register } from 'node:module';
import vm from 'node:vm';

const log = process.env.TOKENGATE_TEST_LOAD_LOG;
if (log) {
  register(new URL('./record-loads-hooks.mjs', import.meta.url), { data: { log } });
  for (const name of ['compile', 'compileStreaming', 'instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function recorded(...args) {
      fs.appendFileSync(log, `wasm ${name}\n`);
      return original.apply(this, args);
    };
  }
  const Script = vm.Script;
  vm.Script = class RecordedScript extends Script {
    constructor(code, options) {
      if (options?.filename) fs.appendFileSync(log, `script ${options.filename}\n`);
      super(code, options);
    }
  };
}
