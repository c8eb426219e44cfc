/**
 * The generic fixture runner. Every file under test/fixtures/<language>/ is scanned; each
 * line's `expect: TG101[, TG102]` comment names the findings that must be reported on
 * that line, and every other finding is an error. `ok: TG101` marks a careful near miss
 * that must stay silent (the runner fails on any unexpected finding anyway; the marker
 * documents the case and proves each rule has one). A directory under a language folder
 * is scanned as one repository (for repository rules and framework hooks across files).
 *
 * API documents: YAML takes the same `# expect:` comments. JSON has no comments, so a JSON
 * document's expectations live in a sidecar `<file>.expect`, one `LINE: TG801[, TG802]`
 * per line (and `ok: TG804 <why>` lines for the silent cases). A file that must be skipped
 * says so with `expect-skipped: <words of the reason>` (a comment, or a sidecar line).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, loadConfig } from '../src/engine/config.js';
import { scan } from '../src/engine/scan.js';
import { RULES } from '../src/rules/index.js';
import { makeTree, REPO_ROOT } from './helpers/scan.js';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');
const EXPECT = /(?:#|\/\/)\s*expect:\s*(TG\d{3}(?:\s*,\s*TG\d{3})*)/;
const SIDECAR_EXPECT = /^(\d+):\s*(TG\d{3}(?:\s*,\s*TG\d{3})*)\s*$/;
const EXPECT_SKIPPED = /expect-skipped:\s*(.+?)\s*$/;
const SIDECAR = '.expect';
const LANGUAGE_DIRS = fs.existsSync(FIXTURES) ? fs.readdirSync(FIXTURES).filter((dir) => fs.statSync(path.join(FIXTURES, dir)).isDirectory()) : [];

interface Annotations {
  expected: string[];
  /** File → words its skip reason must contain. */
  skipped: Map<string, string>;
}

function listFiles(dir: string, base = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = base ? `${base}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(path.join(dir, entry.name), rel) : [rel];
  });
}

function readAnnotations(files: Record<string, string>): Annotations {
  const expected: string[] = [];
  const skipped = new Map<string, string>();
  for (const [file, text] of Object.entries(files)) {
    const sidecarOf = file.endsWith(SIDECAR) ? file.slice(0, -SIDECAR.length) : undefined;
    text.split('\n').forEach((line, index) => {
      const skip = EXPECT_SKIPPED.exec(line);
      if (skip) skipped.set(sidecarOf ?? file, skip[1]!);
      const match = sidecarOf ? SIDECAR_EXPECT.exec(line.trim()) : EXPECT.exec(line);
      if (!match) return;
      const [at, ids] = sidecarOf ? [`${sidecarOf}:${match[1]}`, match[2]!] : [`${file}:${index + 1}`, match[1]!];
      for (const id of ids.split(',')) expected.push(`${at} ${id.trim()}`);
    });
  }
  return { expected: expected.sort(), skipped };
}

function fixtureCases(languageDir: string): { name: string; files: Record<string, string> }[] {
  const dir = path.join(FIXTURES, languageDir);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .map((entry) => {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        const files = Object.fromEntries(listFiles(abs).map((rel) => [rel, fs.readFileSync(path.join(abs, rel), 'utf8')]));
        return { name: entry.name, files };
      }
      return { name: entry.name, files: { [entry.name]: fs.readFileSync(abs, 'utf8') } };
    });
}

for (const languageDir of LANGUAGE_DIRS) {
  describe(`fixtures/${languageDir}`, () => {
    for (const fixture of fixtureCases(languageDir)) {
      it(fixture.name, async () => {
        const annotations = readAnnotations(fixture.files);
        const root = makeTree(fixture.files);
        try {
          const config = fixture.files['.tokengate.yml'] !== undefined ? loadConfig(root, undefined, RULES) : { ...defaultConfig(), 'test-files': 'scan' as const, 'docs-files': 'scan' as const };
          const result = await scan({ rules: RULES, root, config });
          const skippedFiles = result.skipped.map((entry) => entry.file).sort();
          expect(skippedFiles, 'only files marked expect-skipped may be skipped').toEqual([...annotations.skipped.keys()].sort());
          for (const entry of result.skipped) expect(entry.reason, entry.file).toContain(annotations.skipped.get(entry.file));
          const actual = result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId}`).sort();
          const messages = result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId} ${finding.message}`);
          const missing = annotations.expected.filter((entry) => !actual.includes(entry));
          const extra = actual.filter((entry) => !annotations.expected.includes(entry));
          expect({ missing, extra, messages: extra.length || missing.length ? messages : [] }).toEqual({ missing: [], extra: [], messages: [] });
          expect(actual).toEqual(annotations.expected);
        } finally {
          fs.rmSync(root, { recursive: true, force: true });
        }
      });
    }
  });
}

describe('fixture coverage', () => {
  for (const rule of RULES) {
    for (const left of rule.docs.leavesAlone) {
      for (const languageDir of left.languages) {
        it(`${rule.id} ${rule.name} leaves alone "${left.tag}": a ${languageDir} fixture line marked "ok: ${rule.id} (${left.tag}…)"`, () => {
          const texts = fixtureCases(languageDir).flatMap((fixture) => Object.values(fixture.files));
          const marker = new RegExp(`ok:[^\\n]*\\b${rule.id}\\b[^\\n]*\\(${left.tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[:)]`);
          expect(texts.some((text) => marker.test(text))).toBe(true);
        });
      }
    }
    for (const languageDir of rule.languages) {
      if (!LANGUAGE_DIRS.includes(languageDir)) continue;
      it(`${rule.id} ${rule.name} has ${languageDir} fixtures that must be found and that must stay silent`, () => {
        const texts = fixtureCases(languageDir).flatMap((fixture) => Object.values(fixture.files));
        expect(texts.some((text) => new RegExp(`expect:[^\\n]*${rule.id}`).test(text)), `a line marked "expect: ${rule.id}"`).toBe(true);
        expect(texts.some((text) => new RegExp(`ok:[^\\n]*${rule.id}`).test(text)), `a line marked "ok: ${rule.id}"`).toBe(true);
      });
    }
  }
});
