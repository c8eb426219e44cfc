import type { TsRecognizer } from '../lower.js';

export const tsChecksRecognizer: TsRecognizer = {};
