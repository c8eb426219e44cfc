import type { FileRule } from './types.js';
import { at, countedFlows, describeToken } from './token-flows.js';

/** A presented token echoed back in a response body or error message. */
export const tokenReflected: FileRule = {
  id: 'TG404',
  name: 'token-reflected',
  category: 'token-reflected',
  severity: 'medium',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'file',
  docs: {
    what: 'Finds a token the request presented (or a string built from it) sent back to the client: `jsonify(...)`, `make_response`, Flask/Starlette/Django/DRF `Response` classes, `JSONResponse`, `HTTPException(detail=…)`, `abort(401, …)`, DRF `AuthenticationFailed(…)`, the return value of a route handler (`@app.get("/me")` returning `{"token": token}`); in JS/TS `res.json`/`res.send`, `Response.json`, thrown `HttpException`s. Only values derived from an incoming token count: a login or refresh endpoint returning a token it has just issued (`jwt.encode`, `create_access_token`, `jwt.sign`) is not reported, nor is a refresh endpoint handing back the `refresh_token` it received under that key (the OAuth token response). A parameter or variable only named like a token counts in files that import a web framework or a JWT library, outside test files.',
    why: 'Error bodies and echoed payloads end up in browser consoles, client-side error trackers, API gateway and CDN logs, and support tickets, none of which are meant to hold credentials. Echoing a token in an error message also turns any injection or mixed-content bug on that page into a token leak.',
    fix: 'Return a fixed message (`{"detail": "invalid token"}`) and, if the client needs to correlate, a request id or the token\'s `jti`. Keep the token out of exception details and `abort()` descriptions; log a hash of it server-side if needed.',
    fixShort: 'Return a fixed error message or the jti, never the presented token.',
    leavesAlone: [
      { what: 'Fixed error messages and redacted prefixes of the token.', tag: 'fixed-message', languages: ['python'] },
      { what: 'A token the code has just issued, returned by the login or refresh endpoint, and the OAuth token response handing back the `refresh_token` it received.', tag: 'issued', languages: ['python'] },
      { what: 'Helpers that return the token to their caller (not a route handler).', tag: 'not-a-response', languages: ['python'] },
    ],
    examples: [
      {
        language: 'python',
        bad: 'raise HTTPException(status_code=401, detail=f"invalid token {token}")',
        good: 'raise HTTPException(status_code=401, detail="invalid token", headers={"WWW-Authenticate": "Bearer"})',
      },
      {
        language: 'typescript',
        bad: "res.status(401).json({ error: 'invalid token', token });",
        good: "res.status(401).json({ error: 'invalid token' });",
      },
    ],
  },
  check(model) {
    return countedFlows(model, 'response').map((flow) => ({
      ...at(flow.loc),
      message: `${capitalize(describeToken(flow.value))} is sent back to the client via ${flow.api}; return a fixed message instead.`,
    }));
  },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
