import type { Config } from '../engine/config.js';
import type { ResourceEvent } from '../model/types.js';

export type ConfiguredResourceCall = { kind: ResourceEvent['kind'] | 'idempotent'; name: string };

/** `resources:` from the config, by each call's last name segment (what a call site shows). */
export function configuredResourceCalls(config: Config): Map<string, ConfiguredResourceCall[]> {
  const configured = new Map<string, ConfiguredResourceCall[]>();
  const add = (kind: ConfiguredResourceCall['kind'], names: string[]): void => {
    for (const name of names) {
      const last = name.split('.').pop()!;
      configured.set(last, [...(configured.get(last) ?? []), { kind, name }]);
    }
  };
  add('acquire', config.resources.acquire);
  add('release', config.resources.release);
  add('idempotent', config.resources.idempotent);
  return configured;
}
