import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { FRONTEND_URL, JWT_ISSUER, JWT_SECRET } from '../config.js';
import { findUserByEmail, findUser } from '../store.js';
import { issueAccessToken, issueLoginLinkToken } from '../tokens.js';
import { sendMail } from '../mail.js';

export const session = Router();

session.post('/login-link', async (req, res) => {
  const user = await findUserByEmail(req.body.email);
  // the link opens the app, which posts the code from the URL fragment: it never reaches a server log
  if (user) await sendMail(user.email, `${FRONTEND_URL}/magic#code=${issueLoginLinkToken(user)}`);
  res.sendStatus(202);
});

session.post('/magic', async (req, res) => {
  const code = String(req.body.code ?? '');
  try {
    const claims = jwt.verify(code, JWT_SECRET, { algorithms: ['HS256'], audience: 'login-link', issuer: JWT_ISSUER }) as { sub: string };
    const user = await findUser(claims.sub);
    res.cookie('access_token', issueAccessToken(user), { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 15 * 60 * 1000 });
    res.sendStatus(204);
  } catch {
    res.status(401).json({ error: 'invalid or expired sign-in link' });
  }
});
