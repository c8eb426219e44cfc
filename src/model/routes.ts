/** Route paths that are public by design: sign-in and token endpoints, health, docs, static files. */
const PUBLIC_SEGMENT = /^(?:login|logout|signin|sign-in|signup|sign-up|register|token|refresh|oauth|callback|forgot-password|reset-password|docs|redoc|openapi|openapi\.json|swagger|swagger-ui|static|assets|public|favicon\.ico|robots\.txt|\.well-known)$/i;
/** Service-health words: public as an endpoint of the service, not as a resource's sub-path (`/jobs/:id/status`). */
const HEALTH_SEGMENT = /^(?:health|healthz|healthcheck|ready|readyz|readiness|live|livez|liveness|ping|status|version|metrics)$/i;
const PUBLIC_PREFIX = /^(?:static|assets|public|docs|\.well-known)$/i;
/** Steps of signing in or recovering an account: what comes under them is the same flow (`/reset-password/new-password`). */
const SIGN_IN_FLOW = /^(?:login|signin|sign-in|signup|sign-up|register|forgot-password|reset-password|password-reset)$/i;

function isParameter(segment: string): boolean {
  return segment.startsWith(':') || segment.startsWith('{') || segment.startsWith('<') || segment.startsWith('[');
}

/** True when a path names a public endpoint (`/auth/login`, `/healthz`, `/docs`, `/static/app.css`). */
export function isPublicRoutePath(path: string): boolean {
  const raw = path.split('/').filter(Boolean);
  const segments = raw.filter((segment) => !isParameter(segment));
  if (segments.length === 0) return false;
  const last = segments[segments.length - 1]!;
  if (HEALTH_SEGMENT.test(last)) return !raw.some(isParameter);
  return PUBLIC_SEGMENT.test(last) || PUBLIC_PREFIX.test(segments[0]!) || segments.slice(0, -1).some((segment) => SIGN_IN_FLOW.test(segment));
}
