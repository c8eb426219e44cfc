import type { TsRecognizer } from '../lower.js';

export const tsJwtRecognizer: TsRecognizer = {};
