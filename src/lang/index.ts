import type { Language } from '../engine/finding.js';
import type { FrontEnd } from './types.js';
import { pythonFrontEnd } from './python/index.js';
import { javascriptFrontEnd, typescriptFrontEnd } from './typescript/index.js';

/** The front end for each language the engine analyses. */
export const FRONT_ENDS: Partial<Record<Language, FrontEnd>> = {
  python: pythonFrontEnd,
  typescript: typescriptFrontEnd,
  javascript: javascriptFrontEnd,
};
