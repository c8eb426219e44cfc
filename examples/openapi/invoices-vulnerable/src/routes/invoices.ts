import { Router, type Request, type Response } from 'express';
import { requireAuth } from '../auth.js';

export const invoicesRouter = Router();

const invoices = new Map<string, { id: string; customer: string; total: number }>();

function listInvoices(_req: Request, res: Response) {
  res.json([...invoices.values()]);
}

function getInvoice(req: Request, res: Response) {
  const invoice = invoices.get(String(req.params.id));
  if (!invoice) return res.sendStatus(404);
  res.json(invoice);
}

function createInvoice(req: Request, res: Response) {
  const id = crypto.randomUUID();
  invoices.set(id, { id, customer: String(req.body.customer), total: Number(req.body.total) });
  res.status(201).json({ id });
}

function voidInvoice(req: Request, res: Response) {
  invoices.delete(String(req.params.id));
  res.sendStatus(204);
}

function sendReminder(req: Request, res: Response) {
  res.json({ sent: invoices.has(String(req.params.id)) });
}

function invoicePdf(req: Request, res: Response) {
  if (!invoices.has(String(req.params.id))) return res.sendStatus(404);
  res.type('application/pdf').send(Buffer.from('%PDF-1.7'));
}

function exportInvoices(_req: Request, res: Response) {
  res.type('text/csv').send([...invoices.values()].map((invoice) => `${invoice.id},${invoice.customer},${invoice.total}`).join('\n'));
}

invoicesRouter.get('/invoices', requireAuth, listInvoices);
invoicesRouter.post('/invoices', requireAuth, createInvoice);
// the finance team's export: nobody put it in the document
// (registered before /invoices/:id, which would answer it otherwise)
invoicesRouter.get('/invoices/export', requireAuth, exportInvoices);
invoicesRouter.get('/invoices/:id', requireAuth, getInvoice);
// requireAuth was lost in a refactor; the document still says bearerAuth
invoicesRouter.delete('/invoices/:id', voidInvoice);
invoicesRouter.post('/invoices/:id/reminders', requireAuth, sendReminder);
invoicesRouter.get('/invoices/:id/pdf', requireAuth, invoicePdf);
