import { describe, expect, it } from 'vitest';
import { isPublicRoutePath } from '../src/model/routes.js';

describe('isPublicRoutePath', () => {
  it.each(['/login', '/auth/login', '/api/v1/token', '/healthz', '/status', '/api/health', '/docs', '/openapi.json', '/static/app.css', '/.well-known/jwks.json', '/oauth/callback', '/reset-password/new-password', '/auth/register/confirm'])('%s is public', (path) => {
    expect(isPublicRoutePath(path)).toBe(true);
  });
  it.each(['/', '/users', '/users/:id', '/jobs/:id/status', '/orders/{order_id}/version', '/admin/metrics/<name>', '/api/tokens/revoke', '/account/settings', '/users/:id/password'])('%s is not public', (path) => {
    expect(isPublicRoutePath(path)).toBe(false);
  });
});
