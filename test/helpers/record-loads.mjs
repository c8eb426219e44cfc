// Preloaded with `node --import` by test/cli-lazy-load.test.ts: appends to the file named by
// TOKENGATE_TEST_LOAD_LOG one line per ES module the process loads ("module <url>") and
// per WebAssembly compilation ("wasm <function>"), so a test can tell which parts of the
// bundle a command evaluated. Test-only; the product has no such hook.
import fs from 'node:fs';
import { register } from 'node:module';

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
}
