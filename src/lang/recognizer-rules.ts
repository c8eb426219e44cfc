import { ruleSetting, type Config } from '../engine/config.js';

/** A recognizer may say which rules read its facts; when the config turns all of them off, it does not run. */
export interface RuleConsumer {
  /** Rule ids and names ([id, name] pairs) that read this recognizer's facts; absent: always runs. */
  readBy?: [id: string, name: string][];
}

export function activeRecognizers<T extends RuleConsumer>(recognizers: T[], config: Config): T[] {
  return recognizers.filter((recognizer) => !recognizer.readBy || recognizer.readBy.some(([id, name]) => ruleSetting(config, id, name) !== 'off'));
}
