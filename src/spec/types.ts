/**
 * What an OpenAPI 3.x / Swagger 2.0 document says, as the spec rules read it: its
 * operations, their effective security, the security schemes, and where each of these is
 * written (the root document or a file it references), so findings can point into it.
 */
import type { SuppressionComment } from '../model/types.js';

/** A place in a document (1-based), in the root file or in a file one of its `$ref`s reaches. */
export interface SpecLocation {
  /** Relative to the scan root, with `/`. */
  file: string;
  line: number;
  column: number;
}

export type SpecVersion = '2.0' | '3.0' | '3.1';

export interface SecurityScheme {
  name: string;
  /** As written: `http`, `apiKey`, `oauth2`, `openIdConnect`, `mutualTLS` (3.x); `basic`, `apiKey`, `oauth2` (2.0). */
  type: string;
  /** `http` schemes: `bearer`, `basic`…, lower-cased. */
  scheme?: string;
  bearerFormat?: string;
  /** `apiKey` schemes: where the key travels (`header`, `query`, `cookie`) and under which name. */
  in?: string;
  parameterName?: string;
  /** The function that checks the credential: connexion's `x-bearerInfoFunc`, `x-tokenInfoFunc`, `x-apikeyInfoFunc`, `x-basicInfoFunc`. */
  handler?: string;
  loc: SpecLocation;
}

/** One scheme named in a requirement, with the scopes it asks for. */
export interface RequiredScheme {
  name: string;
  scopes: string[];
  loc: SpecLocation;
}

/**
 * One alternative of a `security` list: every scheme it names must pass (AND). No schemes
 * (`{}`) is the anonymous alternative: the operation may be called without credentials.
 */
export interface SecurityRequirement {
  schemes: RequiredScheme[];
  loc: SpecLocation;
}

export interface OperationSecurity {
  /** The alternatives (OR). Empty: the operation has no security. */
  requirements: SecurityRequirement[];
  /** The operation's own `security` (which overrides), the document's, or neither. */
  source: 'operation' | 'document' | 'none';
  /** The `security` key in force, when there is one. */
  loc?: SpecLocation;
}

export interface SpecOperation {
  /** Upper case: GET, POST… */
  method: string;
  /** The path template as written under `paths` (`/users/{id}`). */
  path: string;
  /** URL paths the operation is served under: `servers[].url` (3.x; path and operation level override) or `basePath` (2.0). [''] when none. */
  basePaths: string[];
  operationId?: string;
  /** `x-openapi-router-controller` (connexion, openapi-generator): the module operationId is looked up in. */
  controller?: string;
  security: OperationSecurity;
  /** Names of the query parameters it declares (path-level ones included). */
  queryParameters: string[];
  /** The method key (`get:`). */
  loc: SpecLocation;
}

export interface SpecDocument {
  /** The root document, relative to the scan root. */
  file: string;
  version: SpecVersion;
  /** Every file the document spans: the root and the files its `$ref`s reach. */
  files: string[];
  /** The folder (relative to the root, '' for the root) whose routes the document describes. */
  service: string;
  schemes: SecurityScheme[];
  operations: SpecOperation[];
  /** `$ref`s to remote URLs, never fetched: what they hold is unknown (the document may list more operations). */
  remoteRefs: string[];
  /** An API-gateway extension (`x-amazon-apigateway-…`, `x-google-backend`…): the gateway enforces the security, not the code. */
  gateway?: string;
  /** The `openapi:` / `swagger:` key. */
  loc: SpecLocation;
  /** Suppression comments in the document's YAML files (JSON has no comments). */
  suppressions: { file: string; comments: SuppressionComment[] }[];
}

/** A document that looked like OpenAPI but could not be read: reported as skipped, with the reason. */
export interface SkippedDocument {
  file: string;
  reason: string;
}
