/**
 * The generic fixture runner. Every file under test/fixtures/<language>/ is scanned; each
 * line's `expect: TG101[, TG102]` comment names the findings that must be reported on
 * that line, and every other finding is an error. `ok: TG101` marks a careful near miss
 * that must stay silent (the runner fails on any unexpected finding anyway; the marker
 * documents the case and proves each rule has one). A directory under a language folder
 * is scanned as one repository (for repository rules and framework hooks across files).
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
const LANGUAGE_DIRS = fs.existsSync(FIXTURES) ? fs.readdirSync(FIXTURES).filter((dir) => fs.statSync(path.join(FIXTURES, dir)).isDirectory()) : [];

interface Annotations {
  expected: string[];
}

function listFiles(dir: string, base = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = base ? `${base}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(path.join(dir, entry.name), rel) : [rel];
  });
}

function readAnnotations(files: Record<string, string>): Annotations {
  const expected: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    text.split('\n').forEach((line, index) => {
      const match = EXPECT.exec(line);
      if (match) for (const id of match[1]!.split(',')) expected.push(`${file}:${index + 1} ${id.trim()}`);
    });
  }
  return { expected: expected.sort() };
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
          const config = fixture.files['.tokengate.yml'] !== undefined ? loadConfig(root, undefined) : { ...defaultConfig(), 'test-files': 'scan' as const, 'docs-files': 'scan' as const };
          const result = await scan({ root, config });
          expect(result.skipped, 'no fixture file may be skipped').toEqual([]);
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
