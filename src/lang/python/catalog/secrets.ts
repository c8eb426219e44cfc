/** Python recognizer: secret and key bindings, lifetimes (flask-jwt-extended, simplejwt settings). */
import type { Recognizer } from '../lower.js';

export const secretsRecognizer: Recognizer = {};
