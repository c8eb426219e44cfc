function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}

/** At least 32 random bytes, from the secret store; the service refuses to start without it. */
export const JWT_SECRET = required('JWT_SECRET');
export const JWT_ISSUER = 'invoices-service';
