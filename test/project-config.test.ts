/** The import aliases read from tsconfig.json / jsconfig.json files of a scanned tree. */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readPathAliases } from '../src/engine/project-config.js';
import { makeTree } from './helpers/scan.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = makeTree(files);
  roots.push(root);
  return root;
}

describe('readPathAliases', () => {
  it('reads paths and baseUrl from a tsconfig with comments and trailing commas, relative to the scan root', () => {
    const root = tree({
      'web/tsconfig.json': '{\n  // Next.js\n  "compilerOptions": {\n    "baseUrl": ".",\n    /* aliases */ "paths": { "@/*": ["./src/*"], },\n  },\n}\n',
      'web/src/app.ts': '',
    });
    expect(readPathAliases(root, ['web/src/app.ts'])).toEqual([{ dir: 'web', baseUrl: 'web', paths: { '@/*': ['web/src/*'] } }]);
  });

  it('follows a relative extends and lets the extending config win', () => {
    const root = tree({
      'tsconfig.base.json': '{ "compilerOptions": { "paths": { "@lib/*": ["libs/*"] } } }',
      'apps/api/tsconfig.json': '{ "extends": "../../tsconfig.base.json", "compilerOptions": { "baseUrl": "src" } }',
      'apps/api/src/main.ts': '',
    });
    expect(readPathAliases(root, ['apps/api/src/main.ts'])).toEqual([{ dir: 'apps/api', baseUrl: 'apps/api/src', paths: { '@lib/*': ['libs/*'] } }]);
  });

  it('reads a jsconfig.json too, and gives nothing for a config that does not parse or has no aliases', () => {
    const root = tree({
      'a/jsconfig.json': '{ "compilerOptions": { "paths": { "~/*": ["./*"] } } }',
      'a/x.js': '',
      'b/tsconfig.json': '{ not json',
      'b/y.ts': '',
      'c/tsconfig.json': '{ "compilerOptions": { "strict": true }, "extends": "@tsconfig/node20/tsconfig.json" }',
      'c/z.ts': '',
    });
    expect(readPathAliases(root, ['a/x.js', 'b/y.ts', 'c/z.ts'])).toEqual([{ dir: 'a', paths: { '~/*': ['a/*'] } }]);
  });
});
