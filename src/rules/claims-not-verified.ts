import type { RawFinding } from '../engine/finding.js';
import type { FileRule } from './types.js';

/** Verifying a token but switching off its audience or issuer check. */
export const claimsNotVerified: FileRule = {
  id: 'TG304',
  name: 'claims-not-verified',
  category: 'claims-not-verified',
  severity: 'medium',
  // JS libraries (jsonwebtoken, jose, passport-jwt, express-jwt) have no switch that turns an aud/iss check off: they check what is passed
  languages: ['python'],
  scope: 'file',
  skipInTestFiles: true,
  docs: {
    what: 'Finds signature-verifying decodes that switch off the audience or issuer check: `options={"verify_aud": False}` or `{"verify_iss": False}` in PyJWT and python-jose (inline, through a variable or `dict(...)`).',
    why: 'The audience says which service a token was issued for, the issuer who issued it. When one identity provider (or one signing key) serves several services, a token issued for one of them, such as a low-privilege internal tool, verifies at all of them unless each checks `aud`. Turning the check off is usually done to silence an `InvalidAudienceError` and leaves every sibling service\'s tokens valid here.',
    fix: 'Pass the expected values and keep the checks on: `jwt.decode(token, key, algorithms=["RS256"], audience="orders-api", issuer="https://idp.example.com/")`. If the error came from a token with an audience you did not expect, fix the issuer\'s configuration rather than the verifier.',
    fixShort: 'Keep aud/iss verification on and pass audience= and issuer= to decode.',
    leavesAlone: [
      { what: 'Decodes that pass `audience=` and `issuer=`, or write `verify_aud: True`.', tag: 'checked', languages: ['python'] },
    ],
    examples: [
      {
        language: 'python',
        bad: 'claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"verify_aud": False})',
        good: 'claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="orders-api", issuer=ISSUER)',
      },
      {
        language: 'typescript',
        bad: "jwt.verify(token, publicKey, { algorithms: ['RS256'] });",
        good: "jwt.verify(token, publicKey, { algorithms: ['RS256'], audience: 'orders-api', issuer: ISSUER });",
      },
    ],
  },
  check(model) {
    const findings: RawFinding[] = [];
    for (const op of model.jwtOps) {
      if (op.kind !== 'decode') continue;
      const off = [op.options.verifyAud === false ? 'audience (verify_aud)' : undefined, op.options.verifyIss === false ? 'issuer (verify_iss)' : undefined].filter(Boolean);
      if (off.length === 0) continue;
      findings.push({ line: op.loc.line, column: op.loc.column, message: `${op.api} is called with the ${off.join(' and ')} check turned off: tokens issued for other services are accepted.` });
    }
    return findings;
  },
};
