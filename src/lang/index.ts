/**
 * The front end for each language the engine analyses, each loaded on first use: a
 * process evaluates only the parsers its files need, so a Python-only scan never
 * evaluates the TypeScript compiler, a JS/TS-only scan never loads the tree-sitter wasm,
 * and `--version` or an empty folder loads neither. The bundler emits each front end as
 * a chunk of its own (scripts/build.mjs); a scan worker loads only the ones it is sent.
 */
import type { Language } from '../engine/finding.js';
import type { FrontEnd } from './types.js';

/** A front end that imports (and prepares) the real one the first time any of its methods is called. */
function loadedOnFirstUse(load: () => Promise<FrontEnd>): FrontEnd {
  let loading: Promise<FrontEnd> | undefined;
  const frontEnd = (): Promise<FrontEnd> =>
    (loading ??= load().then(async (loaded) => {
      await loaded.prepare();
      return loaded;
    }));
  return {
    async prepare() {
      await frontEnd();
    },
    async analyse(...args: Parameters<FrontEnd['analyse']>) {
      return (await frontEnd()).analyse(...args);
    },
    async parseOnly(...args: Parameters<FrontEnd['parseOnly']>) {
      return (await frontEnd()).parseOnly(...args);
    },
  };
}

export const FRONT_ENDS: Partial<Record<Language, FrontEnd>> = {
  python: loadedOnFirstUse(async () => (await import('./python/index.js')).pythonFrontEnd),
  typescript: loadedOnFirstUse(async () => (await import('./typescript/index.js')).typescriptFrontEnd),
  javascript: loadedOnFirstUse(async () => (await import('./typescript/index.js')).javascriptFrontEnd),
};
