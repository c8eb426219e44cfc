export const JWT_SECRET = process.env.JWT_SECRET || 'secret';
export const FRONTEND_URL = process.env.FRONTEND_URL ?? 'http://localhost:5173';
