import type { RawFinding } from '../engine/finding.js';
import type { JwtOperation } from '../model/types.js';
import type { FileRule } from './types.js';

/** JS libraries, whose switch is `ignoreExpiration: true`. */
const JS_LIBRARIES = new Set(['jsonwebtoken', 'passport-jwt', 'express-jwt', 'koa-jwt', '@nestjs/jwt', '@fastify/jwt']);

function how(op: JwtOperation): string {
  if (op.library === 'itsdangerous') return `${op.api} is called without max_age, so signatures of any age are accepted`;
  if (op.library === 'authlib') return `${op.api} returns claims whose exp is never checked (claims.validate() is not called)`;
  if (op.library === 'jws') return `${op.api} checks the signature only: the token's exp is never checked, so expired tokens are accepted`;
  return `${op.api} is called with expiry verification turned off (${JS_LIBRARIES.has(op.library) ? 'ignoreExpiration' : 'verify_exp'}), so expired tokens are accepted`;
}

/** Verifying a token but not its expiry. */
export const expNotVerified: FileRule = {
  id: 'TG303',
  name: 'exp-not-verified',
  category: 'exp-not-verified',
  severity: 'high',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'file',
  skipInTestFiles: true,
  docs: {
    what: 'Finds signature-verifying decodes that skip the expiry check: `options={"verify_exp": False}` in PyJWT and python-jose (inline, through a variable, or `dict(...)`), authlib\'s `jwt.decode` whose claims never reach `claims.validate()`, itsdangerous timed serializers\' `loads()` without `max_age`, `ignoreExpiration: true` in jsonwebtoken and passport-jwt, and `jws.verify`, which checks the signature and never the expiry. A decode that turns off the signature as well (`options={"verify_signature": False, "verify_exp": False}`) is reported here too when its claims decide something, beside verify-disabled: each disabled check is its own finding.',
    why: 'The expiry is what bounds a stolen token\'s usefulness. A verifier that ignores `exp` accepts a token leaked last year as readily as one issued a minute ago, and logging out or shortening lifetimes changes nothing. authlib only checks `exp` inside `claims.validate()`, and itsdangerous only checks the timestamp when `max_age` is passed, so forgetting either silently disables expiry.',
    fix: 'Leave expiry verification on (the default in PyJWT and python-jose): drop `verify_exp: False`; if clocks drift, pass a small `leeway=30` instead. With authlib call `claims.validate()` after `jwt.decode`; with itsdangerous pass `max_age=` to `loads()`.',
    fixShort: 'Keep exp verification on (remove verify_exp: False; call claims.validate() in authlib; pass max_age to itsdangerous loads).',
    leavesAlone: [
      { what: 'Decodes that keep expiry on (the default), also with a `leeway`.', tag: 'exp-on', languages: ['python'] },
      { what: 'authlib claims that reach `claims.validate()`, and itsdangerous `loads(…, max_age=…)`.', tag: 'validated', languages: ['python'] },
      { what: '`verify_exp` turned off only when the caller opts in through a parameter (a library\'s own `allow_expired` switch).', tag: 'caller-opt-in', languages: ['python'] },
      { what: 'Unverified decodes whose claims are only printed or logged (verify-disabled covers unverified decodes that decide something).', tag: 'inspect-only', languages: ['python'] },
    ],
    examples: [
      {
        language: 'python',
        bad: 'claims = jwt.decode(token, KEY, algorithms=["HS256"], options={"verify_exp": False})',
        good: 'claims = jwt.decode(token, KEY, algorithms=["HS256"], leeway=30)',
      },
      {
        language: 'typescript',
        bad: "jwt.verify(token, key, { algorithms: ['HS256'], ignoreExpiration: true });",
        good: "jwt.verify(token, key, { algorithms: ['HS256'], clockTolerance: 30 });",
      },
    ],
  },
  check(model) {
    const findings: RawFinding[] = [];
    for (const op of model.jwtOps) {
      if (op.options.verifyExp !== false) continue;
      if (op.kind === 'decode') findings.push({ line: op.loc.line, column: op.loc.column, message: `${how(op)}.` });
      // the signature is off as well: each disabled check is its own finding when the claims decide something
      else if (op.kind === 'unverified-decode' && op.resultUse === 'decision') findings.push({ line: op.loc.line, column: op.loc.column, message: `${op.api} is called with expiry verification turned off (verify_exp) as well as the signature, so expired tokens are accepted even once the signature is checked.` });
    }
    return findings;
  },
};
