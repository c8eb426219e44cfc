import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import { JWT_SECRET } from './config.js';

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization.split(' ')[1];
  console.log('verifying token', token);
  try {
    res.locals.user = jwt.verify(token, JWT_SECRET);
  } catch (err) {
    console.warn('token verification failed', err);
  }
  next();
}

export function requireAdmin(req: Request, res: Response, next: NextFunction) {
  const token = req.get('authorization')?.replace('Bearer ', '') ?? '';
  const claims = jwt.decode(token) as { role?: string } | null;
  if (claims?.role !== 'admin') return res.sendStatus(403);
  next();
}

export function requireServiceKey(req: Request, res: Response, next: NextFunction) {
  const presented = req.get('x-api-key');
  if (presented !== process.env.SERVICE_API_KEY) return res.sendStatus(401);
  next();
}
