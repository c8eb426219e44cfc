import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Finds a .wasm asset: in the bundle's `wasm/` folder (dist/wasm, copied by the build),
 * or in node_modules when running from source. Searching upward from this module keeps
 * both dist/index.js and dist/cli/index.js working with one copy of the assets.
 */
export function locateWasm(fileName: string, packageName: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  const tried: string[] = [];
  for (;;) {
    for (const candidate of [path.join(dir, 'wasm', fileName), path.join(dir, 'node_modules', packageName, fileName)]) {
      tried.push(candidate);
      if (fs.existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`cannot find ${fileName}; looked in:\n  ${tried.join('\n  ')}`);
}
