import type { TsRecognizer } from '../lower.js';

export const tsResourcesRecognizer: TsRecognizer = {};
