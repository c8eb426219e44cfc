import type { RawFinding } from '../engine/finding.js';
import type { JwtOperation } from '../model/types.js';
import { algorithmNames } from './alg-none.js';
import type { FileRule } from './types.js';

const HMAC = /^HS\d+$/i;
const ASYMMETRIC = /^(?:RS|PS|ES)\d+K?$|^EdDSA$/i;
/** Key names that say "public key": an HMAC verifier given one lets anyone who has it sign. */
const PUBLIC_KEY_NAME = /pub(?:lic)?_?key|public|\.pub\b|\.crt\b|cert|jwks/i;

/** The name a key is passed by: a constant, a setting, an environment variable. */
export function keyName(op: JwtOperation): string | undefined {
  const key = op.key;
  if (!key) return undefined;
  if (key.kind === 'unknown') return key.name;
  if (key.kind === 'string') return key.via;
  if (key.kind === 'env') return key.name;
  return undefined;
}

/** HMAC and public-key algorithms accepted for the same key. */
export const algConfusion: FileRule = {
  id: 'TG104',
  name: 'alg-confusion',
  category: 'alg-confusion',
  severity: 'high',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'file',
  docs: {
    what: 'Finds verification that accepts an HMAC algorithm (HS256/384/512) together with a public-key algorithm (RS*, PS*, ES*, EdDSA) in one list, HMAC verification with a key whose name says it is a public key, and one key verified with HMAC in one place and with a public-key algorithm in another.',
    why: 'With HS256 the verification key is the signing key. If a verifier that holds an RSA or EC public key also accepts HS256, an attacker signs a forged token with HS256 using the public key, which is public, as the HMAC secret, and the verifier accepts it (algorithm confusion, CVE-2015-9235, CVE-2022-29217, CVE-2024-33663). Some library versions block this for PEM keys; many do not, and none block it for raw key bytes.',
    fix: 'Accept one family per key: `algorithms=["RS256"]` with the public key, or `algorithms=["HS256"]` with a shared secret, never both. If you really have two kinds of issuers, select the key and its single algorithm from a trusted table (by `kid` or `iss`), not from the token\'s `alg`.',
    fixShort: 'Accept one algorithm family per key: RS256 with the public key or HS256 with a secret, never both.',
    leavesAlone: [
      { what: 'Allow-lists within one family: asymmetric only (`RS256`, `ES256`) with a public key, or HMAC only with a shared secret.', tag: 'one-family', languages: ['python'] },
      { what: 'Separate decodes per family, each with its own key.', tag: 'key-per-family', languages: ['python'] },
    ],
    examples: [
      {
        language: 'python',
        bad: 'claims = jwt.decode(token, PUBLIC_KEY, algorithms=["HS256", "RS256"])',
        good: 'claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"])',
      },
      {
        language: 'typescript',
        bad: "jwt.verify(token, publicKey, { algorithms: ['HS256', 'RS256'] });",
        good: "jwt.verify(token, publicKey, { algorithms: ['RS256'] });",
      },
    ],
  },
  check(model) {
    const findings: RawFinding[] = [];
    const families = new Map<string, { hmac?: JwtOperation; asymmetric?: JwtOperation }>();
    for (const op of model.jwtOps) {
      if (op.kind !== 'decode') continue;
      const names = algorithmNames(op.algorithms).map((alg) => alg.name);
      const hmac = names.filter((name) => HMAC.test(name));
      const asymmetric = names.filter((name) => ASYMMETRIC.test(name));
      const key = keyName(op);
      if (hmac.length > 0 && asymmetric.length > 0) {
        findings.push({ line: op.loc.line, column: op.loc.column, message: `${op.api} accepts ${hmac.join('/')} together with ${asymmetric.join('/')}${key ? ` for ${key}` : ''}: a token signed with HMAC using the public key as the secret would verify.` });
        continue;
      }
      if (hmac.length > 0 && key && PUBLIC_KEY_NAME.test(key)) {
        findings.push({ line: op.loc.line, column: op.loc.column, message: `${op.api} verifies ${hmac.join('/')} with ${key}, which is named as a public key: anyone holding the public key can sign tokens that verify.` });
        continue;
      }
      if (!key) continue;
      const seen = families.get(key) ?? {};
      if (hmac.length > 0) seen.hmac ??= op;
      if (asymmetric.length > 0) seen.asymmetric ??= op;
      families.set(key, seen);
    }
    for (const [key, seen] of families) {
      if (!seen.hmac || !seen.asymmetric) continue;
      findings.push({ line: seen.hmac.loc.line, column: seen.hmac.loc.column, message: `${key} is verified with an HMAC algorithm here and with a public-key algorithm on line ${seen.asymmetric.loc.line}: one key must have one algorithm family.` });
    }
    return findings;
  },
};
