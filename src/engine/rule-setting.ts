/**
 * A rule's setting in a loaded config. Apart from config.ts, which validates the file with
 * zod, so that the scan workers, which only read a config, do not load the validator.
 */
import type { Config } from './config.js';

/** The config's setting for one rule, by id (any case) or by name (the id wins when both are given); undefined: not named. */
export function ruleSetting(config: Config, id: string, name: string): Config['rules'][string] | undefined {
  for (const [key, setting] of Object.entries(config.rules)) if (key.toUpperCase() === id) return setting;
  return config.rules[name];
}
