/** Python recognizer: acquire/release of token-keyed resources (exactly-once rules). */
import type { Recognizer } from '../lower.js';

export const resourcesRecognizer: Recognizer = {};
