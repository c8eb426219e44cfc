/**
 * Route paths that are public by design: sign-in, sign-up and token endpoints, password-reset
 * requests, OAuth callbacks, published keys, health, docs, static files, routes named public
 * or anonymous.
 */
const PUBLIC_SEGMENT =
  /^(?:login|logout|signin|sign-in|signup|sign-up|register|registration|token|access-token|access_token|refresh|refresh-token|refresh_token|oauth|callback|forgot-password|forgot_password|reset-password|reset_password|password-reset|password_reset|docs|redoc|openapi|openapi\.json|swagger|swagger-ui|static|assets|public|anonymous|favicon\.ico|robots\.txt|\.well-known|jwks|jwks\.json)$/i;
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

/** Collections whose POST creates an account: sign-up by design when nothing else marks them private. */
const ACCOUNT_COLLECTION = /^(?:users?|accounts?|members?|customers?|registrations?)$/i;
const PRIVATE_SEGMENT = /^(?:admin|admins|private|internal|manage|management|staff|backoffice)$/i;

/** `POST /users`, `POST /api/accounts/`: a sign-up endpoint (not `/admin/users`, not `/users/{id}`). */
export function isSignUpRoute(method: string, path: string): boolean {
  if (method.toUpperCase() !== 'POST') return false;
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0 || segments.some(isParameter) || segments.some((segment) => PRIVATE_SEGMENT.test(segment))) return false;
  return ACCOUNT_COLLECTION.test(segments[segments.length - 1]!);
}
