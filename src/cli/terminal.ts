/**
 * What the terminal allows: colour on a TTY only, unless NO_COLOR or FORCE_COLOR say
 * otherwise (FORCE_COLOR wins, as in Node itself); progress only on an interactive
 * stderr outside CI, unless asked for.
 */

export type Env = Record<string, string | undefined>;

function isSet(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

/** Whether to colour output written to a stream with this TTY state. */
export function colourEnabled(isTTY: boolean | undefined, env: Env): boolean {
  if (isSet(env.FORCE_COLOR)) return !['0', 'false'].includes(env.FORCE_COLOR.toLowerCase());
  if (isSet(env.NO_COLOR)) return false;
  if (env.TERM === 'dumb') return false;
  return isTTY === true;
}

/** CI logs are not terminals, even when a runner allocates a pseudo-terminal. */
export function inCI(env: Env): boolean {
  return (isSet(env.CI) && !['0', 'false'].includes(env.CI.toLowerCase())) || isSet(env.GITHUB_ACTIONS) || isSet(env.BUILD_NUMBER);
}
