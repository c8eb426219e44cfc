/**
 * What the spec-mismatch rules share: the documents in the context, how a route and an
 * operation are named in messages, and the related location that points at the other side
 * (the document from a route, the route from a document).
 */
import type { RawFinding } from '../engine/finding.js';
import type { FileModel, RouteModel } from '../model/types.js';
import type { CodeRoute } from '../spec/match.js';
import type { SpecDocument, SpecLocation, SpecOperation } from '../spec/types.js';
import type { RuleContext } from './types.js';
import { codeAuthentication } from './missing-auth-route.js';

export function documentsOf(context: RuleContext): readonly SpecDocument[] {
  return context.specs ?? [];
}

export type Related = NonNullable<RawFinding['related']>[number];

export function relatedAt(loc: SpecLocation, message: string): Related {
  return { file: loc.file, line: loc.line, column: loc.column, message };
}

export function relatedRoute(candidate: CodeRoute, message: string): Related {
  return { file: candidate.model.file, line: candidate.route.loc.line, column: candidate.route.loc.column, message };
}

/** `GET /users/{id}` */
export function operationLabel(operation: SpecOperation): string {
  return `${operation.method} ${operation.basePaths[0] ?? ''}${operation.path}`;
}

/** `DELETE /orders/:id (deleteOrder)` */
export function routeLabel(route: RouteModel): string {
  return `${route.method} ${route.path} (${route.handler})`;
}

export function where(loc: SpecLocation): string {
  return `${loc.file}:${loc.line}`;
}

/**
 * Whether the code itself authenticates a route. A connexion route's `spec` evidence is the
 * document's own security: it counts as enforcement (connexion enforces it) but not as
 * authentication written in code.
 */
export function codeAuthenticators(models: FileModel[]): { enforced: (candidate: CodeRoute) => boolean; inCode: (candidate: CodeRoute) => boolean } {
  const covered = codeAuthentication(models);
  return {
    enforced: (candidate) => covered(candidate.route, candidate.model),
    inCode: (candidate) => {
      const own = candidate.route.auth.filter((evidence) => evidence.kind !== 'spec');
      return own.length > 0 || covered({ ...candidate.route, auth: own }, candidate.model);
    },
  };
}
