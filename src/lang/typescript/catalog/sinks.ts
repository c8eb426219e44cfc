import type { TsRecognizer } from '../lower.js';

export const tsSinksRecognizer: TsRecognizer = {};
