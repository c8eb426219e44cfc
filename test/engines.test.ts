/**
 * `npm ci` prints no EBADENGINE warning on the Node versions package.json promises: every
 * package the lock installs (optional ones are skipped silently when they do not fit)
 * accepts the lowest release of each Node line in `engines`, and the Node running the tests.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/scan.js';

interface SemverApi {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
  validRange(range: string): string | null;
}
// semver comes with npm's own tooling in node_modules (typescript-eslint, vite); its types do not
const semver = createRequire(import.meta.url)('semver') as SemverApi;

const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; optional?: boolean; engines?: { node?: string } | string[] }> };

describe('engines', () => {
  const promised = manifest.engines.node;
  const lines = promised.split('||').map((branch) => semver.minVersion(branch.trim())!.version);
  const versions = [...new Set([...lines, process.versions.node])];

  it('promises Node lines, each from a release', () => {
    expect(semver.validRange(promised)).not.toBeNull();
    expect(lines.length).toBeGreaterThan(0);
    expect(semver.satisfies(process.versions.node, promised), `the Node running the tests (${process.versions.node}) is one that engines promises`).toBe(true);
  });

  it(`every installed package accepts ${versions.join(', ')}`, () => {
    const misfits: string[] = [];
    for (const [location, entry] of Object.entries(lock.packages)) {
      const wanted = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
      if (!location || entry.optional || !wanted) continue;
      for (const version of versions) if (!semver.satisfies(version, wanted)) misfits.push(`${location}@${entry.version} wants node ${wanted}, not ${version}`);
    }
    expect(misfits).toEqual([]);
  });
});
