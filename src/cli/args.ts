/**
 * Command-line arguments: a small parser so that every mistake gets a message of our
 * own ("tokengate: unknown option "--fromat" (did you mean "--format"?)"), with the
 * same quotes throughout, and each command's help is generated from its options.
 */
import { closest } from '../engine/config.js';

export { closest };

/** A mistake on the command line: exit 2 with a one-line message and the help hint. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The value's placeholder in help, e.g. FILE. */
  value?: string;
  help: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseArguments(args: readonly string[], specs: OptionSpecs, where: string): ParsedArgs {
  const values: ParsedArgs['values'] = {};
  const positionals: string[] = [];
  const byShort = new Map(Object.entries(specs).flatMap(([name, spec]) => (spec.short ? [[spec.short, name] as const] : [])));
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--') {
      positionals.push(...args.slice(index + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const equals = arg.indexOf('=');
      name = equals >= 0 ? arg.slice(2, equals) : arg.slice(2);
      inline = equals >= 0 ? arg.slice(equals + 1) : undefined;
    } else {
      const short = byShort.get(arg.slice(1));
      if (!short) throw new UsageError(`unknown option "${arg}" for ${where}`);
      name = short;
    }
    const spec = specs[name];
    if (!spec) {
      const hint = closest(name, Object.keys(specs));
      throw new UsageError(`unknown option "--${name}" for ${where}${hint ? ` (did you mean "--${hint}"?)` : ''}`);
    }
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`option "--${name}" takes no value (found "${arg}")`);
      values[name] = true;
      continue;
    }
    const value = inline ?? args[index + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`option "--${name}" needs a value${spec.value ? ` (${spec.value})` : ''}`);
    if (inline === undefined) index++;
    values[name] = value;
  }
  return { values, positionals };
}

/** The options block of a command's help. */
export function optionsHelp(specs: OptionSpecs): string {
  const rows = Object.entries(specs).map(([name, spec]) => [`${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${spec.value}` : ''}`, spec.help] as const);
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return rows
    .map(([flag, help]) => {
      const [first, ...rest] = help.split('\n');
      return [`  ${flag.padEnd(width)}${first}`, ...rest.map((line) => `  ${' '.repeat(width)}${line}`)].join('\n');
    })
    .join('\n');
}
