/**
 * The import aliases of the scanned JS/TS projects: `compilerOptions.baseUrl` and `paths`
 * of every tsconfig.json / jsconfig.json beside or above a scanned script (inside the
 * scan root), following relative `extends`. A config that cannot be read or parsed gives
 * no aliases: the imports it would resolve stay unknown.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PathAliases } from '../model/module-graph.js';

const CONFIG_FILES = ['tsconfig.json', 'jsconfig.json'];
const MAX_EXTENDS = 5;

interface CompilerPaths {
  /** Relative to the scan root. */
  baseUrl?: string;
  /** Targets relative to the scan root. */
  paths?: Record<string, string[]>;
}

/** Every config with aliases that applies to one of `scriptFiles` (paths relative to `root`). */
export function readPathAliases(root: string, scriptFiles: readonly string[]): PathAliases[] {
  const folders = new Set<string>();
  for (const file of scriptFiles) {
    for (let dir = path.posix.dirname(file); ; dir = path.posix.dirname(dir)) {
      const folder = dir === '.' ? '' : dir;
      if (folders.has(folder)) break;
      folders.add(folder);
      if (folder === '') break;
    }
  }
  const aliases: PathAliases[] = [];
  for (const folder of [...folders].sort()) {
    for (const name of CONFIG_FILES) {
      const file = path.join(root, folder, name);
      if (!fs.existsSync(file)) continue;
      const options = compilerPaths(root, file, 0);
      if (options && (options.baseUrl !== undefined || options.paths)) aliases.push({ dir: folder, ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}), paths: options.paths ?? {} });
      break; // tsconfig.json wins over jsconfig.json in one folder
    }
  }
  return aliases;
}

function compilerPaths(root: string, file: string, depth: number): CompilerPaths | undefined {
  const config = readJsonc(file);
  if (!config || typeof config !== 'object') return undefined;
  const dir = path.dirname(file);
  const relative = (target: string): string => path.relative(root, path.resolve(dir, target)).split(path.sep).join('/');
  let inherited: CompilerPaths = {};
  const extendsList = (config as { extends?: unknown }).extends;
  for (const base of Array.isArray(extendsList) ? extendsList : [extendsList]) {
    // a package name (`@tsconfig/node20`) holds no project aliases
    if (typeof base !== 'string' || !base.startsWith('.') || depth >= MAX_EXTENDS) continue;
    const target = path.resolve(dir, base.endsWith('.json') ? base : `${base}.json`);
    inherited = { ...inherited, ...compilerPaths(root, target, depth + 1) };
  }
  const options = (config as { compilerOptions?: { baseUrl?: unknown; paths?: unknown } }).compilerOptions ?? {};
  const own: CompilerPaths = {};
  if (typeof options.baseUrl === 'string') own.baseUrl = relative(options.baseUrl);
  if (options.paths && typeof options.paths === 'object') {
    // targets are relative to baseUrl when set, else to the config's folder
    const base = typeof options.baseUrl === 'string' ? path.resolve(dir, options.baseUrl) : dir;
    own.paths = {};
    for (const [pattern, targets] of Object.entries(options.paths as Record<string, unknown>)) {
      if (!Array.isArray(targets)) continue;
      own.paths[pattern] = targets.filter((target): target is string => typeof target === 'string').map((target) => path.relative(root, path.resolve(base, target)).split(path.sep).join('/'));
    }
  }
  return { ...inherited, ...own };
}

/** JSON with comments and trailing commas, as TypeScript reads its configs. */
function readJsonc(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '"') {
      const end = stringEnd(text, index);
      out += text.slice(index, end);
      index = end - 1;
    } else if (char === '/' && text[index + 1] === '/') {
      while (index < text.length && text[index] !== '\n') index++;
      out += '\n';
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end < 0 ? text.length : end + 1;
    } else {
      out += char;
    }
  }
  try {
    return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
  } catch {
    return undefined;
  }
}

function stringEnd(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index++) {
    if (text[index] === '\\') index++;
    else if (text[index] === '"') return index + 1;
  }
  return text.length;
}
