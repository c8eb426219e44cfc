/**
 * Shared by hardcoded-secret and weak-secret: what a recorded secret literal is, and how
 * to describe it without repeating it.
 *
 * Policy (one finding per binding, never two for the same literal):
 * - a literal written as the secret itself (setting, constant used as a key, key argument)
 *   is hardcoded-secret, whatever its strength; the message says when it is also weak;
 * - a literal that is only the fallback of an environment lookup is weak-secret when it
 *   is short or a known placeholder (the deployment silently runs with a guessable key
 *   when the variable is missing), and hardcoded-secret when it looks like a real secret.
 */
import type { RawFinding } from '../engine/finding.js';
import type { SecretBinding } from '../model/types.js';
import { definedThere } from './related.js';

/** HS256 needs a key of at least 256 bits (RFC 7518 §3.2). */
export const MIN_SECRET_BYTES = 32;

const PLACEHOLDERS = new Set([
  'secret',
  'secretkey',
  'secret-key',
  'secret_key',
  'mysecret',
  'my-secret',
  'my_secret',
  'mysecretkey',
  'supersecret',
  'super-secret',
  'super_secret',
  'jwtsecret',
  'jwt-secret',
  'jwt_secret',
  'changeme',
  'change-me',
  'change_me',
  'changeit',
  'dev',
  'development',
  'test',
  'testing',
  'default',
  'password',
  'key',
  'todo',
  'xxx',
  'dummy',
  'example',
  'insecure',
  'replaceme',
  'replace-me',
  'notasecret',
  'not-a-secret',
  'shhh',
  'abc123',
  '123456',
]);
const PLACEHOLDER_PATTERN = /^django-insecure-|change[-_ ]?(?:me|this|it)|replace[-_ ]?(?:me|this|with)|your[-_ ]?(?:own[-_ ]?)?(?:secret|key|jwt|token)|insecure|placeholder|not[-_ ]?(?:a[-_ ]?)?secret|^(?:dev|test|dummy|fake|sample|example|default)[-_ ]?(?:secret|key|token)/i;

export type LiteralBinding = SecretBinding & { literal: string };

/** The literal of a binding: the value itself, or the fallback of an env lookup. */
export function literalOf(binding: SecretBinding): string | undefined {
  const value = binding.value.kind === 'env' ? binding.value.fallback : binding.value;
  return value?.kind === 'string' && value.value.trim() !== '' ? value.value : undefined;
}

export function isPlaceholder(literal: string): boolean {
  return PLACEHOLDERS.has(literal.trim().toLowerCase()) || PLACEHOLDER_PATTERN.test(literal.trim());
}

export function byteLength(literal: string): number {
  return Buffer.byteLength(literal, 'utf8');
}

/** Why a literal is guessable, or undefined when it is not (long and no placeholder). */
export function weakness(literal: string): string | undefined {
  if (isPlaceholder(literal)) return `a well-known placeholder`;
  const bytes = byteLength(literal);
  if (bytes < MIN_SECRET_BYTES) return `shorter than the ${MIN_SECRET_BYTES} bytes an HMAC key needs`;
  return undefined;
}

export function isEnvFallback(binding: SecretBinding): boolean {
  return binding.value.kind === 'env';
}

/** Bindings with a usable literal, outside reject lists. */
export function literalBindings(bindings: SecretBinding[]): LiteralBinding[] {
  const result: LiteralBinding[] = [];
  for (const binding of bindings) {
    if (binding.rejectList) continue;
    const literal = literalOf(binding);
    if (literal !== undefined) result.push({ ...binding, literal });
  }
  return result;
}

/** The binding's name as the start of a sentence. */
export function subject(binding: SecretBinding): string {
  // descriptive names ('the key passed to jwt.decode') start a sentence; code names stay as written
  return binding.name.startsWith('the ') ? `The${binding.name.slice(3)}` : binding.name;
}

/** Where an imported constant is written, and the key that keeps its findings to one per repository. */
export function definition(binding: SecretBinding): Pick<RawFinding, 'related' | 'once'> {
  if (!binding.definedIn) return {};
  const { file, line, column, name } = binding.definedIn;
  return { ...definedThere(binding.definedIn, `${name} is written here`), once: `${file}:${line}:${column}` };
}

/** The variable an env fallback reads. */
export function envName(binding: SecretBinding): string {
  return binding.value.kind === 'env' ? binding.value.name : '?';
}
