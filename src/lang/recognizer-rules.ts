import type { Config } from '../engine/config.js';
import { ruleSetting } from '../engine/rule-setting.js';

/** A recognizer may say which rules read its facts; when the config turns all of them off, it does not run. */
export interface RuleConsumer {
  /** Rule ids and names ([id, name] pairs) that read this recognizer's facts; absent: always runs. */
  readBy?: [id: string, name: string][];
}

export function activeRecognizers<T extends RuleConsumer>(recognizers: T[], config: Config): T[] {
  return recognizers.filter((recognizer) => !recognizer.readBy || recognizer.readBy.some(([id, name]) => ruleSetting(config, id, name) !== 'off'));
}

/** Modules whose imported names lead to token facts under any local name. */
const SECURITY_MODULE = /^(?:jwt|jose|authlib|itsdangerous|flask_jwt_extended|rest_framework_simplejwt|jsonwebtoken|jws|jwt-simple|jwt-decode|passport-jwt|passport|express-jwt|koa-jwt|@nestjs\/jwt|@fastify\/jwt|@nestjs\/passport|crypto|node:crypto|hmac|secrets)(?:[./]|$)/;

const aliasCache = new WeakMap<Map<string, string>, { size: number; aliases: string[] }>();

/** Local names bound to imports from token libraries (`d` after `from jwt import decode as d`). */
export function securityAliases(imports: Map<string, string>): string[] {
  const cached = aliasCache.get(imports);
  if (cached && cached.size === imports.size) return cached.aliases;
  const aliases = [...imports].filter(([, qualified]) => SECURITY_MODULE.test(qualified)).map(([local]) => local);
  aliasCache.set(imports, { size: imports.size, aliases });
  return aliases;
}
