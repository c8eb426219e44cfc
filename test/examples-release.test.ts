/**
 * examples/release: each service shows the double release and the missing release its
 * README names, at the lines named, and nothing else.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/engine/config.js';
import { scan } from '../src/engine/scan.js';
import { REPO_ROOT } from './helpers/scan.js';
import { RULES } from '../src/rules/index.js';

describe('examples/release', () => {
  it('finds TG501 and TG502 in the FastAPI and the Express service', async () => {
    const result = await scan({ rules: RULES, root: path.join(REPO_ROOT, 'examples', 'release'), config: defaultConfig() });
    expect(result.skipped).toEqual([]);
    expect(result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId}`).sort()).toEqual([
      'express/app.js:35 TG501',
      'express/app.js:50 TG502',
      'fastapi/main.py:51 TG501',
      'fastapi/main.py:64 TG502',
    ]);
    const listener = result.findings.find((finding) => finding.file === 'express/app.js' && finding.ruleId === 'TG501')!;
    expect(listener.related?.map((related) => related.line)).toEqual([42]);
  });
});
