import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultConfig, loadConfig, type Config } from '../../src/engine/config.js';
import { scan, type ScanResult } from '../../src/engine/scan.js';
import { RULES } from '../../src/rules/index.js';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** A temporary directory holding the given files (path → content). */
export function makeTree(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tokengate-test-'));
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  return root;
}

/** Scans a tree of files with the default config (or the tree's own .tokengate.yml). */
export async function scanFiles(files: Record<string, string>, config?: Partial<Config>): Promise<ScanResult> {
  const root = makeTree(files);
  try {
    const base = files['.tokengate.yml'] !== undefined ? loadConfig(root, undefined, RULES) : defaultConfig();
    return await scan({ rules: RULES, root, config: { ...base, ...config } });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** Scans one Python source text saved as `name`. */
export async function scanPython(source: string, name = 'app.py', config?: Partial<Config>): Promise<ScanResult> {
  return scanFiles({ [name]: source }, config);
}
