/** Inline suppressions: where they apply, and the findings about the suppressions themselves. */
import { describe, expect, it } from 'vitest';
import { parseSuppression } from '../src/engine/suppress.js';
import { scanFiles, scanPython } from './helpers/scan.js';

const HEAD = 'import jwt\n\n\ndef user(token, key):\n';
/** The finding-producing line, TG102 at line 5 unless lines are added before it. */
const DECODE = '    return jwt.decode(token, key)';

function summary(findings: { ruleId: string; line: number; severity: string }[]): string[] {
  return findings.map((finding) => `${finding.line} ${finding.ruleId} ${finding.severity}`);
}

describe('suppressions', () => {
  it('reports the finding when nothing suppresses it (control)', async () => {
    const result = await scanPython(`${HEAD}${DECODE}\n`);
    expect(summary(result.findings)).toEqual(['5 TG102 high']);
    expect(result.suppressed).toEqual([]);
  });

  it('suppresses on the same line, with a reason, silently', async () => {
    const result = await scanPython(`${HEAD}${DECODE}  # tokengate: ignore[TG102] key is pinned by the gateway\n`);
    expect(result.findings).toEqual([]);
    expect(summary(result.suppressed)).toEqual(['5 TG102 high']);
    expect(result.score.score).toBe(100);
  });

  it('suppresses from a comment alone on the line above', async () => {
    const result = await scanPython(`${HEAD}    # tokengate: ignore[TG102] legacy tokens, removed in v3\n${DECODE}\n`);
    expect(result.findings).toEqual([]);
    expect(summary(result.suppressed)).toEqual(['6 TG102 high']);
  });

  it('does not reach two lines down, nor from a trailing comment on the line above', async () => {
    const twoAbove = await scanPython(`${HEAD}    # tokengate: ignore[TG102] too far away\n\n${DECODE}\n`);
    expect(summary(twoAbove.findings)).toEqual(['5 TG902 low', '7 TG102 high']);
    const trailing = await scanPython(`${HEAD}    x = 1  # tokengate: ignore[TG102] belongs to this line\n${DECODE}\n`);
    expect(summary(trailing.findings)).toEqual(['5 TG902 low', '6 TG102 high']);
  });

  it('only suppresses the rules it names', async () => {
    const result = await scanPython(`${HEAD}${DECODE}  # tokengate: ignore[TG101] wrong rule\n`);
    expect(summary(result.findings)).toEqual(['5 TG102 high', '5 TG902 low']);
  });

  it('reports a suppression without a reason (TG901, low) and still applies it', async () => {
    const result = await scanPython(`${HEAD}${DECODE}  # tokengate: ignore[TG102]\n`);
    expect(summary(result.suppressed)).toEqual(['5 TG102 high']);
    expect(summary(result.findings)).toEqual(['5 TG901 low']);
    expect(result.findings[0]!.message).toMatch(/gives no reason/);
    // reported at the comment's '#', 1-based
    expect(result.findings[0]!.column).toBe(DECODE.length + 3);
  });

  it('reports a suppression that suppresses nothing (TG902, low)', async () => {
    const result = await scanPython(`${HEAD}    return jwt.decode(token, key, algorithms=["RS256"])  # tokengate: ignore[TG102] stale\n`);
    expect(summary(result.findings)).toEqual(['5 TG902 low']);
    expect(result.findings[0]!.message).toMatch(/TG102 suppresses nothing/);
  });

  it('does not call a suppression stale when its rule is off or skips the file', async () => {
    const off = await scanPython(`${HEAD}${DECODE}  # tokengate: ignore[TG102] verified at the gateway\n`, 'app.py', { rules: { TG102: 'off' } });
    expect(off.findings).toEqual([]);
    const secret = '    return jwt.encode({"sub": "u"}, "a-test-signing-key-for-fixtures-0123456789", algorithm="HS256")  # tokengate: ignore[TG201] test key\n';
    const inTest = await scanPython(`${HEAD}${secret}`, 'tests/test_auth.py');
    expect(summary(inTest.findings).filter((entry) => entry.includes('TG902'))).toEqual([]);
    // the same suppression outside tests is used, so it is not stale either; a typo still is
    const typo = await scanPython(`${HEAD}${DECODE}  # tokengate: ignore[TG102, TG1O2] verified at the gateway\n`, 'app.py', { rules: { TG102: 'off' } });
    expect(summary(typo.findings)).toEqual(['5 TG902 low']);
  });

  it('reports an unknown rule id by name', async () => {
    const result = await scanPython(`${HEAD}${DECODE}  # tokengate: ignore[TG999] typo\n`);
    expect(summary(result.findings)).toEqual(['5 TG102 high', '5 TG902 low']);
    expect(result.findings[1]!.message).toMatch(/unknown rule TG999/);
  });

  it('takes several ids in one comment, and reports each one that suppresses nothing', async () => {
    const both = await scanPython(`${HEAD}${DECODE}  # tokengate: ignore[TG101, TG102] internal service\n`);
    expect(summary(both.suppressed)).toEqual(['5 TG102 high']);
    expect(summary(both.findings)).toEqual(['5 TG902 low']);
    expect(both.findings[0]!.message).toMatch(/TG101 suppresses nothing/);
    const unknownAmongKnown = await scanPython(`${HEAD}${DECODE}  # tokengate: ignore[TG102,TG998] internal\n`);
    expect(summary(unknownAmongKnown.findings)).toEqual(['5 TG902 low']);
    expect(unknownAmongKnown.findings[0]!.message).toMatch(/unknown rule TG998/);
  });

  it('accepts a rule name in place of its id, and ids in any case', async () => {
    const byName = await scanPython(`${HEAD}${DECODE}  # tokengate: ignore[alg-not-pinned] vendored client\n`);
    expect(byName.findings).toEqual([]);
    const lower = await scanPython(`${HEAD}${DECODE}  # tokengate: ignore[tg102] vendored client\n`);
    expect(lower.findings).toEqual([]);
  });

  it('is not fooled by the marker inside a string', async () => {
    const inString = await scanPython(`${HEAD}    note = "# tokengate: ignore[TG102] not a comment"; return jwt.decode(token, key)\n`);
    expect(summary(inString.findings)).toEqual(['5 TG102 high']);
    const docstring = await scanPython(`${HEAD}    """\n    # tokengate: ignore[TG102] inside a docstring\n    """\n${DECODE}\n`);
    expect(summary(docstring.findings)).toEqual(['8 TG102 high']);
  });

  it('finds the real comment after a # inside a string on the same line', async () => {
    const result = await scanPython(`${HEAD}    return jwt.decode(token, key, options={"x": "#é"})  # tokengate: ignore[TG102] checked upstream\n`);
    expect(result.findings).toEqual([]);
    expect(summary(result.suppressed)).toEqual(['5 TG102 high']);
  });
});

