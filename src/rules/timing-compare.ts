import type { RawFinding } from '../engine/finding.js';
import type { CompareUse, Value } from '../model/types.js';
import type { FileRule } from './types.js';
import { sourceCounts } from './token-flows.js';

/** Names that hold a stored secret or credential on the other side of a comparison. */
const SECRET_NAME = /secret|api_?key|apikey|token|passw|signature|digest|hmac|credential|expected|environ|env\b|environment variable/i;
/** Names that are about a token, not the token: its type, length, header name, scheme. */
const NOT_SECRET_NAME = /(?:^|[._])(?:type|kind|len|length|count|url|uri|name|header|prefix|scheme|id|format|endpoint)$/i;
/** Token names on the other side that say "the stored one". */
const STORED_TOKEN_NAME = /expected|stored|valid|known|secret|api|static|admin|master|configured|saved|service/i;
/** Literals that are schemes or sentinels, not credentials. */
const SCHEME_LITERAL = /^(?:bearer|basic|token|jwt|digest|null|undefined|none|nil|false|true)$/i;
/** A literal this long without spaces reads as a credential written in code. */
const MIN_CREDENTIAL_LITERAL = 16;

function lastSegment(name: string): string {
  return name.split(/[.[\]"]+/).filter(Boolean).pop() ?? name;
}

function secretName(name: string | undefined): boolean {
  // the last segment decides: settings.WEBHOOK_SECRET is a secret, Token.ATTRIBUTE (an enum member) is not
  return name !== undefined && SECRET_NAME.test(lastSegment(name)) && !NOT_SECRET_NAME.test(lastSegment(name));
}

/** What the presented token is compared with, when that is a stored secret; undefined otherwise. */
function storedSecret(use: CompareUse): string | undefined {
  const against: Value = use.against;
  switch (against.kind) {
    case 'env':
      return `the environment variable ${against.name}`;
    case 'string': {
      const literal = against.value.trim();
      if (literal.length < MIN_CREDENTIAL_LITERAL || /\s/.test(literal) || SCHEME_LITERAL.test(literal)) return undefined;
      return against.via ? against.via : 'a hardcoded credential';
    }
    case 'unknown':
      return secretName(use.againstName) ? use.againstName : undefined;
    case 'token': {
      if (use.againstName === undefined || use.againstName === use.presented.name) return undefined;
      const stored = STORED_TOKEN_NAME.test(use.againstName) || (use.presented.source.strength === 'strong' && against.source.strength === 'weak');
      return stored ? use.againstName : undefined;
    }
    default:
      return undefined;
  }
}

function presentedName(use: CompareUse): string {
  const { presented } = use;
  if (presented.name) return presented.name;
  return presented.source.kind === 'named' ? presented.source.name : `the ${presented.source.name} ${presented.source.kind === 'auth-header' ? 'header' : presented.source.kind}`;
}

/** Comparing a presented token with a stored secret using == / !=. */
export const timingCompare: FileRule = {
  id: 'TG603',
  name: 'timing-compare',
  category: 'timing-compare',
  severity: 'medium',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'file',
  docs: {
    what: 'Finds a presented token (from a header, query, cookie or a parameter named like a token) compared with `==`/`!=` (`===`/`!==` in JS) against a stored secret: an environment value, a setting or constant named like a secret, key or token, a hardcoded credential literal, or another token named as the expected one. Comparisons with None, empty strings, schemes such as "Bearer", and comparisons of a token\'s length or type are not reported; neither are `hmac.compare_digest`, `secrets.compare_digest` and `crypto.timingSafeEqual`, nor ORM query expressions (`select(User).where(User.token == token)`, `filter_by(...)`), which the database evaluates. Credential fields of a FastAPI body model (`data.reset_password_code`) are presented tokens like a header.',
    why: 'String equality stops at the first differing byte, so the response time leaks how many leading bytes of a guess are right. Over many requests an attacker can recover a static API token or webhook secret byte by byte, and network jitter only slows this down; it has been demonstrated across the internet and is easy on a shared host or within a cloud region.',
    fix: 'Compare secrets in constant time: `hmac.compare_digest(presented.encode(), expected.encode())` (or `secrets.compare_digest`) in Python, `crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b))` after checking equal lengths in Node. Better still, store only a hash of static tokens and compare hashes in constant time.',
    fixShort: 'Compare with hmac.compare_digest / crypto.timingSafeEqual instead of == / !=.',
    leavesAlone: [
      { what: 'Constant-time comparisons: `hmac.compare_digest`, `secrets.compare_digest`.', tag: 'constant-time', languages: ['python'] },
      { what: 'Comparisons with None, empty strings and schemes, of lengths and types, and of two presented values.', tag: 'not-a-secret', languages: ['python'] },
      { what: 'ORM query expressions: `User.token == token` inside `select()`, `where()`, `filter()`, `filter_by()` is a WHERE clause, not a comparison in Python.', tag: 'orm-query', languages: ['python'] },
      { what: 'Enum members and lexer token types (`token == Token.ATTRIBUTE`).', tag: 'not-a-credential', languages: ['python'] },
    ],
    examples: [
      {
        language: 'python',
        bad: 'token = request.headers.get("X-API-Key", "")\nif token != os.environ["API_TOKEN"]:\n    abort(401)',
        good: 'token = request.headers.get("X-API-Key", "")\nif not hmac.compare_digest(token.encode(), os.environ["API_TOKEN"].encode()):\n    abort(401)',
      },
      {
        language: 'typescript',
        bad: "if (req.headers['x-api-key'] !== process.env.API_TOKEN) return res.sendStatus(401);",
        good: "const presented = Buffer.from(String(req.headers['x-api-key'] ?? ''));\nconst expected = Buffer.from(process.env.API_TOKEN!);\nif (presented.length !== expected.length || !crypto.timingSafeEqual(presented, expected)) return res.sendStatus(401);",
      },
    ],
  },
  check(model) {
    const findings: RawFinding[] = [];
    for (const use of model.compares) {
      // a token known only by its name counts in web and token-handling code, not in lexers or SDKs
      if (!sourceCounts(use.presented, model)) continue;
      const stored = storedSecret(use);
      if (!stored) continue;
      if (use.presented.source.strength === 'weak' && use.against.kind === 'token' && !STORED_TOKEN_NAME.test(use.againstName ?? '')) continue;
      findings.push({
        line: use.loc.line,
        column: use.loc.column,
        message: `The presented token (${presentedName(use)}) is compared with ${stored} using ${use.operator}, which leaks timing; use hmac.compare_digest (crypto.timingSafeEqual in Node).`,
      });
    }
    return findings;
  },
};
