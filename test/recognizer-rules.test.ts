import { describe, expect, it } from 'vitest';
import { scanPython, scanFiles } from './helpers/scan.js';
import { defaultConfig } from '../src/engine/config.js';

const DOUBLE_RELEASE = `
import redis
from flask import request

cache = redis.Redis()


def logout():
    token = request.headers["Authorization"].removeprefix("Bearer ")
    cache.set(f"session:{token}", "1")
    try:
        work()
    except Exception:
        cache.delete(f"session:{token}")
        raise
    finally:
        cache.delete(f"session:{token}")
`;

describe('recognizers whose rules are all off do not run', () => {
  it('records resource events while an exactly-once rule is on', async () => {
    const result = await scanPython(DOUBLE_RELEASE);
    expect(result.models[0]!.functions.some((fn) => (fn.events?.length ?? 0) > 0)).toBe(true);
  });

  it('records none when double-release and release-missing are both off', async () => {
    const config = { ...defaultConfig(), rules: { 'double-release': 'off' as const, TG502: 'off' as const } };
    const result = await scanFiles({ 'app.py': DOUBLE_RELEASE }, config);
    expect(result.models[0]!.functions.every((fn) => (fn.events?.length ?? 0) === 0)).toBe(true);
    expect(result.findings.filter((finding) => finding.ruleId === 'TG501' || finding.ruleId === 'TG502')).toEqual([]);
  });
});