describe('suppressions that are not written as one', () => {
  it('reports another case or missing brackets as malformed (TG902) and suppresses nothing', async () => {
    for (const written of ['Tokengate: ignore[TG102] upper case', 'TOKENGATE: IGNORE[TG102] shouting', 'tokengate: ignore TG102 no brackets', 'tokengate ignore(TG102) no colon', 'tokengate: disable[TG102] wrong word']) {
      const result = await scanPython(`${HEAD}${DECODE}  # ${written}\n`);
      expect(summary(result.findings), written).toEqual(['5 TG102 high', '5 TG902 low']);
      expect(result.suppressed).toEqual([]);
      expect(result.findings[1]!.message, written).toBe(`Malformed suppression "${written}" suppresses nothing; write it as "tokengate: ignore[TG101] <reason>": lower case, a colon, the rule ids in square brackets.`);
    }
    const ts = await scanFiles({ 'auth.ts': "import jwt from 'jsonwebtoken';\nexport const a = (t: string, k: string) => jwt.verify(t, k); /* Tokengate: Ignore[TG102] */\n" });
    expect(summary(ts.findings)).toEqual(['2 TG102 high', '2 TG902 low']);
    expect(ts.findings[1]!.message).toMatch(/^Malformed suppression "Tokengate: Ignore\[TG102\]" suppresses nothing/);
  });

  it('leaves a comment that only mentions tokengate alone', async () => {
    const result = await scanPython(`${HEAD}    # the tokengate check runs in CI; see its docs\n${DECODE}  # Tokengate flagged this once\n`);
    expect(summary(result.findings)).toEqual(['6 TG102 high']);
  });

  it('refuses ignore[all] by name, suppressing nothing, while the ids beside it still apply', async () => {
    const all = await scanPython(`${HEAD}${DECODE}  # tokengate: ignore[all] legacy module\n`);
    expect(summary(all.findings)).toEqual(['5 TG102 high', '5 TG902 low']);
    expect(all.findings[1]!.message).toBe('Suppression of "all" is refused and suppresses nothing: name the rules it is meant for, such as "tokengate: ignore[TG101] <reason>", so that other findings on the line are still reported.');
    const beside = await scanPython(`${HEAD}${DECODE}  # tokengate: ignore[ALL, TG102] legacy module\n`);
    expect(summary(beside.suppressed)).toEqual(['5 TG102 high']);
    expect(summary(beside.findings)).toEqual(['5 TG902 low']);
  });

  it('says which line a stale suppression covers: its own after code, the next one alone on its line', async () => {
    const trailing = await scanPython(`${HEAD}    x = 1  # tokengate: ignore[TG102] belongs to this line\n${DECODE}\n`);
    expect(trailing.findings[0]!.message).toBe('Suppression of TG102 suppresses nothing: no TG102 finding starts on line 5, the line of this comment (the only line it covers); remove it or move it to that finding.');
    const twoAbove = await scanPython(`${HEAD}    # tokengate: ignore[TG102] too far away\n\n${DECODE}\n`);
    expect(twoAbove.findings[0]!.message).toBe('Suppression of TG102 suppresses nothing: no TG102 finding starts on line 6, the line after this comment (the only line it covers); remove it or move it to that finding.');
  });
});

