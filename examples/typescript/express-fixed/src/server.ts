import express from 'express';
import cookieParser from 'cookie-parser';
import { requireServiceKey } from './auth.js';
import { orders } from './routes/orders.js';
import { session } from './routes/session.js';

const app = express();
app.use(express.json());
app.use(cookieParser());
app.use('/api', orders);
app.use('/session', session);
app.post('/internal/reindex', requireServiceKey, (_req, res) => res.sendStatus(202));

app.listen(Number(process.env.PORT ?? 3000));
