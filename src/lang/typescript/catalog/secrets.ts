import type { TsRecognizer } from '../lower.js';

export const tsSecretsRecognizer: TsRecognizer = {};
