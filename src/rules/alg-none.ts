import type { RawFinding } from '../engine/finding.js';
import type { JwtOperation, Value } from '../model/types.js';
import type { FileRule } from './types.js';

/** The strings of an algorithm value: "HS256", ["RS256", "none"], a constant holding one. */
export function algorithmNames(algorithms: JwtOperation['algorithms']): { name: string; via?: string }[] {
  if (algorithms === 'missing' || algorithms === 'not-applicable') return [];
  const items: Value[] = algorithms.kind === 'list' ? algorithms.items : [algorithms];
  return items.flatMap((item) => (item.kind === 'string' ? [{ name: item.value, via: item.via }] : []));
}

/** Issuing or accepting unsigned tokens (alg "none"). */
export const algNone: FileRule = {
  id: 'TG103',
  name: 'alg-none',
  category: 'alg-none',
  severity: 'critical',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'file',
  skipInTestFiles: true,
  docs: {
    what: 'Finds tokens signed with the algorithm "none" (`jwt.encode(payload, key, algorithm="none")`) and verification that lists "none" among the accepted algorithms (`algorithms=["RS256", "none"]`), directly or through a constant.',
    why: 'A token with alg "none" carries no signature: anyone can write one. A verifier that accepts "none" accepts any forged payload, and a service that issues unsigned tokens teaches its clients and gateways that unsigned tokens are normal. Test files are not reported, since tests forge unsigned tokens on purpose to check that they are rejected.',
    fix: 'Sign with a real algorithm (`HS256` with a strong secret, or `RS256`/`ES256` with a private key) and accept only that algorithm when verifying: `algorithms=["RS256"]`. Remove "none" from every allow-list.',
    fixShort: 'Never sign with or accept alg "none": sign with HS256/RS256/ES256 and pin that algorithm.',
    leavesAlone: [
      { what: 'Signing and verifying with a real algorithm (`algorithm="HS256"`, `algorithms=["HS256"]`).', tag: 'real-algorithm', languages: ['python'] },
      { what: 'Code that reads `alg` from the header only to reject `none`.', tag: 'none-rejected', languages: ['python'] },
    ],
    examples: [
      {
        language: 'python',
        bad: 'token = jwt.encode(payload, None, algorithm="none")\nclaims = jwt.decode(token, KEY, algorithms=["HS256", "none"])',
        good: 'token = jwt.encode(payload, PRIVATE_KEY, algorithm="RS256")\nclaims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"])',
      },
      {
        language: 'typescript',
        bad: "const token = jwt.sign(payload, '', { algorithm: 'none' });\njwt.verify(token, key, { algorithms: ['HS256', 'none'] });",
        good: "const token = jwt.sign(payload, privateKey, { algorithm: 'RS256' });\njwt.verify(token, publicKey, { algorithms: ['RS256'] });",
      },
    ],
  },
  check(model) {
    const findings: RawFinding[] = [];
    for (const op of model.jwtOps) {
      if (op.kind !== 'encode' && op.kind !== 'decode') continue;
      const none = algorithmNames(op.algorithms).find((alg) => alg.name.toLowerCase() === 'none');
      if (!none) continue;
      const via = none.via ? ` (through ${none.via})` : '';
      const message =
        op.kind === 'encode'
          ? `${op.api} signs the token with algorithm "none"${via}: it carries no signature and anyone can forge one.`
          : `${op.api} accepts algorithm "none"${via}: an unsigned, forged token passes verification.`;
      findings.push({ line: op.loc.line, column: op.loc.column, message });
    }
    return findings;
  },
};
