/**
 * What a file says about itself as a module, in plain data (models cross worker threads
 * by structured clone): the names it imports, the names it offers with their summaries,
 * and the imported names it uses but cannot know alone. Link (./link.ts) resolves the
 * uses through the module graph and hands each file back what it imports, as
 * ImportedKnowledge, for a second, informed lowering.
 */
import type { JwtOperation, Loc, TokenSourceKind, Value } from './types.js';

/** One name a file imports, as written. */
export interface ImportBinding {
  /** The local name (`jwt`, `security`, `decode`); '*' for Python's `from x import *`. */
  local: string;
  /** The module as written: `../lib/insecurity`, `@/lib/auth`, `app.core.security`, `.security`, `..`. */
  specifier: string;
  /** What is taken: an exported name, 'default', or '*' (the module itself: `import * as m`, `import m`, `require`). */
  imported: string;
  /** The prefix the walker resolves the local name to in qualified names (`../lib/insecurity`, `security.verify`). */
  qualified: string;
}

/** A name the module offers: Python, every top-level binding worth knowing; JS/TS, its exports. */
export interface ModuleExport {
  /** `decode`, `default`, `settings.SECRET_KEY` (a member of an exported object). */
  name: string;
  loc: Loc;
  /** A function (or method), summarised; `functionId` is its FunctionModel in this file. */
  function?: FunctionSummary;
  functionId?: number;
  /** A constant's value as the front end evaluated it (a literal, an env lookup, a duration, a list). */
  constant?: Value;
  /** A router, blueprint or application object (its framework): routes in other files may use it. */
  group?: string;
  /** Another name of this module (`export { a as b }`, `export default a`, `module.exports = { a }`): possibly an import. */
  local?: string;
  /** `export { x as y } from './m'`, `export * as ns from './m'` (imported '*'). */
  from?: { specifier: string; imported: string };
}

/** Where a function's return value comes from, in terms that survive the file. */
export type ReturnSummary =
  /** The token of the current request (a header, cookie, query parameter, bearer dependency). */
  | { kind: 'token'; source: { kind: TokenSourceKind; name: string; strength: 'strong' | 'weak' } }
  /** The claims of a decode it makes: `verified` false for an unverified decode (a wrapper of jwt.decode, jws.decode…). */
  | { kind: 'claims'; verified: boolean; api: string; library: string; tokenParam?: number }
  /** Derived from one of its parameters (`return header.split()[1]`), with the transforms applied. */
  | { kind: 'param'; index: number; name: string; transforms: string[] }
  /** Whatever an imported function returns (resolved by link): `return security.decode(token)`. */
  | { kind: 'call'; callee: string };

/** A function that issues a token: what the token carries and how long it lives. */
export interface IssuerSummary {
  api: string;
  library: string;
  payloadClaims: string[] | null;
  expiresInSeconds?: number;
  tokenType?: JwtOperation['tokenType'];
  /** The lifetime comes from this parameter (`create_access_token(data, expires_delta)`). */
  lifetimeParam?: { index: number; name: string };
  /** The payload is this parameter as given (`jwt.encode(data, KEY)` in `def issue(data)`). */
  payloadParam?: { index: number; name: string };
}

export interface FunctionSummary {
  params: string[];
  returns?: ReturnSummary;
  /** It authenticates the request: verifies a token (a verifying decode, a verify call) or reads one and denies. */
  verifies?: boolean;
  /** Imported functions it hands the token to: it verifies when one of them does (resolved by link). */
  verifiesVia?: string[];
  issues?: IssuerSummary;
}

export interface ModuleFacts {
  imports: ImportBinding[];
  exports: ModuleExport[];
  /** `export * from './m'` (JS/TS). Python's star imports are ImportBindings with local '*'. */
  starExports: string[];
  /** Qualified names (as the walker resolves them) this file uses through its imports. */
  references: string[];
  /** The imported functions it calls with a token argument (a value derived from a parameter matters only there). */
  tokenCalls?: string[];
}

/** What one imported name is, as link resolved it. */
export type ImportedFact =
  /** A router, blueprint or application defined in another module (routes may be registered on it here). */
  | { kind: 'group'; framework: string; file: string; name: string; loc: Loc }
  | { kind: 'function'; summary: ResolvedSummary; file: string; name: string; loc: Loc }
  | {
      kind: 'constant';
      value: Value;
      file: string;
      name: string;
      loc: Loc;
      /** A rule already reports the value where it is defined (a secret setting, a lifetime setting): not again at the use. */
      reportedThere: boolean;
    };

/** A summary with its imported parts resolved: no call-through returns, verification decided. */
export interface ResolvedSummary extends Omit<FunctionSummary, 'returns' | 'verifiesVia'> {
  returns?: Exclude<ReturnSummary, { kind: 'call' }>;
}

/** Handed to a file's second lowering: its imported names, by the qualified name its walker resolves them to. */
export interface ImportedKnowledge {
  names: Record<string, ImportedFact>;
}
