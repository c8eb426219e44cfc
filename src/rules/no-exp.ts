import type { RawFinding } from '../engine/finding.js';
import type { FileRule } from './types.js';
import { definedThere } from './related.js';

/** Issuing tokens without an expiry. */
export const noExp: FileRule = {
  id: 'TG301',
  name: 'no-exp',
  category: 'no-exp',
  severity: 'medium',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'file',
  skipInTestFiles: true,
  docs: {
    what: 'Finds tokens issued without an expiry: a `jwt.encode` payload whose claims are all known and include no `exp` (also when the payload is built up with `payload["exp"] = …` or `payload.update(...)` first, which counts as having one), flask-jwt-extended\'s `create_access_token(..., expires_delta=False)`, and `jwt.sign` without `expiresIn` (also jws and jwt-simple, and `JwtModule.register` without `signOptions.expiresIn`). Payloads the scanner cannot see into (a parameter, a helper\'s result) are not reported, nor are `JwtService.sign`/`reply.jwtSign` calls that leave the expiry to the module\'s options, nor `JwtModule.register({})` with no key and no sign options, where every sign call passes its own.',
    why: 'A token without `exp` is valid forever. When it leaks (logs, browser history, a copied curl command, a former employee\'s laptop) it stays usable until the signing key is rotated, and revocation lists are rarely in place for JWTs. An expiry bounds the damage of every leak.',
    fix: 'Add an `exp` claim when you issue the token, short for access tokens: `"exp": datetime.now(timezone.utc) + timedelta(minutes=15)` (PyJWT and python-jose accept a datetime), `expiresIn: "15m"` in jsonwebtoken. Use refresh tokens (with their own, longer expiry and rotation) for long sessions.',
    fixShort: 'Add an exp claim (e.g. now + 15 minutes) to every token you issue.',
    leavesAlone: [
      { what: 'Payloads with `exp`, also added later (`payload["exp"] = …`, `claims.update({"exp": …})`) or by a helper that builds the claims.', tag: 'exp-set', languages: ['python'] },
      { what: 'Payloads that are not known here (a copy of a parameter), and flask-jwt-extended tokens, which expire by default.', tag: 'unknown-payload', languages: ['python'] },
    ],
    examples: [
      {
        language: 'python',
        bad: 'token = jwt.encode({"sub": user.id}, SECRET, algorithm="HS256")',
        good: 'token = jwt.encode({"sub": user.id, "exp": datetime.now(timezone.utc) + timedelta(minutes=15)}, SECRET, algorithm="HS256")',
      },
      {
        language: 'typescript',
        bad: "const token = jwt.sign({ sub: user.id }, secret, { algorithm: 'HS256' });",
        good: "const token = jwt.sign({ sub: user.id }, secret, { algorithm: 'HS256', expiresIn: '15m' });",
      },
    ],
  },
  check(model) {
    const findings: RawFinding[] = [];
    for (const op of model.jwtOps) {
      if (op.kind !== 'encode' || !Array.isArray(op.payloadClaims) || op.payloadClaims.includes('exp')) continue;
      if (op.expiresInSeconds !== undefined) continue; // expiry given outside the payload (expiresIn)
      findings.push({ line: op.loc.line, column: op.loc.column, message: `${op.api} issues a token without an expiry (no "exp" claim): it stays valid forever once issued.`, ...definedThere(op.wrapper, `${op.wrapper?.name} issues the token`) });
    }
    return findings;
  },
};
