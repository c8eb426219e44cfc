/**
 * Finds and reads the OpenAPI 3.x / Swagger 2.0 documents of a scanned tree. Candidates
 * are the YAML and JSON files discovery lists (so .gitignore, the exclude list and the
 * config's excludes apply), recognised by their content (a top-level `openapi:` or
 * `swagger:` key, whatever the file is called), plus the files the config names.
 *
 * Each document is read with every file its `$ref`s reach (within the scanned folder and
 * the size cap; remote URLs are never fetched), validated with @readme/openapi-parser
 * against the Swagger 2.0 / OpenAPI 3.0 / 3.1 schemas, and turned into the spec model. A
 * document that does not parse, does not validate or reaches outside the folder is
 * skipped with the reason; the scan goes on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidationResult } from '@readme/openapi-parser';
import type { Node } from 'yaml';
import { readSourceFile, type DocumentFile } from '../engine/files.js';
import { extractDocument } from './extract.js';
import { entry, parseSource, refsIn, refTarget, suppressionsIn, text, type SourceFile } from './source.js';
import type { SkippedDocument, SpecDocument, SpecVersion } from './types.js';

export interface NamedDocument {
  file: string;
  service?: string;
}

export interface LoadOptions {
  root: string;
  maxFileSize: number;
  /** Documents the config names, with the service folder each describes. */
  named: NamedDocument[];
  /** Documents under test folders are read too (the config's `test-files: scan`). */
  includeTests: boolean;
}

export interface LoadResult {
  documents: SpecDocument[];
  skipped: SkippedDocument[];
}

