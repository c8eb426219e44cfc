import type { FileRule } from './types.js';

/** Verifying a token without pinning the accepted algorithms. */
export const algNotPinned: FileRule = {
  id: 'TG102',
  name: 'alg-not-pinned',
  category: 'alg-not-pinned',
  severity: 'high',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'file',
  docs: {
    what: 'Finds token verification that does not pin the accepted signing algorithms, or that takes them from the token\'s own header (`algorithms=[jwt.get_unverified_header(token)["alg"]]`, unless that alg was first checked with `in` against an allow-list). Covers PyJWT (`jwt.decode`, `decode_complete`, `PyJWT().decode`), python-jose (`jwt.decode`, `jws.verify`), authlib (the default `jwt` instance; `JsonWebToken(["RS256"])` instances are pinned), jsonwebtoken, and jws (whose two-argument `jws.verify(token, key)` takes the algorithm from the token\'s header). Issuing a token without `algorithm=` is not reported (PyJWT and python-jose default to HS256).',
    why: 'When the verifier accepts whatever algorithm the token names, an attacker chooses it: "none", or HS256 signed with the public RSA key as the HMAC secret (algorithm confusion). Older PyJWT and python-jose versions, and jsonwebtoken before v9, accept any algorithm when none is given; newer ones refuse to decode, which breaks at run time instead.',
    fix: 'Pass the one algorithm (or the short list of algorithms) your issuer uses, as a constant: `algorithms=["RS256"]` in Python, `{ algorithms: ["RS256"] }` in jsonwebtoken and jose. Never read it from the token header.',
    fixShort: 'Pin the algorithms: pass algorithms=["RS256"] (a constant list), never the token header\'s alg.',
    leavesAlone: [
      { what: 'Decodes that pass the accepted algorithms: `algorithms=["RS256"]`, python-jose `ALGORITHMS.RS256` constants, or the list given to an authlib `JsonWebToken([...])` instance.', tag: 'pinned', languages: ['python'] },
      { what: 'The token header\'s `alg` used after it was checked against an allow-list (`if header["alg"] not in ("RS256", "ES256"): raise`).', tag: 'alg-checked', languages: ['python'] },
      { what: 'Encodes: the signing side chooses its own algorithm.', tag: 'encode', languages: ['python'] },
    ],
    examples: [
      {
        language: 'python',
        bad: 'claims = jwt.decode(token, PUBLIC_KEY)',
        good: 'claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="api")',
      },
      {
        language: 'typescript',
        bad: 'const claims = jwt.verify(token, publicKey);',
        good: "const claims = jwt.verify(token, publicKey, { algorithms: ['RS256'] });",
      },
    ],
  },
  check(model) {
    const findings = [];
    for (const op of model.jwtOps) {
      if (op.kind !== 'decode') continue;
      if (op.algorithmsFromToken) {
        findings.push({ ...at(op.loc), message: `${op.api} accepts the algorithm named in the token's own header; pin a constant list of algorithms.` });
      } else if (op.algorithms === 'missing' && op.library === 'authlib') {
        findings.push({ ...at(op.loc), message: `${op.api} uses authlib's default jwt, which accepts every registered algorithm; decode with JsonWebToken(["RS256"]) (the algorithms your issuer uses).` });
      } else if (op.algorithms === 'missing') {
        findings.push({ ...at(op.loc), message: `${op.api} is called without ${model.language === 'python' ? 'algorithms=' : 'an algorithms option'}; pin the algorithms the issuer uses.` });
      }
    }
    return findings;
  },
};

function at(loc: { line: number; column: number }): { line: number; column: number } {
  return { line: loc.line, column: loc.column };
}
