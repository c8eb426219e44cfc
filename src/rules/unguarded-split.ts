import type { RawFinding } from '../engine/finding.js';
import type { FileRule } from './types.js';

/** Indexing the second part of a split Authorization header without proof that it has two parts. */
export const unguardedSplit: FileRule = {
  id: 'TG602',
  name: 'unguarded-split',
  category: 'unguarded-split',
  severity: 'low',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'file',
  docs: {
    what: 'Finds an Authorization header split and indexed past the first part (`header.split(" ")[1]`, `header.split()[1]`, `header.split(" ", 1)[1]`) with nothing proving the header has two parts: no `startswith("Bearer ")` check, no length check on the parts, no `" " in header` test, and no enclosing `try` that catches IndexError. `partition`, the last element (`[-1]`) and tuple unpacking inside a ValueError handler are not reported. In JavaScript and TypeScript, where indexing never throws, the header must also be there (`undefined.split` throws), and a test of its presence alone (`if (!auth)`, `auth && …`, optional chaining, `?? \'\'`, an enclosing `try`) does not prove the two parts: the part is reported when it then goes on unchecked (into `jwt.verify`, onto the request), and left alone when a test of the form proves it (`startsWith(\'Bearer \')`, a regex test, a check of the parts or of the scheme part), when the part itself is tested afterwards (`if (!token) return res.sendStatus(401)`), or when it is returned to the caller, who gets `undefined` for "no token".',
    why: 'Clients send "Bearer" alone, "Basic …", an empty header or a bare token. The split then has one part and the index raises IndexError: the request ends as a 500 instead of a 401, error monitoring fills with noise, and a stack trace may reach the client. When the surrounding code catches broad exceptions the failure can also be misread (a generic handler that returns a default user turns it into an authentication bypass).',
    fix: 'Check the scheme and shape before taking the token: `scheme, _, token = header.partition(" ")` then `if scheme.lower() != "bearer" or not token: return 401`; or test `header.startswith("Bearer ")` first; or check `len(parts) == 2`. In FastAPI, prefer `HTTPBearer()`, which does this and answers 401/403.',
    fixShort: 'Check the scheme and that there are two parts (startswith("Bearer "), len(parts) == 2 or partition) before indexing.',
    leavesAlone: [
      { what: 'Splits proved to have two parts: `startswith("Bearer ")`, a length check, a guard in the same expression, `partition`, an `IndexError` handler.', tag: 'guarded', languages: ['python'] },
      { what: 'The first or last part (`[0]`, `[-1]`), which always exists, and splits of strings that are not an Authorization header.', tag: 'always-exists', languages: ['python'] },
    ],
    examples: [
      {
        language: 'python',
        bad: 'token = request.headers.get("Authorization", "").split(" ")[1]',
        good: 'scheme, _, token = request.headers.get("Authorization", "").partition(" ")\nif scheme.lower() != "bearer" or not token:\n    abort(401)',
      },
      {
        language: 'typescript',
        bad: "const token = req.headers.authorization.split(' ')[1];",
        good: "const [scheme, token] = (req.headers.authorization ?? '').split(' ');\nif (scheme !== 'Bearer' || !token) return res.sendStatus(401);",
      },
    ],
  },
  check(model) {
    const findings: RawFinding[] = [];
    for (const split of model.splits) {
      if (split.guarded) continue;
      findings.push({
        line: split.loc.line,
        column: split.loc.column,
        message:
          model.language === 'python'
            ? `The ${split.value.source.name} header is split and indexed without checking it has two parts; a header without a space raises IndexError (a 500 instead of a 401).`
            : split.presenceChecked
              ? `The second part of the ${split.value.source.name} header is used without checking the header reads "Bearer <token>"; a header without a space gives an undefined token, and any scheme's credentials are taken for one.`
              : `The ${split.value.source.name} header is split and indexed without checking it is present; a request without it throws a TypeError (a 500 instead of a 401).`,
      });
    }
    return findings;
  },
};
