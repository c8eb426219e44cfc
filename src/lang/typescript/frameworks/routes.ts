/** JS/TS recognizer: Express, NestJS, Fastify and Next.js routes and their authentication evidence. */
import type { TsRecognizer } from '../lower.js';

export const tsRoutesRecognizer: TsRecognizer = {};
