/** Route paths that are public by design: sign-in and token endpoints, health, docs, static files. */
const PUBLIC_SEGMENT = /^(?:login|logout|signin|sign-in|signup|sign-up|register|token|refresh|oauth|callback|forgot-password|reset-password|health|healthz|healthcheck|ready|readyz|readiness|live|livez|liveness|ping|status|version|docs|redoc|openapi|openapi\.json|swagger|swagger-ui|static|assets|public|favicon\.ico|robots\.txt|\.well-known|metrics)$/i;

/** True when a path's last literal segment names a public endpoint (`/auth/login`, `/healthz`, `/docs`). */
export function isPublicRoutePath(path: string): boolean {
  const segments = path.split('/').filter((segment) => segment && !segment.startsWith(':') && !segment.startsWith('{') && !segment.startsWith('<') && !segment.startsWith('['));
  if (segments.length === 0) return false;
  return PUBLIC_SEGMENT.test(segments[segments.length - 1]!) || /^(?:static|assets|public|docs|\.well-known)$/i.test(segments[0]!);
}
