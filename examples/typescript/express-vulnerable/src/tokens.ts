import jwt from 'jsonwebtoken';
import { JWT_SECRET } from './config.js';

export interface User {
  id: string;
  email: string;
  role: 'customer' | 'admin';
}

/** Access tokens for the single-page app. */
export function issueAccessToken(user: User): string {
  return jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { expiresIn: '30d' });
}

/** Magic sign-in links sent by e-mail. */
export function issueLoginLinkToken(user: User): string {
  return jwt.sign({ sub: user.id, email: user.email }, JWT_SECRET);
}
