import { Router } from 'express';
import { Redis } from 'ioredis';
import { requireAdmin, requireAuth } from '../auth.js';
import { listOrders, getOrder, createOrder, deleteOrder } from '../store.js';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');
export const orders = Router();

// every route below needs a verified token
orders.use(requireAuth);

orders.get('/orders', async (_req, res) => {
  const key = `orders:${res.locals.user.sub}`;
  const cached = await redis.get(key);
  if (cached) return res.type('json').send(cached);
  const body = JSON.stringify(await listOrders(res.locals.user.sub));
  await redis.set(key, body, 'EX', 60);
  res.type('json').send(body);
});

orders.get('/orders/:id', async (req, res) => {
  res.json(await getOrder(req.params.id));
});

orders.post('/orders', async (req, res) => {
  res.status(201).json(await createOrder(res.locals.user.sub, req.body));
});

orders.delete('/orders/:id', async (req, res) => {
  await deleteOrder(req.params.id);
  res.sendStatus(204);
});

orders.get('/admin/orders', requireAdmin, async (_req, res) => {
  res.json(await listOrders());
});
