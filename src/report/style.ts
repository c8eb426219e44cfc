/**
 * Terminal styles (SGR sequences) for the text report and the CLI's own output; with
 * colour off every style is the identity, so the same code writes files and pipes.
 * Whether colour is on is the adapter's decision (TTY, NO_COLOR, FORCE_COLOR).
 */
import type { Severity } from '../engine/finding.js';

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  magenta(text: string): string;
  severity(severity: Severity, text: string): string;
}

function sgr(open: number, close: number): (text: string) => string {
  return (text) => (text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`);
}

const identity = (text: string): string => text;

export function makeStyle(color: boolean): Style {
  if (!color) return { bold: identity, dim: identity, red: identity, yellow: identity, green: identity, cyan: identity, magenta: identity, severity: (_severity, text) => text };
  const bold = sgr(1, 22);
  const red = sgr(31, 39);
  const yellow = sgr(33, 39);
  const cyan = sgr(36, 39);
  const bySeverity: Record<Severity, (text: string) => string> = { critical: (text) => bold(red(text)), high: red, medium: yellow, low: cyan };
  return { bold, dim: sgr(2, 22), red, yellow, green: sgr(32, 39), cyan, magenta: sgr(35, 39), severity: (severity, text) => bySeverity[severity](text) };
}