describe('suppressions in TypeScript', () => {
  it('apply from // and /* */ comments, on the line or alone above, never from a string', async () => {
    const source = [
      "import jwt from 'jsonwebtoken';",
      'export const a = (t: string, k: string) => jwt.verify(t, k); // tokengate: ignore[TG102] the gateway pins RS256',
      '// tokengate: ignore[alg-not-pinned] legacy partner tokens',
      'export const b = (t: string, k: string) => jwt.verify(t, k);',
      'const note = "// tokengate: ignore[TG102] not a comment"; export const c = (t: string, k: string) => jwt.verify(t, k);',
      '/* tokengate: ignore[TG102] block comment */ export const d = (t: string, k: string) => jwt.verify(t, k);',
      '',
    ].join('\n');
    const result = await scanFiles({ 'auth.ts': source });
    expect(summary(result.suppressed)).toEqual(['2 TG102 high', '4 TG102 high', '6 TG102 high']);
    expect(summary(result.findings)).toEqual(['5 TG102 high']);
  });
});

describe('parseSuppression', () => {
  it('splits ids, trims the reason and keeps the position', () => {
    expect(parseSuppression(' tokengate: ignore[ TG101 ,TG102 ]   because  ', 3, 9, true)).toEqual({ line: 3, column: 9, ruleIds: ['TG101', 'TG102'], reason: 'because', standalone: true });
    expect(parseSuppression(' tokengate: ignore[] ', 1, 1, false)).toMatchObject({ ruleIds: [], reason: '' });
    expect(parseSuppression(' noqa: E501', 1, 1, false)).toBeUndefined();
    expect(parseSuppression(' Tokengate: ignore[TG101] x', 2, 4, false)).toEqual({ line: 2, column: 4, ruleIds: [], reason: '', standalone: false, malformed: 'Tokengate: ignore[TG101] x' });
    expect(parseSuppression(' tokengate: ignore[All, tg101] x', 1, 1, false)).toMatchObject({ ruleIds: ['all', 'TG101'] });
  });
});
