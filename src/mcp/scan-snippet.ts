/**
 * scan_snippet: source text an assistant is about to write, scanned by the same path as
 * a real scan (file rules, the link phase, repository rules, suppressions): it is saved
 * under its relative path in a private temporary folder, scanned there with the
 * project's config, and removed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultConfig, type Config } from '../engine/config.js';
import { languageOf } from '../engine/files.js';
import type { Language } from '../engine/finding.js';
import { NothingAnalysedError, scan, type ScanResult } from '../engine/scan.js';
import { LANGUAGES, toToolFinding, type ScanSnippetResult } from './results.js';
import type { AllowedRoots } from './roots.js';
import { loadConfigAsToolInput } from './scan-path.js';
import { ToolInputError } from './tool-error.js';
import { RULES } from '../rules/index.js';

/** Larger text is a file: scan it with scan_path. */
export const MAX_SNIPPET_BYTES = 256 * 1024;

const EXTENSION: Record<Language, string> = { python: '.py', typescript: '.ts', javascript: '.js' };

export interface ScanSnippetArgs {
  code: string;
  language?: Language;
  path?: string;
}

/** The relative path the snippet is saved as, and its language. */
export function snippetPlacement(args: Pick<ScanSnippetArgs, 'language' | 'path'>): { relPath: string; language: Language } {
  if (args.path === undefined || args.path === '') {
    if (!args.language) throw new ToolInputError(`give the snippet's language (${LANGUAGES.join(', ')}) or a path with a known extension such as app/auth.py`);
    return { relPath: `snippet${EXTENSION[args.language]}`, language: args.language };
  }
  const shown = JSON.stringify(args.path);
  const relPath = args.path.replace(/\\/g, '/');
  const segments = relPath.split('/');
  if (relPath.startsWith('/') || /^[A-Za-z]:/.test(relPath) || /[\0\n\r]/.test(relPath) || segments.some((segment) => segment === '..' || segment === '' || segment === '.')) {
    throw new ToolInputError(`path is ${shown}; expected a relative path inside the project such as app/auth.py (no "..", ".", empty or absolute parts)`);
  }
  const inferred = languageOf(relPath);
  if (inferred) {
    if (args.language && args.language !== inferred) throw new ToolInputError(`path ${shown} is a ${inferred} file but language is ${args.language}; give one that agrees, or leave language out`);
    return { relPath, language: inferred };
  }
  if (path.posix.extname(relPath) === '' && args.language) return { relPath: `${relPath}${EXTENSION[args.language]}`, language: args.language };
  throw new ToolInputError(`unknown language for path ${shown}: tokengate reads Python (.py), TypeScript (.ts, .tsx, .mts, .cts) and JavaScript (.js, .jsx, .mjs, .cjs)`);
}

export async function scanSnippet(args: ScanSnippetArgs, roots: AllowedRoots): Promise<ScanSnippetResult> {
  const bytes = Buffer.byteLength(args.code, 'utf8');
  if (bytes > MAX_SNIPPET_BYTES) throw new ToolInputError(`the snippet is ${bytes} bytes; the cap is ${MAX_SNIPPET_BYTES} bytes (256 KiB): save the file and use scan_path`);
  const { relPath, language } = snippetPlacement(args);
  // the project's config: rules turned off or re-rated there are for snippets too
  const [projectRoot] = await roots.list();
  const config: Config = projectRoot ? loadConfigAsToolInput(projectRoot) : defaultConfig();

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tokengate-snippet-'));
  try {
    const file = path.join(folder, ...relPath.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, args.code, { mode: 0o600 });
    let result: ScanResult | undefined;
    try {
      result = await scan({ rules: RULES, root: folder, config });
    } catch (error) {
      // the snippet is the only file: when it is skipped, the scan analysed nothing
      if (!(error instanceof NothingAnalysedError)) throw error;
      const reason = error.skipped.find((entry) => entry.file === relPath)?.reason ?? `${relPath} is excluded from scans (by the built-in exclude list or the config's exclude)`;
      return { path: relPath, language, analysed: false, reason: reason.split(folder).join(''), findings: [], suppressed: 0 };
    }
    const findings = result.findings.map((finding) => toToolFinding(finding));
    const analysed = result.stats.files === 1;
    const reason = analysed
      ? undefined
      : (result.skipped.find((entry) => entry.file === relPath)?.reason ?? `${relPath} is excluded from scans (by the built-in exclude list or the config's exclude)`);
    return {
      path: relPath,
      language,
      analysed,
      ...(reason ? { reason: reason.split(folder).join('') } : {}),
      // a score of what was not analysed would read as a clean bill
      ...(analysed ? { score: result.score.score, grade: result.score.grade } : {}),
      findings,
      suppressed: result.suppressed.length,
    };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
