/** Related locations for facts that cross files: the definition a finding at a use stands for. */
import type { RawFinding } from '../engine/finding.js';
import type { DefinedIn } from '../model/types.js';

/** `related` naming where something used here is defined in another file; nothing when it is local. */
export function definedThere(definition: DefinedIn | undefined, message: string): Pick<RawFinding, 'related'> {
  return definition ? { related: [{ file: definition.file, line: definition.line, column: definition.column, message }] } : {};
}
