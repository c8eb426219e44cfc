// Report exports with per-session leases in Redis: a tokengate demo of TG501 and TG502.
//
// - leaseMiddleware deletes the lease in its catch and again in the res.on('finish')
//   listener it registered: a failing request releases the lease twice (TG501);
// - retryExport takes a retry slot and gives it back only when the export succeeds
//   (TG502).
const express = require('express');
const Redis = require('ioredis');
const jwt = require('jsonwebtoken');

const app = express();
const redis = new Redis();
const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY;

function verifiedClaims(req) {
  const header = req.headers.authorization || '';
  if (!header.startsWith('Bearer ')) throw new Error('missing bearer token');
  return jwt.verify(header.slice(7), PUBLIC_KEY, { algorithms: ['RS256'], audience: 'reports' });
}

async function leaseMiddleware(req, res, next) {
  let claims;
  try {
    claims = verifiedClaims(req);
  } catch (err) {
    return res.status(401).json({ error: 'invalid token' });
  }
  const lease = `export-lease:${claims.sid}`;
  if (!(await redis.set(lease, '1', 'EX', 300, 'NX'))) {
    return res.status(409).json({ error: 'an export is already running' });
  }
  res.on('finish', () => {
    // TG501: on a failed export the catch below has already deleted the lease; by the
    // time the response finishes, a new export of the same session may hold it
    redis.del(lease);
  });
  try {
    req.claims = claims;
    await reserveQuota(claims.sub);
    next();
  } catch (err) {
    await redis.del(lease);
    next(err);
  }
}

async function retryExport(req, res) {
  const claims = verifiedClaims(req);
  const slot = `retry-slot:${claims.sub}`;
  await redis.incr(slot); // TG502: runExport throwing leaves the slot taken for good
  const result = await runExport(claims.sub);
  await redis.decr(slot);
  res.json({ export: result });
}

app.post('/exports', leaseMiddleware, async (req, res) => {
  res.json({ export: await runExport(req.claims.sub) });
});
app.post('/exports/retry', retryExport);

async function reserveQuota(subject) {
  if (!subject) throw new Error('no quota');
}

async function runExport(subject) {
  if (!subject) throw new Error('export failed');
  return `exports/${subject}.csv`;
}

module.exports = app;