/** How much of a candidate is read to recognise it: the version key sits at the top in practice. */
const SNIFF_BYTES = 32 * 1024;
const YAML_SPEC_KEY = /^(?:openapi|swagger)[ \t]*:[ \t]*['"]?\d/m;
const JSON_SPEC_KEY = /"(?:openapi|swagger)"\s*:\s*"\d/;
/** Files never worth opening: lock files and manifests are JSON/YAML but never API documents. */
const NOT_A_DOCUMENT = /(?:^|\/)(?:package(?:-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|composer\.(?:json|lock)|tsconfig(?:\.[\w-]+)?\.json|jsconfig\.json|\.eslintrc(?:\.json)?|\.prettierrc(?:\.json)?|renovate\.json|lerna\.json|nx\.json|turbo\.json|vercel\.json|app\.json|angular\.json|docker-compose[\w.-]*\.ya?ml|\.pre-commit-config\.yaml|mkdocs\.ya?ml|\.gitlab-ci\.yml|codecov\.ya?ml|\.tokengate\.ya?ml)$/i;
/** Test and fixture folders: documents there describe test doubles, not the service (`spec/` is where API documents live, so it is not one). */
const TEST_FOLDER = /(?:^|\/)(?:tests?|__tests__|testdata|test-data|test_data|fixtures?|__fixtures__|e2e|cypress|__mocks__)\//i;
/** Vendored third-party code: its documents describe other people's APIs. */
const VENDOR_FOLDER = /(?:^|\/)(?:vendor|third[-_]party|external)\//i;
/** Folders that hold a service's documents rather than its code: the service is the folder above. */
const DOCUMENT_FOLDER = /^(?:apis?|docs?|api[-_]?docs?|api[-_]?specs?|openapi[\w-]*|swagger[\w-]*|specs?|specifications?|schemas?|contracts?|definitions|static|public|resources?|assets)$/i;
const MAX_FILES_PER_DOCUMENT = 200;
const VALIDATION_TIMEOUT_MS = 20_000;

/** Extension rules the parser library reports as errors by default: hygiene, not whether the document can be read. */
const LENIENT_RULES = {
  'array-without-items': 'warning',
  'duplicate-non-request-body-parameters': 'warning',
  'duplicate-operation-id': 'warning',
  'invalid-security-scheme-properties': 'warning',
  'non-optional-path-parameters': 'warning',
  'path-parameters-not-in-parameters': 'warning',
  'path-parameters-not-in-path': 'warning',
  'unknown-required-schema-property': 'warning',
} as const;

export async function loadSpecs(candidates: DocumentFile[], options: LoadOptions): Promise<LoadResult> {
  const named = new Map(options.named.map((entry) => [normalizeRel(entry.file), entry]));
  const documents: SpecDocument[] = [];
  const skipped: SkippedDocument[] = [];
  const seen = new Set<string>();
  const ordered = [...candidates.filter((candidate) => !named.has(candidate.relPath))];
  for (const file of named.keys()) ordered.unshift({ relPath: file, absPath: path.join(options.root, file) });
  for (const candidate of ordered) {
    if (seen.has(candidate.relPath)) continue;
    seen.add(candidate.relPath);
    const namedEntry = named.get(candidate.relPath);
    if (!namedEntry) {
      if (NOT_A_DOCUMENT.test(candidate.relPath) || VENDOR_FOLDER.test(candidate.relPath)) continue;
      if (!options.includeTests && TEST_FOLDER.test(candidate.relPath)) continue;
      if (!looksLikeSpec(candidate.absPath)) continue;
    }
    const outcome = await loadDocument(candidate, options, namedEntry);
    if (outcome.kind === 'document') documents.push(outcome.document);
    else if (outcome.kind === 'skipped') skipped.push({ file: candidate.relPath, reason: outcome.reason });
  }
  return { documents: withoutDuplicates(documents), skipped };
}

/** Reads the start of a file: does it declare an OpenAPI or Swagger version at the top? */
export function looksLikeSpec(absPath: string): boolean {
  let head: string;
  try {
    const handle = fs.openSync(absPath, 'r');
    try {
      const buffer = Buffer.alloc(SNIFF_BYTES);
      const read = fs.readSync(handle, buffer, 0, SNIFF_BYTES, 0);
      head = buffer.subarray(0, read).toString('utf8');
    } finally {
      fs.closeSync(handle);
    }
  } catch {
    return false;
  }
  return /\.json$/i.test(absPath) ? JSON_SPEC_KEY.test(head) : YAML_SPEC_KEY.test(head) || JSON_SPEC_KEY.test(head);
}

type Outcome = { kind: 'document'; document: SpecDocument } | { kind: 'skipped'; reason: string } | { kind: 'not-a-document' };

async function loadDocument(candidate: DocumentFile, options: LoadOptions, namedEntry: NamedDocument | undefined): Promise<Outcome> {
  const read = readSourceFile(candidate.absPath, options.maxFileSize);
  if (!read.ok) return { kind: 'skipped', reason: read.reason };
  const parsed = parseSource(candidate.relPath, read.text);
  if (!parsed.ok) return { kind: 'skipped', reason: parsed.reason };
  const root = parsed.source;
  const version = versionOf(root);
  if (!version) return namedEntry ? { kind: 'skipped', reason: 'not an OpenAPI 3.x or Swagger 2.0 document (no top-level `openapi` or `swagger` version)' } : { kind: 'not-a-document' };
  if (version.value === undefined) return { kind: 'skipped', reason: `unsupported ${version.label} version "${version.raw}" (tokengate reads Swagger 2.0 and OpenAPI 3.0 and 3.1)` };

  const graph = readReferencedFiles(root, options);
  if (!graph.ok) return { kind: 'skipped', reason: graph.reason };

  const validation = await validateDocument(candidate.relPath, graph.files, graph.remote, options.root);
  if (validation) return { kind: 'skipped', reason: `not a valid ${version.label} ${version.raw} document: ${validation}` };

  const suppressions = [...graph.files.values()].flatMap((source) => {
    if (/\.json$/i.test(source.file)) return [];
    const comments = suppressionsIn(source);
    return comments.length ? [{ file: source.file, comments }] : [];
  });
  const document = extractDocument({
    root,
    files: graph.files,
    version: version.value,
    versionKey: version.key,
    service: namedEntry?.service !== undefined ? normalizeRel(namedEntry.service) : defaultService(candidate.relPath),
    remoteRefs: [...graph.remote.keys()].sort(),
    suppressions,
  });
  return { kind: 'document', document };
}

function versionOf(source: SourceFile): { key: Node; raw: string; label: string; value: SpecVersion | undefined } | undefined {
  const top = source.doc.contents as Node | undefined;
  for (const name of ['openapi', 'swagger'] as const) {
    const found = entry(source, top, name);
    if (!found) continue;
    const raw = text(source, found.value) ?? '';
    const label = name === 'openapi' ? 'OpenAPI' : 'Swagger';
    let value: SpecVersion | undefined;
    if (name === 'swagger' && /^2\.0$/.test(raw)) value = '2.0';
    else if (name === 'openapi' && /^3\.0(?:\.\d+)?$/.test(raw)) value = '3.0';
    else if (name === 'openapi' && /^3\.1(?:\.\d+)?$/.test(raw)) value = '3.1';
    return { key: found.key, raw, label, value };
  }
  return undefined;
}

type Graph = { ok: true; files: Map<string, SourceFile>; remote: Map<string, Set<string>> } | { ok: false; reason: string };

/** The root and every file its `$ref`s reach, read with the same limits as code files. */
function readReferencedFiles(root: SourceFile, options: LoadOptions): Graph {
  const files = new Map<string, SourceFile>([[root.file, root]]);
  const remote = new Map<string, Set<string>>();
  const queue = [root];
  while (queue.length) {
    const source = queue.shift()!;
    for (const ref of refsIn(source)) {
      const target = refTarget(source.file, ref);
      if (target.kind === 'remote') {
        const hash = ref.indexOf('#');
        const pointers = remote.get(target.url) ?? new Set<string>();
        pointers.add(hash < 0 ? '' : ref.slice(hash + 1));
        remote.set(target.url, pointers);
        continue;
      }
      if (target.kind === 'outside') return { ok: false, reason: `a $ref in ${source.file} leads outside the scanned folder (${ref.split('#')[0]})` };
      if (files.has(target.file)) continue;
      if (files.size >= MAX_FILES_PER_DOCUMENT) return { ok: false, reason: `its $refs reach more than ${MAX_FILES_PER_DOCUMENT} files` };
      const read = readSourceFile(path.join(options.root, target.file), options.maxFileSize);
      if (!read.ok) return { ok: false, reason: `the file a $ref in ${source.file} leads to, ${target.file}, cannot be read: ${read.reason === 'unreadable (ENOENT)' ? 'it does not exist' : read.reason}` };
      const parsed = parseSource(target.file, read.text);
      if (!parsed.ok) return { ok: false, reason: `${target.file} (reached by a $ref) is ${parsed.reason}` };
      files.set(target.file, parsed.source);
      queue.push(parsed.source);
    }
  }
  return { ok: true, files, remote };
}

/**
 * Validation by the parser library, reading only what was read above: its file resolver is
 * replaced by one that serves those texts, and answers remote URLs with placeholders (so
 * the HTTP resolver, later in the order, is never reached). Returns the reason when the
 * document is not valid.
 */
async function validateDocument(rootFile: string, files: Map<string, SourceFile>, remote: Map<string, Set<string>>, scanRoot: string): Promise<string | undefined> {
  const resolver = {
    order: 1,
    canRead: true,
    read(file: { url: string }): string {
      const url = file.url;
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^file:/i.test(url)) return JSON.stringify(placeholder(remote.get(url.replace(/#.*$/, '')) ?? new Set()));
      const abs = /^file:/i.test(url) ? fileURLToPath(url) : url;
      const rel = path.relative(scanRoot, abs).split(path.sep).join('/');
      const source = files.get(rel);
      if (!source) throw new Error(`${rel} was not read`);
      return source.text;
    },
  };
  let result: ValidationResult;
  try {
    // loaded with the first document (a chunk of its own: ajv and the schemas are most of the bundle's start-up)
    const { validate } = await import('@readme/openapi-parser');
    result = await validate(path.join(scanRoot, rootFile), {
      // the option is typed as a boolean; an object is taken as the file resolver
      resolve: { file: resolver as unknown as boolean },
      timeoutMs: VALIDATION_TIMEOUT_MS,
      validate: { errors: { colorize: false }, rules: { openapi: LENIENT_RULES, swagger: LENIENT_RULES } },
    });
  } catch (error) {
    return firstLine((error as Error).message);
  }
  if (result.valid) return undefined;
  const first = result.errors[0]?.message ?? 'invalid';
  const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : '';
  return `${firstLine(first)}${more}`;
}

/** The first line of a library message (its code frames quote the document, which may hold example credentials). */
function firstLine(message: string): string {
  const line = message.split('\n').find((candidate) => candidate.trim() !== '') ?? message;
  return line.trim().replace(/^Error:\s*/, '');
}

/**
 * What a remote file is served as, unread: at each pointer the document uses, a reference
 * to itself. The library leaves circular references unresolved, and an unresolved
 * reference is a valid Reference Object wherever the document may hold one.
 */
function placeholder(pointers: Set<string>): Record<string, unknown> {
  if (pointers.has('')) return { $ref: '#' };
  const top: Record<string, unknown> = {};
  for (const pointer of pointers) {
    const keys = pointer.split('/').slice(1).map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'));
    let current = top;
    keys.forEach((key, index) => {
      if (index === keys.length - 1) current[key] = { $ref: `#${pointer}` };
      else current = (current[key] ??= {}) as Record<string, unknown>;
    });
  }
  return top;
}

/**
 * The folder a document describes when the config does not say: its own folder, or the
 * folder above when it sits in a folder that holds documents (`docs/`, `openapi/`, `api-docs/`).
 */
export function defaultService(file: string): string {
  const parts = file.split('/').slice(0, -1);
  while (parts.length && DOCUMENT_FOLDER.test(parts[parts.length - 1]!)) parts.pop();
  return parts.join('/');
}

function normalizeRel(file: string): string {
  const normalized = path.posix.normalize(file.replace(/\\/g, '/')).replace(/^\.\/+/, '').replace(/\/+$/, '');
  return normalized === '.' ? '' : normalized;
}

/**
 * The same API kept twice (`openapi.yaml` and the `openapi.json` generated from it) is read
 * once: the YAML one, where suppression comments can be written.
 */
function withoutDuplicates(documents: SpecDocument[]): SpecDocument[] {
  const signature = (document: SpecDocument): string =>
    `${document.service}\0${document.operations
      .map((operation) => `${operation.method} ${operation.basePaths.join('|')}${operation.path} ${JSON.stringify(operation.security.requirements.map((requirement) => requirement.schemes.map((scheme) => scheme.name)))}`)
      .sort()
      .join('\n')}`;
  const kept = new Map<string, SpecDocument>();
  const yamlFirst = [...documents].sort((a, b) => Number(/\.json$/i.test(a.file)) - Number(/\.json$/i.test(b.file)));
  for (const document of yamlFirst) {
    const key = document.operations.length ? signature(document) : `\0${document.file}`;
    if (!kept.has(key)) kept.set(key, document);
  }
  const survivors = new Set(kept.values());
  return documents.filter((document) => survivors.has(document));
}
