/**
 * Where an import leads: the module graph over the scanned files. Python: absolute
 * imports (against the source roots that hold the importing file), relative imports,
 * packages with or without `__init__.py`. JS/TS: relative specifiers with the usual
 * extensions and `index` files, `.js` written for a `.ts` file, and tsconfig/jsconfig
 * `paths` and `baseUrl` aliases (`@/lib/auth`). A specifier that leads to no scanned file
 * (a package, the standard library) resolves to nothing: what it names stays unknown.
 */
import path from 'node:path';

/** The aliases of one tsconfig.json / jsconfig.json, relative to the scan root. */
export interface PathAliases {
  /** The folder of the config file ('' for the root): it applies to the files under it. */
  dir: string;
  /** `compilerOptions.baseUrl`, relative to the scan root: bare specifiers are looked up under it. */
  baseUrl?: string;
  /** `compilerOptions.paths`: patterns (at most one `*`) → targets, relative to the scan root. */
  paths: Record<string, string[]>;
}

/** A Python namespace package (a folder of modules without `__init__.py`) is named by its folder with a trailing slash. */
export function isNamespacePackage(module: string): boolean {
  return module.endsWith('/');
}

const SCRIPT_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];
const SCRIPT_FILE = /\.(?:[cm]?[jt]sx?)$/;
const JS_WRITTEN_FOR_TS: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };

export class ModuleGraph {
  private readonly files: Set<string>;
  /** Python module names by every dotted suffix (`auth.utils`, `apis.auth.utils`) → modules (files or namespace folders). */
  private readonly pythonBySuffix = new Map<string, string[]>();
  /** Folders that are regular Python packages (they hold `__init__.py`). */
  private readonly pythonPackages = new Set<string>();
  private readonly aliases: PathAliases[];

  constructor(files: readonly string[], aliases: readonly PathAliases[] = []) {
    this.files = new Set(files);
    // the most specific config first: the deepest folder wins
    this.aliases = [...aliases].sort((a, b) => b.dir.length - a.dir.length || (a.dir < b.dir ? -1 : 1));
    const namespaces = new Set<string>();
    for (const file of [...files].sort()) {
      if (!file.endsWith('.py')) continue;
      const dir = path.posix.dirname(file);
      if (path.posix.basename(file) === '__init__.py') this.pythonPackages.add(dir === '.' ? '' : dir);
      this.indexPython(file, moduleParts(file));
      // every folder above a module is a package to Python 3, __init__.py or not
      for (let folder = dir; folder !== '.' && folder !== ''; folder = path.posix.dirname(folder)) namespaces.add(folder);
    }
    for (const folder of [...namespaces].sort()) {
      if (!this.pythonPackages.has(folder)) this.indexPython(`${folder}/`, folder.split('/'));
    }
  }

  /** The scanned file (or Python namespace folder) `specifier` names from `from`; undefined for anything outside the scan. */
  resolve(from: string, specifier: string): string | undefined {
    if (from.endsWith('.py')) return this.resolvePython(from, specifier);
    if (SCRIPT_FILE.test(from)) return this.resolveScript(from, specifier);
    return undefined;
  }

  /** A Python package's submodule `name` (`pkg/name.py`, `pkg/name/__init__.py`, `pkg/name/`). */
  submodule(pkg: string, name: string): string | undefined {
    const dir = isNamespacePackage(pkg) ? pkg.slice(0, -1) : path.posix.basename(pkg) === '__init__.py' ? path.posix.dirname(pkg) : undefined;
    if (dir === undefined) return undefined;
    return this.pythonModuleAt(dir === '.' ? name : `${dir}/${name}`);
  }

  // ---- Python ----

  private indexPython(module: string, parts: string[]): void {
    for (let start = 0; start < parts.length; start++) {
      const key = parts.slice(start).join('.');
      const list = this.pythonBySuffix.get(key) ?? [];
      list.push(module);
      this.pythonBySuffix.set(key, list);
    }
  }

  private pythonModuleAt(base: string): string | undefined {
    if (this.files.has(`${base}.py`)) return `${base}.py`;
    if (this.files.has(`${base}/__init__.py`)) return `${base}/__init__.py`;
    return this.pythonBySuffix.get(base.split('/').join('.'))?.includes(`${base}/`) ? `${base}/` : undefined;
  }

