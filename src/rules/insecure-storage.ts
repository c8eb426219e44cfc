import type { FileRule } from './types.js';

/** A token stored where scripts can read it. */
export const insecureStorage: FileRule = {
  id: 'TG702',
  name: 'insecure-storage',
  category: 'insecure-storage',
  severity: 'medium',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'file',
  docs: {
    what: 'Finds bearer tokens kept where any script on the page can read them or where they travel unprotected: `localStorage`, `sessionStorage`, `document.cookie` and cookie libraries that run in the browser (js-cookie, ngx-cookie-service, universal-cookie), auth state persisted to web storage by redux-persist or zustand\'s `persist`, token cookies set by the server without `httpOnly` and `secure` (Express `res.cookie`, `reply.setCookie`, Next.js `cookies().set`, Hono `setCookie`, `Set-Cookie` header strings, Flask/Starlette/Django `response.set_cookie`, whose defaults are neither), and flask-jwt-extended token cookies weakened by `JWT_COOKIE_SECURE = False` or `JWT_COOKIE_CSRF_PROTECT = False`. Cookies whose flags are set from a condition (`secure: isProduction`), non-token values (a theme, a locale, a user id) and persisted state that leaves the user and auth reducers out are not reported.',
    why: 'One cross-site-scripting bug, or one compromised third-party script, reads every token in web storage and sends it away; the attacker then replays it from anywhere until it expires. A cookie without `httpOnly` is just as readable from script, and one without `secure` travels over plain HTTP.',
    fix: 'Keep session tokens in a cookie the server sets with `httpOnly: true, secure: true, sameSite: "lax"` (or "strict"), and let the browser send it. If a single-page app must hold an access token, keep it in memory only, short-lived, with refresh through an httpOnly cookie.',
    fixShort: 'Set the token in an httpOnly, secure, sameSite cookie from the server; never in localStorage/sessionStorage.',
    leavesAlone: [
      { what: 'Cookies set with `httponly=True` and `secure=True`, cookies that hold no token, and `JWT_COOKIE_SECURE = True`.', tag: 'secure-cookie', languages: ['python'] },
      { what: 'Cookie settings that do not weaken the token cookies (`JWT_COOKIE_SAMESITE`).', tag: 'not-a-weakening', languages: ['python'] },
    ],
    examples: [
      {
        language: 'python',
        bad: 'app.config["JWT_COOKIE_SECURE"] = False\nresponse.set_cookie("access_token", access_token)',
        good: 'app.config["JWT_COOKIE_SECURE"] = True\nresponse.set_cookie("access_token", access_token, httponly=True, secure=True, samesite="Lax")',
      },
      {
        language: 'typescript',
        bad: "localStorage.setItem('accessToken', data.accessToken);\nres.cookie('token', token);",
        good: "res.cookie('token', token, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 15 * 60 * 1000 });",
      },
    ],
  },
  check(model) {
    return model.flows
      .filter((flow) => flow.sink === 'storage')
      .map((flow) => {
        const what = flow.value.name ?? flow.value.source.name;
        const persisted = /^(localStorage|sessionStorage) \((.+)\)$/.exec(flow.api);
        if (persisted) return { line: flow.loc.line, column: flow.loc.column, message: `Auth state "${what}" is persisted to ${persisted[1]} by ${persisted[2]}, readable by any script on the page.` };
        // cookie flows say what is missing (`set without httpOnly`, `set from script, so it cannot be httpOnly`)
        const where =
          flow.api === 'document.cookie'
            ? 'document.cookie, which cannot be httpOnly'
            : flow.api.startsWith('the ') && flow.detail
              ? `${flow.api}, which ${flow.detail}`
              : flow.detail || /(?:\.cookie|set_cookie)$/.test(flow.api)
                ? `a cookie (${flow.api}) ${flow.detail ?? ''}`.trim()
                : `${flow.api.replace(/\.setItem$/, '')}, readable by any script on the page`;
        return { line: flow.loc.line, column: flow.loc.column, message: `Token "${what}" is stored in ${where}.` };
      });
  },
};
