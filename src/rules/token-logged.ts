import type { FileRule } from './types.js';
import { at, countedFlows, describeToken } from './token-flows.js';

/** A token written to a log. */
export const tokenLogged: FileRule = {
  id: 'TG401',
  name: 'token-logged',
  category: 'token-logged',
  severity: 'high',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'file',
  docs: {
    what: 'Finds a bearer token or JWT, or a string built from one (f-strings, `%`/`.format`, concatenation, template literals, dicts such as `extra={"token": token}`, `json.dumps`, helper functions that return the token or something derived from a token argument), written to a log or the console: `logging.*`, any logger from `logging.getLogger` or named `log`/`logger`/`LOG`, `app.logger` and `current_app.logger`, structlog, loguru, `print`, `sys.stdout`/`sys.stderr.write`; in JS/TS `console.*`, pino, winston, bunyan and the NestJS `Logger`; and the functions listed under `names.loggers` in `.tokengate.yml`. A token is what the request presented (the Authorization header, a token query parameter, cookie or form field, a framework bearer dependency) or, in files that import a web framework or a JWT library (outside test files), a parameter or variable named like a token. Hashes of the token, literal slices of at most 8 characters (`token[:6] + "…"`: a redacted prefix), the scheme word (`header.split()[0]`), the Basic-auth username and values only tested (`"yes" if token else "no"`) are not reported. A token the code has just issued (`jwt.encode`, `create_access_token`) is reported like a presented one, and so is a one-time code a delivery helper prints (`send_code_to_phone_number(phone, code)`).',
    why: 'Logs are copied to aggregators, shared with support staff and vendors, and kept for months, with far weaker access control than the token store. A bearer token in a log line is a working credential for anyone who can read it, until it expires; a refresh token or API key often for much longer.',
    fix: 'Log who the caller is, not what they presented: the user id or `sub` claim after verification, the token\'s `jti`, or a short fingerprint (`hashlib.sha256(token.encode()).hexdigest()[:12]`). If a prefix helps debugging, log at most the first few characters. For structured logs, drop `authorization`/`token` fields with a redaction filter or processor.',
    fixShort: 'Log the user id, the jti or a hash of the token, never the token itself.',
    leavesAlone: [
      { what: 'Hashes and fingerprints of the token, and literal slices of at most 8 characters (`token[:6]`).', tag: 'redacted', languages: ['python'] },
      { what: 'Whether a token is present and its length (`bool(token)`, `len(token)`), the scheme word, the Basic-auth username, the user id.', tag: 'not-the-token', languages: ['python'] },
      { what: 'Lexer and parser tokens in code that is not a web service or token handler, and parameters named `code` outside helpers that deliver one-time codes.', tag: 'not-a-credential', languages: ['python'] },
      { what: 'Log lines about an issued token that do not contain it.', tag: 'not-in-line', languages: ['python'] },
    ],
    examples: [
      {
        language: 'python',
        bad: 'token = request.headers["Authorization"].removeprefix("Bearer ")\nlogger.info("verifying token %s", token)',
        good: 'token = request.headers["Authorization"].removeprefix("Bearer ")\nfingerprint = hashlib.sha256(token.encode()).hexdigest()[:12]\nlogger.info("verifying token %s", fingerprint)',
      },
      {
        language: 'typescript',
        bad: "const token = req.headers.authorization;\nlogger.debug(`checking ${token}`);",
        good: "const token = req.headers.authorization;\nlogger.debug({ user: req.user?.id }, 'checking token');",
      },
    ],
  },
  check(model) {
    return countedFlows(model, 'log').map((flow) => ({
      ...at(flow.loc),
      message: `${capitalize(describeToken(flow.value))} is written to ${flow.api}; log the user id, the jti or a hash instead.`,
    }));
  },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