  private resolvePython(from: string, specifier: string): string | undefined {
    const dots = /^\.*/.exec(specifier)![0].length;
    const rest = specifier.slice(dots);
    if (dots > 0) {
      let dir = path.posix.dirname(from);
      for (let level = 1; level < dots; level++) dir = path.posix.dirname(dir);
      if (dir === '.') dir = '';
      const base = rest ? (dir ? `${dir}/${rest.replace(/\./g, '/')}` : rest.replace(/\./g, '/')) : dir;
      if (!rest) return this.files.has(`${dir ? `${dir}/` : ''}__init__.py`) ? `${dir ? `${dir}/` : ''}__init__.py` : dir ? `${dir}/` : undefined;
      return this.pythonModuleAt(base);
    }
    const candidates = this.pythonBySuffix.get(rest);
    if (!candidates) return undefined;
    // the candidate's source root (the folder its dotted name starts in) must hold the importing
    // file and be no package itself: `import jwt` is PyJWT, not some package's jwt.py
    const depth = rest.split('.').length;
    let best: { module: string; root: string } | undefined;
    for (const module of candidates) {
      const root = sourceRoot(module, depth);
      if (root === undefined || this.pythonPackages.has(root)) continue;
      if (root !== '' && !from.startsWith(`${root}/`)) continue;
      if (!best || root.length > best.root.length) best = { module, root };
    }
    return best?.module;
  }

  // ---- JS/TS ----

  private resolveScript(from: string, specifier: string): string | undefined {
    if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') {
      return this.scriptFileAt(path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier)));
    }
    if (specifier.startsWith('/')) return undefined;
    const config = this.aliases.find((candidate) => candidate.dir === '' || from.startsWith(`${candidate.dir}/`));
    if (!config) return undefined;
    for (const target of aliasTargets(config.paths, specifier)) {
      const found = this.scriptFileAt(path.posix.normalize(target));
      if (found) return found;
    }
    return config.baseUrl !== undefined ? this.scriptFileAt(path.posix.normalize(path.posix.join(config.baseUrl, specifier))) : undefined;
  }

  private scriptFileAt(target: string): string | undefined {
    const base = target.replace(/^\.\//, '').replace(/\/$/, '');
    if (base.startsWith('../')) return undefined;
    if (SCRIPT_FILE.test(base) && this.files.has(base)) return base;
    const extension = path.posix.extname(base);
    for (const written of JS_WRITTEN_FOR_TS[extension] ?? []) {
      const candidate = base.slice(0, -extension.length) + written;
      if (this.files.has(candidate)) return candidate;
    }
    for (const candidate of [...SCRIPT_EXTENSIONS.map((ext) => `${base}${ext}`), ...SCRIPT_EXTENSIONS.map((ext) => `${base}/index${ext}`)]) {
      if (this.files.has(candidate)) return candidate;
    }
    return undefined;
  }
}

/** `a/b/c.py` → a, b, c; `a/b/__init__.py` → a, b. */
function moduleParts(file: string): string[] {
  const parts = file.replace(/\.py$/, '').split('/');
  if (parts[parts.length - 1] === '__init__') parts.pop();
  return parts;
}

/** The folder a module's dotted name of `depth` parts starts in (`app` for `app/apis/x.py` named `apis.x`). */
function sourceRoot(module: string, depth: number): string | undefined {
  const parts = isNamespacePackage(module) ? module.slice(0, -1).split('/') : moduleParts(module);
  if (parts.length < depth) return undefined;
  return parts.slice(0, parts.length - depth).join('/');
}

/** The targets an alias pattern gives for a specifier, the longest matching pattern first. */
function aliasTargets(paths: Record<string, string[]>, specifier: string): string[] {
  const matches: { prefixLength: number; targets: string[] }[] = [];
  for (const [pattern, targets] of Object.entries(paths)) {
    const star = pattern.indexOf('*');
    if (star < 0) {
      if (pattern === specifier) matches.push({ prefixLength: Number.MAX_SAFE_INTEGER, targets });
      continue;
    }
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    if (!specifier.startsWith(prefix) || !specifier.endsWith(suffix) || specifier.length < prefix.length + suffix.length) continue;
    const captured = specifier.slice(prefix.length, specifier.length - suffix.length);
    matches.push({ prefixLength: prefix.length, targets: targets.map((target) => target.replace('*', captured)) });
  }
  return matches.sort((a, b) => b.prefixLength - a.prefixLength).flatMap((match) => match.targets);
}
