/** Python recognizer: Flask, FastAPI and Django/DRF routes and their authentication evidence. */
import type { Recognizer } from '../lower.js';

export const routesRecognizer: Recognizer = {};
