import express from 'express';
import { invoicesRouter } from './routes/invoices.js';

const app = express();
app.use(express.json());
app.use('/api', invoicesRouter);
app.get('/healthz', (_req, res) => res.send('ok'));

app.listen(Number(process.env.PORT ?? 3000));
