import type { RawFinding } from '../engine/finding.js';
import type { FileRule } from './types.js';
import { definedThere } from './related.js';

const DAY = 86_400;
/** Access tokens: at most a day. */
export const ACCESS_LIMIT_SECONDS = DAY;
/** Refresh tokens: at most 30 days (they are meant to be long-lived, rotated and revocable). */
export const REFRESH_LIMIT_SECONDS = 30 * DAY;

export function describeSeconds(seconds: number): string {
  if (seconds % DAY === 0) return `${seconds / DAY} day${seconds === DAY ? '' : 's'}`;
  if (seconds % 3600 === 0) return `${seconds / 3600} hours`;
  if (seconds >= DAY) return `about ${Math.round(seconds / DAY)} days`;
  return `${Math.round(seconds / 60)} minutes`;
}

/** Token lifetimes that are too long (or unlimited) for what the token is. */
export const longExp: FileRule = {
  id: 'TG302',
  name: 'long-exp',
  category: 'long-exp',
  severity: 'low',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'file',
  skipInTestFiles: true,
  docs: {
    what: 'Finds access tokens issued or configured to live longer than one day, and refresh tokens longer than 30 days or without expiry: `"exp": now + timedelta(days=7)` at `jwt.encode`, `create_access_token(expires_delta=…)`, flask-jwt-extended\'s `JWT_ACCESS_TOKEN_EXPIRES` (set to `False` or more than a day, in `app.config` or a config class), simplejwt\'s `SIMPLE_JWT["ACCESS_TOKEN_LIFETIME"]`, `ACCESS_TOKEN_EXPIRE_MINUTES`-style constants, and in JS/TS `expiresIn` (jsonwebtoken, JwtService, @fastify/jwt, also `process.env.X || \'30d\'` as its default), jose\'s `setExpirationTime`, and an `exp` computed by hand (`Math.floor(Date.now() / 1000) + n`, `exp.setDate(today.getDate() + 60)`, dayjs/moment `add(n, unit).unix()`), reported where the lifetime is written. Tokens whose name or `type` claim marks them as refresh tokens get the 30-day limit; single-purpose tokens (password reset, email verification, invitations) are not reported.',
    why: 'An access token is a bearer credential that is usually not checked against any server-side state: until it expires, whoever holds it is the user, even after logout, a password change or a role change. A week-long access token turns every leak into a week of access. Refresh tokens are different: they are meant to live longer, but only because they can be rotated and revoked; one that never expires is a permanent credential.',
    fix: 'Keep access tokens short (5 to 60 minutes) and use a refresh token, rotated on use and revocable, for long sessions: `JWT_ACCESS_TOKEN_EXPIRES = timedelta(minutes=15)`, `"ACCESS_TOKEN_LIFETIME": timedelta(minutes=5)`, `"exp": now + timedelta(minutes=15)`. Give refresh tokens an expiry of days to weeks, at most 30 days.',
    fixShort: 'Keep access tokens under a day (minutes, ideally) and refresh tokens under 30 days; use refresh tokens for long sessions.',
    leavesAlone: [
      { what: 'Access tokens that live at most a day and refresh tokens that live at most 30 days, however the lifetime is written (timedelta, seconds, a unit-suffixed constant, an environment default).', tag: 'within-limit', languages: ['python'] },
      { what: 'Password-reset, email-verification and invitation tokens, whose lifetime is a product decision.', tag: 'single-purpose', languages: ['python'] },
    ],
    examples: [
      {
        language: 'python',
        bad: 'app.config["JWT_ACCESS_TOKEN_EXPIRES"] = timedelta(days=30)\n\npayload = {"sub": user.id, "exp": datetime.now(timezone.utc) + timedelta(days=7)}',
        good: 'app.config["JWT_ACCESS_TOKEN_EXPIRES"] = timedelta(minutes=15)\napp.config["JWT_REFRESH_TOKEN_EXPIRES"] = timedelta(days=14)\n\npayload = {"sub": user.id, "exp": datetime.now(timezone.utc) + timedelta(minutes=15)}',
      },
      {
        language: 'typescript',
        bad: "const token = jwt.sign({ sub: user.id }, secret, { expiresIn: '30d' });",
        good: "const token = jwt.sign({ sub: user.id }, secret, { expiresIn: '15m' });",
      },
    ],
  },
  check(model) {
    const findings: RawFinding[] = [];
    for (const op of model.jwtOps) {
      if (op.kind !== 'encode' || op.expiresInSeconds === undefined || op.tokenType === 'other') continue;
      const refresh = op.tokenType === 'refresh';
      const limit = refresh ? REFRESH_LIMIT_SECONDS : ACCESS_LIMIT_SECONDS;
      if (op.expiresInSeconds <= limit) continue;
      // a lifetime computed apart from the call (Date arithmetic) is reported where it is written
      const at = op.expiresLoc ?? op.loc;
      findings.push({ line: at.line, column: at.column, message: `${op.api} issues ${refresh ? 'a refresh' : 'an access'} token that lives ${describeSeconds(op.expiresInSeconds)} (limit ${describeSeconds(limit)}).`, ...definedThere(op.wrapper, `${op.wrapper?.name} issues the token`) });
    }
    for (const setting of model.lifetimes) {
      if (setting.tokenType === 'unknown') continue;
      const refresh = setting.tokenType === 'refresh';
      const limit = refresh ? REFRESH_LIMIT_SECONDS : ACCESS_LIMIT_SECONDS;
      if (setting.value === false) {
        findings.push({ line: setting.loc.line, column: setting.loc.column, message: `${setting.name} turns expiry off: ${refresh ? 'refresh' : 'access'} tokens never expire.` });
      } else if (setting.value > limit) {
        findings.push({ line: setting.loc.line, column: setting.loc.column, message: `${setting.name} lets ${refresh ? 'refresh' : 'access'} tokens live ${describeSeconds(setting.value)} (limit ${describeSeconds(limit)}).` });
      }
    }
    return findings;
  },
};
