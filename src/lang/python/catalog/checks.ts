/** Python recognizer: hand-written checks: header splits, comparisons, exception handlers around verification. */
import type { Recognizer } from '../lower.js';

export const checksRecognizer: Recognizer = {};
