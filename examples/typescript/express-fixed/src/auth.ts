import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import { JWT_ISSUER, JWT_SECRET } from './config.js';

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization;
  if (!header?.startsWith('Bearer ')) return res.sendStatus(401);
  try {
    res.locals.user = jwt.verify(header.slice(7), JWT_SECRET, { algorithms: ['HS256'], audience: 'orders-api', issuer: JWT_ISSUER });
  } catch {
    return res.sendStatus(401);
  }
  next();
}

/** Runs after requireAuth: reads the verified claims, never the raw token. */
export function requireAdmin(_req: Request, res: Response, next: NextFunction) {
  if (res.locals.user?.role !== 'admin') return res.sendStatus(403);
  next();
}

export function requireServiceKey(req: Request, res: Response, next: NextFunction) {
  const presented = Buffer.from(req.get('x-api-key') ?? '');
  const expected = Buffer.from(process.env.SERVICE_API_KEY ?? '');
  if (expected.length === 0 || presented.length !== expected.length || !timingSafeEqual(presented, expected)) return res.sendStatus(401);
  next();
}
