/**
 * The parts of function summaries both front ends share: what a function's returned values
 * say (claims of a decode, the request's token, a value derived from a parameter), what a
 * token it issues carries, and where an imported function is defined. What a call through
 * to an imported function means is each front end's own.
 */
import type { ImportedFact } from '../model/knowledge.js';
import type { DefinedIn, IssuerSummary, JwtOperation, ReturnSummary, Value } from '../model/types.js';

/**
 * The summary the returned values give, `'none'` when returned unverified claims are judged
 * here (a claim read in the function) and so are not the callers' to judge, or undefined
 * when the values say nothing and the front end looks further.
 */
export function returnedValueSummary(returns: readonly Value[], jwtOps: readonly JwtOperation[], params: readonly string[]): ReturnSummary | 'none' | undefined {
  const claims = returns.find((value): value is Extract<Value, { kind: 'claims' }> => value.kind === 'claims');
  if (claims) {
    const op = jwtOps.find((candidate) => candidate.id === claims.opId);
    // unverified claims are the callers' to judge only when they are returned whole; a claim read here is judged here
    if (!claims.verified && op && !op.decidedByReturn) return 'none';
    const subject = op?.subject?.kind === 'token' ? params.indexOf(op.subject.name ?? op.subject.source.name) : -1;
    return { kind: 'claims', verified: claims.verified, api: op?.api ?? 'a token decode', library: op?.library ?? '', ...(subject >= 0 ? { tokenParam: subject } : {}) };
  }
  const token = returns.find((value): value is Extract<Value, { kind: 'token' }> => value.kind === 'token');
  if (token?.source.strength === 'strong') return { kind: 'token', source: { kind: token.source.kind, name: token.source.name, strength: 'strong' } };
  if (token && params.includes(token.source.name)) return { kind: 'param', index: params.indexOf(token.source.name), name: token.source.name, transforms: token.transforms };
  return undefined;
}

/** The token an issuing function signs: its claims and lifetime, or the parameters that carry them (`lifetimeParameter` names a lifetime). */
export function issuerSummary(op: JwtOperation | undefined, params: readonly string[], lifetimeParameter: RegExp): IssuerSummary | undefined {
  if (!op) return undefined;
  const issuer: IssuerSummary = { api: op.api, library: op.library, payloadClaims: op.payloadClaims ?? null };
  if (op.expiresInSeconds !== undefined) issuer.expiresInSeconds = op.expiresInSeconds;
  if (op.tokenType) issuer.tokenType = op.tokenType;
  const lifetime = params.findIndex((name) => lifetimeParameter.test(name));
  if (op.expiresInSeconds === undefined && lifetime >= 0) issuer.lifetimeParam = { index: lifetime, name: params[lifetime]! };
  const payload = op.subject?.kind === 'unknown' && op.subject.name ? params.indexOf(op.subject.name) : -1;
  if (op.payloadClaims === null && payload >= 0) issuer.payloadParam = { index: payload, name: params[payload]! };
  return issuer;
}

/** Where an imported function is defined, for a finding's related location. */
export function definedIn(fact: Extract<ImportedFact, { kind: 'function' }>): DefinedIn {
  return { file: fact.file, line: fact.loc.line, column: fact.loc.column, name: fact.name };
}
