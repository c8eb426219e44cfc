import type { RawFinding } from '../engine/finding.js';
import type { FileRule } from './types.js';

/** Findings per file; the last one counts the regions left. */
const MAX_FINDINGS = 20;

/**
 * A file, or part of one, that the analysis could not cover: nesting past the depth budget
 * (cut out so that the rest of the file is analysed), or an internal failure. A gate must
 * not pass on code it did not read, so this is a finding of its own.
 */
export const notAnalysed: FileRule = {
  id: 'TG903',
  name: 'not-analysed',
  category: 'not-analysed',
  severity: 'high',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'file',
  docs: {
    what: 'Reports a file, or the lines of one, that tokengate did not analyse: code nested deeper than the analysis goes (about 200 levels, such as a 5,000-term concatenation or thousands of nested brackets), or a file whose analysis failed for an internal reason. The rest of the file is still analysed; the report names the lines and the reason.',
    why: 'Findings in code that was not analysed are not reported, so a gate that stayed quiet about it could be talked into passing: a token check hidden inside padding would vanish with the padding. Real code never nests this deep; generated code that does is better left out of the scan explicitly.',
    fix: 'Flatten the construct (build a long string or list in steps, split deeply nested data into named parts), or, for generated files, list them under `exclude:` in .tokengate.yml. An internal failure is a tokengate bug: report it with the file. To accept the risk for a line, suppress TG903 there with the reason.',
    fixShort: 'Flatten the nesting or exclude the generated file; report an internal failure as a bug.',
    leavesAlone: [
      { what: 'Deep but ordinary nesting (over a hundred levels of brackets or calls): it is analysed in full.', tag: 'deep-but-analysed', languages: ['python', 'typescript', 'javascript'] },
    ],
    examples: [
      {
        language: 'python',
        bad: 'QUERY = "a" + "b" + "c" + ...  # 5,000 terms on one line\nclaims = jwt.decode(token, options={"verify_signature": False})  # hidden in the padding',
        good: 'QUERY = "".join(PARTS)\nclaims = jwt.decode(token, KEY, algorithms=["RS256"])',
      },
      {
        language: 'typescript',
        bad: 'const value = f(f(f(f(/* …thousands more… */ jwt.decode(token)))));',
        good: 'const claims = jwt.verify(token, publicKey, { algorithms: [\'RS256\'] });\nconst value = f(claims);',
      },
    ],
  },
  check(model) {
    const regions = model.notAnalysed ?? [];
    // one finding per region, so that a new one on a changed line counts as new; a file with very many says how many more
    return regions.slice(0, MAX_FINDINGS).map((region, index): RawFinding => {
      const { loc, reason } = region;
      const rest = index === MAX_FINDINGS - 1 && regions.length > MAX_FINDINGS ? ` ${regions.length - MAX_FINDINGS} more places in this file were not analysed either.` : '';
      const whole = loc.line === 1 && loc.endLine >= model.lines && regions.length === 1;
      const message = whole
        ? `The analysis of this file did not complete (${reason}): findings in it may be missing.`
        : loc.endLine > loc.line
          ? `Lines ${loc.line}-${loc.endLine} were not analysed (${reason}): findings there are not reported.${rest}`
          : `Line ${loc.line} was not analysed from column ${loc.column} (${reason}): findings there are not reported.${rest}`;
      return { line: loc.line, column: loc.column, message };
    });
  },
};
