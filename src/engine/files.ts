import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { Config } from './config.js';
import type { Language } from './finding.js';

export interface SourceFile {
  /** Relative to the root, with `/`. */
  relPath: string;
  absPath: string;
  language: Language;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

/** Folders never scanned: dependencies, virtualenvs, build output, VCS data. */
const EXCLUDED_DIRS = new Set([
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  'bower_components',
  'site-packages',
  'dist-packages',
  '__pycache__',
  '.venv',
  'venv',
  '.env',
  '.tox',
  '.nox',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  'build',
  'dist',
  'out',
  '.next',
  '.nuxt',
  '.svelte-kit',
  '.turbo',
  'coverage',
  '.eggs',
]);

const MINIFIED = /[.-]min\.(?:js|mjs|cjs)$|\.bundle\.js$/;

const LANGUAGE_BY_EXTENSION: Record<string, Language> = {
  '.py': 'python',
  '.pyi': 'python',
  '.ts': 'typescript',
  '.tsx': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.js': 'javascript',
  '.jsx': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
};

export function languageOf(fileName: string): Language | undefined {
  if (fileName.endsWith('.d.ts') || fileName.endsWith('.d.mts') || fileName.endsWith('.d.cts')) return undefined;
  if (fileName.endsWith('.pyi')) return undefined;
  return LANGUAGE_BY_EXTENSION[path.extname(fileName)];
}

export interface DiscoveryOptions {
  exclude: string[];
  /** Languages the engine can analyse; other files are not listed. */
  languages?: Set<Language>;
  /** Also list YAML and JSON files, under the same rules: the candidates for API documents (OpenAPI, Swagger). */
  documents?: boolean;
  /** Hears of each source file as the walk lists it (the worker pool starts while the walk goes on). */
  onFile?: (file: SourceFile) => void;
}

/** A YAML or JSON file that may hold an API document (recognised by its content later). */
export interface DocumentFile {
  relPath: string;
  absPath: string;
}

export interface Discovery {
  files: SourceFile[];
  skipped: SkippedFile[];
  /** With `documents`: the YAML and JSON files found. */
  documents: DocumentFile[];
}

const DOCUMENT_FILE = /\.(?:ya?ml|json)$/i;

interface IgnoreScope {
  /** Directory of the .gitignore, relative to the root ('' for the root). */
  base: string;
  rules: Ignore;
}

/**
 * Lists the source files under root: honours .gitignore files (nested ones too), the
 * built-in exclude list and the config's exclude globs. Links that leave the root are
 * reported as skipped; the walk is sorted so that output is deterministic.
 */
export function discoverFiles(root: string, options: DiscoveryOptions): Discovery {
  const rootReal = fs.realpathSync(root);
  // like .gitignore, a glob without a slash (`*_pb2.py`) matches the name at any depth
  const excludeMatchers = options.exclude.map((glob) => picomatch(glob.replace(/\/$/, ''), { dot: true, basename: !glob.replace(/\/$/, '').includes('/') }));
  const isExcludedByConfig = (rel: string, isDir: boolean): boolean =>
    excludeMatchers.some((match) => match(rel) || (isDir && match(`${rel}/`)));
  const files: SourceFile[] = [];
  const skipped: SkippedFile[] = [];
  const documents: DocumentFile[] = [];

  const walk = (dirAbs: string, dirRel: string, scopes: IgnoreScope[]): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dirAbs, { withFileTypes: true });
    } catch (error) {
      skipped.push({ file: dirRel || '.', reason: `unreadable directory (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    const gitignore = entries.find((entry) => entry.name === '.gitignore' && entry.isFile());
    if (gitignore) {
      try {
        const rules = ignore().add(fs.readFileSync(path.join(dirAbs, '.gitignore'), 'utf8'));
        scopes = [...scopes, { base: dirRel, rules }];
      } catch {
        // an unreadable .gitignore ignores nothing
      }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const rel = dirRel ? `${dirRel}/${entry.name}` : entry.name;
      const abs = path.join(dirAbs, entry.name);
      const isDir = entry.isDirectory();
      const isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = fs.realpathSync(abs);
        } catch (error) {
          // a loop may have stood for a folder of sources: said whatever its name
          const loop = (error as NodeJS.ErrnoException).code === 'ELOOP';
          if (loop && (languageOf(entry.name) || !path.extname(entry.name))) skipped.push({ file: rel, reason: 'symbolic link loop (the link leads back to itself)' });
          else if (!loop && languageOf(entry.name)) skipped.push({ file: rel, reason: 'broken symbolic link' });
          continue;
        }
        if (target !== rootReal && !target.startsWith(rootReal + path.sep)) {
          if (languageOf(entry.name) || isDirectoryPath(target)) skipped.push({ file: rel, reason: 'symbolic link that leaves the scanned root' });
          continue;
        }
        // A link inside the root points at a file or folder the walk reaches at its own
        // path: following it would scan the same code twice (or loop, for folders).
        continue;
      }
      if (isDir) {
        if (EXCLUDED_DIRS.has(entry.name) || entry.name.endsWith('.egg-info')) continue;
        // a virtualenv under any name (`env/` is as often a source package as a venv)
        if (fs.existsSync(path.join(abs, 'pyvenv.cfg'))) continue;
        if (isIgnored(scopes, rel, true) || isExcludedByConfig(rel, true)) continue;
        walk(abs, rel, scopes);
        continue;
      }
      const language = languageOf(entry.name);
      if (!language || (options.languages && !options.languages.has(language))) {
        if (options.documents && isFile && DOCUMENT_FILE.test(entry.name) && !isIgnored(scopes, rel, false) && !isExcludedByConfig(rel, false)) documents.push({ relPath: rel, absPath: abs });
        continue;
      }
      if (MINIFIED.test(entry.name)) continue;
      if (isIgnored(scopes, rel, false) || isExcludedByConfig(rel, false)) continue;
      // a FIFO, socket or device named like source: reading it could block the scan
      if (!isFile) skipped.push({ file: rel, reason: 'not a regular file' });
      else {
        const file = { relPath: rel, absPath: abs, language };
        files.push(file);
        options.onFile?.(file);
      }
    }
  };
  walk(rootReal, '', []);
  return { files, skipped, documents };
}

/** As git decides: the deepest .gitignore with a matching rule (ignore or `!` negation) wins. */
function isIgnored(scopes: IgnoreScope[], rel: string, isDir: boolean): boolean {
  for (let index = scopes.length - 1; index >= 0; index--) {
    const scope = scopes[index]!;
    const local = scope.base ? rel.slice(scope.base.length + 1) : rel;
    const verdict = scope.rules.test(isDir ? `${local}/` : local);
    if (verdict.ignored) return true;
    if (verdict.unignored) return false;
  }
  return false;
}

function isDirectoryPath(target: string): boolean {
  try {
    return fs.statSync(target).isDirectory();
  } catch {
    return false;
  }
}

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16 = new TextDecoder('utf-16le', { fatal: true });

/** The text of a file: UTF-16 (either byte order) when it starts with its byte order mark, else UTF-8; undefined when it is neither. */
function decodeText(bytes: Buffer): { text: string } | { binary: true } | undefined {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (le || be) {
    if (bytes.length % 2 !== 0) return undefined;
    const body = Buffer.from(bytes.subarray(2));
    if (be) body.swap16();
    let text: string;
    try {
      text = utf16.decode(body);
    } catch {
      return undefined;
    }
    return text.slice(0, 8192).includes('\u0000') ? { binary: true } : { text };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { binary: true };
  try {
    const text = utf8.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return undefined;
  }
}

/** Reads a source file as UTF-8 (or, with a byte order mark, UTF-16) text, or says why it is skipped. */
export function readSourceFile(absPath: string, maxBytes: number): ReadResult {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absPath);
  } catch (error) {
    return { ok: false, reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
  if (stat.size > maxBytes) return { ok: false, reason: `larger than the size cap (${stat.size} bytes > ${maxBytes})` };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(absPath);
  } catch (error) {
    return { ok: false, reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  const decoded = decodeText(bytes);
  if (!decoded) return { ok: false, reason: 'not UTF-8 or UTF-16 text' };
  if ('binary' in decoded) return { ok: false, reason: 'binary file' };
  return { ok: true, text: decoded.text };
}

/**
 * Test and spec code, judged on the path relative to the scanned root: test_*.py, *_test.py,
 * conftest.py, *.spec.* / *.test.* / *.cy.* (any script extension), and anything under a
 * test, tests, __tests__, spec, cypress, e2e or playwright folder.
 */
const TEST_FILE = /(?:^|\/)(?:tests?|__tests__|spec|cypress|e2e|playwright)\/|(?:^|\/)test_[^/]*\.py$|_test\.py$|(?:^|\/)conftest\.py$|\.(?:test|spec|cy)\.[cm]?[jt]sx?$/;

/** Documentation and tutorial trees: their code shows how to use a library, it does not run a service. */
const DOCS_FILE = /(?:^|\/)(?:docs|docs_src)\//;

export function isTestFile(relPath: string): boolean {
  return TEST_FILE.test(relPath);
}

export function isDocsFile(relPath: string): boolean {
  return DOCS_FILE.test(relPath);
}

/** Why a file's findings are left out of the count under the config's test/docs policy (undefined: they count). */
export function leftOutAs(relPath: string, config: Pick<Config, 'test-files' | 'docs-files'>): 'testFiles' | 'docsFiles' | undefined {
  if (isTestFile(relPath)) return config['test-files'] === 'skip' ? 'testFiles' : undefined;
  if (isDocsFile(relPath)) return config['docs-files'] === 'skip' ? 'docsFiles' : undefined;
  return undefined;
}
