import jwt from 'jsonwebtoken';
import { JWT_ISSUER, JWT_SECRET } from './config.js';

export interface User {
  id: string;
  email: string;
  role: 'customer' | 'admin';
}

/** Access tokens for the single-page app: short-lived, the app refreshes them. */
export function issueAccessToken(user: User): string {
  return jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { algorithm: 'HS256', expiresIn: '15m', audience: 'orders-api', issuer: JWT_ISSUER });
}

/** Magic sign-in links sent by e-mail: valid for ten minutes, for the sign-in endpoint only. */
export function issueLoginLinkToken(user: User): string {
  return jwt.sign({ sub: user.id }, JWT_SECRET, { algorithm: 'HS256', expiresIn: '10m', audience: 'login-link', issuer: JWT_ISSUER });
}
