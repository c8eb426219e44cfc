import type { RawFinding } from '../engine/finding.js';
import type { FileRule } from './types.js';
import { isWebContext } from './token-flows.js';

/** An exception handler around token verification that lets the request continue. */
export const failOpen: FileRule = {
  id: 'TG601',
  name: 'fail-open',
  category: 'fail-open',
  severity: 'critical',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'file',
  docs: {
    what: 'Finds an exception handler around token verification (a JWT decode/verify, or a call whose name says it verifies, decodes or authenticates a token) that neither returns, raises, aborts nor denies, when code after the try then runs: `except jwt.InvalidTokenError: pass`, or a handler that only logs. A handler that assigns a placeholder (`user = None`, `valid = False`) is silent when a later condition or the return reads that name (the failure is checked), and reported when nothing does (the code goes on as if the token were valid). Assigning an identity attribute (`request.user = AnonymousUser()`, `g.user = None`) counts as denying: the request is explicitly unauthenticated; so does replacing the result of the try with an anonymous or empty identity (`user = AnonymousUser()`, `claims = {"role": "guest"}`) when nothing after the try reads claims taken without verification. In a `before_request` hook or middleware, falling off the end of the function counts as continuing.',
    why: 'Verification that fails must stop the request. When the handler swallows the error, an expired, forged or unsigned token gets the same treatment as a valid one: the protected handler runs, often with claims left over from a default or from the unverified token. This is the most common way a correct `jwt.decode` call still ends up as an authentication bypass.',
    fix: 'End the request in every handler around verification: `raise HTTPException(status_code=401)`, `abort(401)`, `return JSONResponse(status_code=401, …)`, or re-raise. If the handler must not end the request (optional authentication), set the identity explicitly to anonymous and make sure protected code checks it.',
    fixShort: 'Deny in the handler: raise, abort(401) or return a 401 response; never pass or only log.',
    leavesAlone: [
      { what: 'Handlers that return, raise, abort or deny.', tag: 'denies', languages: ['python'] },
      { what: 'Handlers whose failure is checked later: a flag or placeholder tested by a condition, a result returned to the caller, optional authentication tested below.', tag: 'checked-later', languages: ['python'] },
      { what: 'Handlers that replace the result with an anonymous or empty identity (`user = AnonymousUser()`, `g.user = None`, `claims = {"role": "guest"}`) when nothing after the try reads unverified claims.', tag: 'anonymous', languages: ['python'] },
      { what: 'Loops that try the next key, and try blocks without token verification.', tag: 'not-verification', languages: ['python'] },
    ],
    examples: [
      {
        language: 'python',
        bad: 'try:\n    jwt.decode(token, KEY, algorithms=["HS256"])\nexcept jwt.InvalidTokenError:\n    logger.warning("invalid token")\nreturn get_orders()',
        good: 'try:\n    jwt.decode(token, KEY, algorithms=["HS256"])\nexcept jwt.InvalidTokenError:\n    abort(401)\nreturn get_orders()',
      },
      {
        language: 'typescript',
        bad: "try {\n  jwt.verify(token, key, { algorithms: ['RS256'] });\n} catch (err) {\n  console.warn('invalid token', err);\n}\nnext();",
        good: "try {\n  jwt.verify(token, key, { algorithms: ['RS256'] });\n} catch {\n  return res.sendStatus(401);\n}\nnext();",
      },
    ],
  },
  check(model) {
    const findings: RawFinding[] = [];
    for (const handler of model.verifyHandlers) {
      if (!handler.swallows || !handler.continuesToProtectedCode) continue;
      // verification known only by a call's name (verify_x(), decode_auth()) counts in web and token-handling code
      if (handler.verifyOpIds.length === 0 && !isWebContext(model)) continue;
      const caught = handler.catches.length > 0 ? handler.catches.join(', ') : 'every exception';
      const verification = handler.verifyOpIds.length > 0 ? 'token verification' : `${handler.verifyCalls?.[0] ?? 'token verification'}()`;
      findings.push({
        line: handler.loc.line,
        column: handler.loc.column,
        message: `The handler for ${caught} around ${verification} neither returns, raises nor aborts, so the code after the try runs with an unverified token; deny the request here.`,
      });
    }
    return findings;
  },
};
