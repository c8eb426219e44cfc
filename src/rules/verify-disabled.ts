import type { RawFinding } from '../engine/finding.js';
import type { FileRule } from './types.js';
import { definedThere } from './related.js';

/** Decoding a token without verifying its signature, and acting on what it says. */
export const verifyDisabled: FileRule = {
  id: 'TG101',
  name: 'verify-disabled',
  category: 'verify-disabled',
  severity: 'critical',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'file',
  skipInTestFiles: true,
  docs: {
    what: 'Finds tokens decoded without verifying their signature whose claims then drive a decision: a condition, a return value, an authorization or user lookup, or request state such as `g.user`. Covers `options={"verify_signature": False}` (inline, through a variable or `dict(...)`), `verify=False`, python-jose\'s `get_unverified_claims`, and `jwt.decode` in jsonwebtoken. An unverified peek that only reads `kid`, `alg`, `jku` or `iss` to pick the key for a verified decode, or hands the claims to a key-selection callback (`secret = self._decode_key_callback(header, claims)`), is not reported, nor is one that only logs the claims or reads `exp`.',
    why: 'Without the signature check a token is just base64 that anyone can write. An attacker edits the payload (`"sub": "admin"`, `"role": "owner"`), keeps or drops the signature, and the service believes every claim. This is the most direct way to lose authentication entirely, and it often ships because a debugging shortcut or a "we verify at the gateway" assumption was left in.',
    fix: 'Decode with the key and pinned algorithms, and let the library verify: `jwt.decode(token, key, algorithms=["RS256"], audience=...)`. If you need a claim before you know the key (multi-tenant issuers, key rotation), read only the header (`jwt.get_unverified_header(token)["kid"]`) or the issuer, choose the key from a trusted list, then decode again with verification and use only the verified result.',
    fixShort: 'Verify the signature (key + pinned algorithms) before trusting any claim; peek at kid/iss only to choose the key.',
    leavesAlone: [
      { what: 'An unverified peek that only reads `kid`, `alg`, `jku` or `iss` to choose the key for a verified decode (`jwt.get_unverified_header(token)["kid"]`).', tag: 'key-peek', languages: ['python'] },
      { what: 'Unverified claims handed to a key-selection callback or helper before a verified decode (`secret = self._decode_key_callback(header, claims)`, `get_signing_key(claims)`).', tag: 'key-callback', languages: ['python'] },
      { what: 'Unverified claims that are only logged or printed, or whose `exp` is read (a client checking when to refresh its own token).', tag: 'inspect-only', languages: ['python'] },
      { what: 'A decode with `verify_signature: True` written out.', tag: 'verification-on', languages: ['python'] },
      { what: 'A helper of another module that wraps the unverified decode (`export const decode = (t) => jws.decode(t)`): it is judged where it is called, by what its callers do with the claims; one that verifies is a verified decode there.', tag: 'wrapper', languages: ['python', 'typescript', 'javascript'] },
    ],
    examples: [
      {
        language: 'python',
        bad: 'claims = jwt.decode(token, options={"verify_signature": False})\nif claims["role"] == "admin":\n    grant_admin()',
        good: 'claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="api")\nif claims["role"] == "admin":\n    grant_admin()',
      },
      {
        language: 'typescript',
        bad: "const claims = jwt.decode(token) as JwtPayload;\nif (claims.role === 'admin') grantAdmin();",
        good: "const claims = jwt.verify(token, publicKey, { algorithms: ['RS256'], audience: 'api' }) as JwtPayload;\nif (claims.role === 'admin') grantAdmin();",
      },
    ],
  },
  check(model) {
    const findings: RawFinding[] = [];
    for (const op of model.jwtOps) {
      if (op.kind !== 'unverified-decode' || op.resultUse !== 'decision') continue;
      const how = op.options.verifySignature === false ? `${op.api} is called with signature verification turned off` : `${op.api} returns the claims without verifying the signature`;
      const message = `${how}, and those claims drive a decision (a check, a lookup or a return value); verify the token before trusting any claim.`;
      findings.push({ line: op.loc.line, column: op.loc.column, message, ...definedThere(op.wrapper, `${op.wrapper?.name} decodes the token without verifying it`) });
    }
    return findings;
  },
};
