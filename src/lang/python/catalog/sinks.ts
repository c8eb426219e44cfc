/** Python recognizer: token-derived values reaching logs, URLs, responses, cache keys and hash(). */
import type { Recognizer } from '../lower.js';

export const sinksRecognizer: Recognizer = {};
