import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import { JWT_ISSUER, JWT_SECRET } from './config.js';

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  // the Authorization header only, as the document says: e-mailed PDF links go through the app's sign-in
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Bearer ')) return res.sendStatus(401);
  try {
    res.locals.user = jwt.verify(header.slice(7), JWT_SECRET, { algorithms: ['HS256'], audience: 'invoices-api', issuer: JWT_ISSUER });
  } catch {
    return res.sendStatus(401);
  }
  next();
}
