import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { FRONTEND_URL, JWT_SECRET } from '../config.js';
import { findUserByEmail, findUser } from '../store.js';
import { issueAccessToken, issueLoginLinkToken } from '../tokens.js';
import { sendMail } from '../mail.js';

export const session = Router();

session.post('/login-link', async (req, res) => {
  const user = await findUserByEmail(req.body.email);
  if (user) await sendMail(user.email, `${FRONTEND_URL}/magic?token=${issueLoginLinkToken(user)}`);
  res.sendStatus(202);
});

session.get('/magic', async (req, res) => {
  const token = req.query.token as string;
  try {
    const claims = jwt.verify(token, JWT_SECRET) as { sub: string };
    const user = await findUser(claims.sub);
    const access = issueAccessToken(user);
    res.cookie('access_token', access, { maxAge: 30 * 24 * 3600 * 1000 });
    res.redirect(`${FRONTEND_URL}/app`);
  } catch {
    res.status(401).json({ error: 'invalid login link', token });
  }
});
