import { correlate } from '../spec/match.js';
import type { RequiredScheme, SpecDocument } from '../spec/types.js';
import { documentsOf, operationLabel, relatedRoute } from './spec-routes.js';
import type { RepositoryRule } from './types.js';

/** A security requirement that names a scheme the document never defines. */
export const specUndefinedScheme: RepositoryRule = {
  id: 'TG804',
  name: 'spec-undefined-scheme',
  category: 'spec-mismatch',
  severity: 'medium',
  languages: ['python', 'typescript', 'javascript'],
  scope: 'repository',
  readsSpecs: true,
  docs: {
    what: "Finds a `security` requirement (the document's or an operation's) that names a scheme the OpenAPI or Swagger document does not define under `components.securitySchemes` (`securityDefinitions` in Swagger 2.0): a typo (`bearerAuht`), a scheme renamed on one side, or one defined in another document. The finding points into the document, with the routes the requirement should protect as related locations. A `$ref`'d scheme counts as defined.",
    why: 'A requirement on an undefined scheme protects nothing that reads the document: gateways and frameworks that enforce the document (connexion) fail or skip it, generated clients do not know which credentials to send, and readers assume a protection that is not described anywhere. The document validates, so nobody notices.',
    fix: 'Name a scheme the document defines, or define the scheme (its `type`, and for bearer tokens `scheme: bearer`) under `components.securitySchemes`.',
    fixShort: 'Name a defined security scheme, or define it under components.securitySchemes.',
    leavesAlone: [
      { what: 'Requirements that name a scheme the document defines (also through a `$ref`).', tag: 'defined-scheme', languages: ['python'] },
    ],
    examples: [
      {
        language: 'yaml',
        bad: ['components:', '  securitySchemes:', '    bearerAuth: {type: http, scheme: bearer}', 'security:', '  - bearerAuht: []'].join('\n'),
        good: ['components:', '  securitySchemes:', '    bearerAuth: {type: http, scheme: bearer}', 'security:', '  - bearerAuth: []'].join('\n'),
      },
    ],
  },
  check(models, context) {
    const findings = [];
    for (const document of documentsOf(context)) {
      const defined = new Set(document.schemes.map((scheme) => scheme.name));
      const correlation = correlate(document, models);
      // one finding per place the name is written: the document's security is in force on many operations
      const places = new Map<string, { scheme: RequiredScheme; routes: ReturnType<typeof relatedRoute>[] }>();
      for (const { operation, routes } of correlation.operations) {
        for (const requirement of operation.security.requirements) {
          for (const scheme of requirement.schemes) {
            if (defined.has(scheme.name)) continue;
            const key = `${scheme.loc.file}:${scheme.loc.line}:${scheme.loc.column}`;
            const place = places.get(key) ?? { scheme, routes: [] };
            for (const candidate of routes) place.routes.push(relatedRoute(candidate, `${operationLabel(operation)} is served here`));
            places.set(key, place);
          }
        }
      }
      for (const { scheme, routes } of places.values()) {
        findings.push({
          file: scheme.loc.file,
          line: scheme.loc.line,
          column: scheme.loc.column,
          message: `The security requirement names "${scheme.name}", which ${document.file} does not define under ${container(document)}${defined.size ? ` (it defines ${[...defined].join(', ')})` : ''}: tools that enforce or read the document cannot apply it.`,
          ...(routes.length ? { related: routes.slice(0, 5) } : {}),
        });
      }
    }
    return findings;
  },
};

function container(document: SpecDocument): string {
  return document.version === '2.0' ? '`securityDefinitions`' : '`components.securitySchemes`';
}
