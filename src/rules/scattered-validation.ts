import type { VerificationSite } from '../model/types.js';
import type { RepositoryRule } from './types.js';

/** Hand-written verification of one kind of token in this many functions is reported. */
const MIN_SITES = 3;

/** The same token verified by separate hand-written code. */
export const scatteredValidation: RepositoryRule = {
  id: 'TG703',
  name: 'scattered-validation',
  category: 'scattered-validation',
  severity: 'low',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'repository',
  docs: {
    what: 'Finds the same kind of token verified by separate hand-written code in three or more functions: each reads the token from the request (header, cookie, query, a security scheme) and decodes it with the same key, or compares it with the same secret. Test files are not counted. One finding names every place.',
    why: 'Copies of verification drift apart: one copy pins the algorithms and checks the audience, the next one does not, and a fix lands in two of the three. Every copy is also one more place where a new route can forget to call it. Verification belongs in one function that every route goes through (a FastAPI dependency, a Flask decorator or before_request hook, an Express middleware), where it is reviewed and tested once.',
    fix: 'Move the verification into one shared function and use it everywhere: a `get_current_user` dependency (FastAPI) or a `@token_required` decorator / `before_request` hook (Flask) that reads the header, verifies the token with pinned algorithms, audience and issuer, and returns the claims or aborts with 401. Then delete the copies.',
    fixShort: 'Verify the token in one shared dependency, decorator or middleware and call it from every route.',
    leavesAlone: [
      { what: 'A shared helper that receives the token as a parameter (its callers share one verification).', tag: 'shared-helper', languages: ['python'] },
      { what: 'Test files, and fewer than three hand-written copies.', tag: 'few-copies', languages: ['python'] },
    ],
    examples: [
      {
        language: 'python',
        bad: [
          '@app.get("/orders")',
          'def orders():',
          '    token = request.headers["Authorization"].removeprefix("Bearer ")',
          '    claims = jwt.decode(token, SECRET_KEY, algorithms=["HS256"])',
          '    ...',
          '',
          '@app.get("/invoices")',
          'def invoices():',
          '    token = request.headers["Authorization"].removeprefix("Bearer ")',
          '    claims = jwt.decode(token, SECRET_KEY, algorithms=["HS256"])  # and a third copy in /profile',
        ].join('\n'),
        good: [
          'def token_required(view):',
          '    @wraps(view)',
          '    def wrapper(*args, **kwargs):',
          '        token = bearer_token(request)',
          '        g.claims = jwt.decode(token, SECRET_KEY, algorithms=["HS256"], audience="api")',
          '        return view(*args, **kwargs)',
          '    return wrapper',
          '',
          '@app.get("/orders")',
          '@token_required',
          'def orders(): ...',
        ].join('\n'),
      },
      {
        language: 'typescript',
        bad: [
          "app.get('/orders', (req, res) => {",
          "  const claims = jwt.verify(req.headers.authorization!.slice(7), secret, { algorithms: ['HS256'] });",
          '  // … and the same two lines in /invoices and /profile',
          '});',
        ].join('\n'),
        good: [
          'function requireAuth(req, res, next) {',
          "  req.claims = jwt.verify(bearer(req), secret, { algorithms: ['HS256'], audience: 'api' });",
          '  next();',
          '}',
          "app.get('/orders', requireAuth, listOrders);",
        ].join('\n'),
      },
    ],
  },
  check(models) {
    const byKind = new Map<string, { file: string; site: VerificationSite }[]>();
    for (const model of models) {
      if (model.isTest) continue;
      for (const site of model.verificationSites) {
        const list = byKind.get(site.tokenKind) ?? [];
        list.push({ file: model.file, site });
        byKind.set(site.tokenKind, list);
      }
    }
    const findings = [];
    for (const [tokenKind, sites] of byKind) {
      const places = uniqueFunctions(sites).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.site.loc.line - b.site.loc.line));
      if (places.length < MIN_SITES) continue;
      const [first, ...rest] = places as [(typeof places)[number], ...typeof places];
      const list = places.map((place) => `${place.file}:${place.site.loc.line}${place.site.function.startsWith('<') ? '' : ` (${place.site.function})`}`).join(', ');
      findings.push({
        file: first.file,
        line: first.site.loc.line,
        column: first.site.loc.column,
        message: `${describeKind(tokenKind)} is verified by separate hand-written code in ${places.length} places: ${list}. Verify it in one shared function.`,
        related: rest.map((place) => ({ file: place.file, line: place.site.loc.line, column: place.site.loc.column, message: place.site.function.startsWith('<') ? 'also verified here' : `also verified here, in ${place.site.function}` })),
      });
    }
    return findings;
  },
};

function uniqueFunctions(sites: { file: string; site: VerificationSite }[]): { file: string; site: VerificationSite }[] {
  const seen = new Set<string>();
  return sites.filter(({ file, site }) => {
    const key = `${file}:${site.functionId ?? site.function}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * `jwt:SECRET_KEY` (Python) or `jwt:HS256:SECRET_KEY` (JS/TS) → 'The JWT signed with SECRET_KEY'.
 * A literal key is named as such, never shown.
 */
function describeKind(tokenKind: string): string {
  const kind = tokenKind.slice(0, Math.max(0, tokenKind.indexOf(':'))) || tokenKind;
  const key = tokenKind.includes(':') ? tokenKind.slice(tokenKind.lastIndexOf(':') + 1) : '';
  let keyText = key;
  if (key.startsWith('literal')) keyText = 'the same hardcoded key';
  else if (key.startsWith('env.')) keyText = `the key from environment variable ${key.slice(4)}`;
  else if (!key || key === '?' || key === 'unknown') keyText = 'the same key';
  if (kind === 'jwt') return `The JWT signed with ${keyText}`;
  if (kind === 'bearer-compare') return `The bearer token compared with ${keyText}`;
  return `The token (${kind})`;
}
