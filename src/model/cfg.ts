/**
 * Language-neutral control-flow graphs: a small builder the front ends share, path
 * enumeration (for tests and descriptions), and the acquire/release path analysis the
 * exactly-once rules (double-release, release-missing) run over.
 *
 * The analysis explores (node, state) pairs breadth-first: a state maps each resource key
 * to whether it is held or was released (and by which event), plus whether an exception
 * was raised on the way. Exploring states instead of paths keeps it bounded (loops reach
 * a fixed point) while staying path-sensitive about the events; a parent pointer per
 * visited pair gives back the shortest witness path for the message.
 */
import type { Cfg, CfgNode, Loc, ResourceEvent } from './types.js';

/** Where control goes from a statement, other than to the next one. */
export interface CfgContext {
  /** Where an exception raised here goes (a handler dispatch, a finally copy, raise-exit). */
  raise: () => number;
  ret: () => number;
  brk?: () => number;
  cont?: () => number;
  /** Marks nodes inside handlers and finally copies, for messages. */
  label?: 'except' | 'finally';
}

/** A node id made on first use (finally copies nobody reaches are never built). */
export function lazy(make: () => number): () => number {
  let id: number | undefined;
  return () => (id ??= make());
}

/**
 * A try with a finally block: falling through runs one copy of it, and every other way out
 * of the try (raise, return, break, continue) runs its own copy before going on.
 * `buildFinally(next, ctx)` builds one copy leading to `next`.
 */
export function throughFinally(ctx: CfgContext, next: number, buildFinally: (next: number, ctx: CfgContext) => number): { afterTry: number; inner: CfgContext } {
  const finallyCtx: CfgContext = { ...ctx, label: 'finally' };
  const copy = (continuation: () => number) => lazy(() => buildFinally(continuation(), finallyCtx));
  return {
    afterTry: buildFinally(next, finallyCtx),
    inner: {
      raise: copy(ctx.raise),
      ret: copy(ctx.ret),
      ...(ctx.brk ? { brk: copy(ctx.brk) } : {}),
      ...(ctx.cont ? { cont: copy(ctx.cont) } : {}),
      ...(ctx.label ? { label: ctx.label } : {}),
    },
  };
}

/** Appends nodes and edges; front ends drive it while they walk a function body. */
export class CfgBuilder {
  readonly nodes: CfgNode[] = [];
  readonly entry: number;
  readonly exit: number;
  readonly raiseExit: number;

  constructor(loc?: Loc) {
    this.entry = this.add('entry', loc);
    this.exit = this.add('exit', loc);
    this.raiseExit = this.add('raise-exit', loc);
  }

  add(kind: CfgNode['kind'], loc?: Loc, label?: string): number {
    const id = this.nodes.length;
    this.nodes.push({ id, kind, ...(loc ? { loc } : {}), events: [], succ: [], exc: [], ...(label ? { label } : {}) });
    return id;
  }

  node(id: number): CfgNode {
    return this.nodes[id]!;
  }

  edge(from: number, to: number): void {
    const succ = this.nodes[from]!.succ;
    if (!succ.includes(to)) succ.push(to);
  }

  excEdge(from: number, targets: readonly number[]): void {
    const exc = this.nodes[from]!.exc;
    for (const target of targets) if (!exc.includes(target)) exc.push(target);
  }

  /**
   * Places each event in the statement node whose source range holds its offset: the
   * smallest such range, and every node with that range (finally bodies are copied per exit).
   */
  placeEvents(events: readonly ResourceEvent[], ranges: readonly [id: number, start: number, end: number][]): void {
    for (const event of events) {
      const offset = event.offset;
      if (offset === undefined) continue;
      let best: [number, number] | undefined;
      for (const [, start, end] of ranges) {
        if (offset >= start && offset < end && (!best || end - start < best[1] - best[0])) best = [start, end];
      }
      if (!best) continue;
      for (const [id, start, end] of ranges) if (start === best[0] && end === best[1]) this.nodes[id]!.events.push(event);
    }
    for (const node of this.nodes) if (node.events.length > 1) node.events.sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0));
  }

  finish(): Cfg {
    return { nodes: this.nodes, entry: this.entry, exit: this.exit, raiseExit: this.raiseExit };
  }
}

// ---- paths ----

/**
 * Every path from entry to exit or raise-exit, each node at most `maxVisits` times per path
 * (2 lets a loop body run once and leave). For tests and small functions only.
 */
export function enumeratePaths(cfg: Cfg, maxVisits = 2, limit = 1000): number[][] {
  const paths: number[][] = [];
  const visits = new Map<number, number>();
  const path: number[] = [];
  // depth-first with an explicit stack: a function of thousands of statements is a path that long
  const stack: { id: number; next: number[]; index: number }[] = [];
  const enter = (id: number): void => {
    const seen = visits.get(id) ?? 0;
    if (seen >= maxVisits) return;
    visits.set(id, seen + 1);
    path.push(id);
    const node = cfg.nodes[id]!;
    const done = node.kind === 'exit' || node.kind === 'raise-exit';
    if (done) paths.push([...path]);
    stack.push({ id, next: done ? [] : [...new Set([...node.succ, ...node.exc])], index: 0 });
  };
  enter(cfg.entry);
  while (stack.length && paths.length < limit) {
    const top = stack.at(-1)!;
    if (top.index < top.next.length) {
      enter(top.next[top.index++]!);
      continue;
    }
    stack.pop();
    path.pop();
    visits.set(top.id, visits.get(top.id)! - 1);
  }
  return paths;
}

/**
 * A path as text: statement lines, `!` after a line whose exception edge was taken,
 * `F` before lines of a finally copy, ending in `exit` or `raise`. E.g. "2 3! 6 F8 raise".
 */
export function pathToText(cfg: Cfg, path: readonly number[]): string {
  const parts: string[] = [];
  path.forEach((id, index) => {
    const node = cfg.nodes[id]!;
    if (node.kind === 'entry' || (node.kind === 'handler' && !node.loc)) return;
    if (node.kind === 'exit') return void parts.push('exit');
    if (node.kind === 'raise-exit') return void parts.push('raise');
    const next = path[index + 1];
    const viaException = next !== undefined && node.exc.includes(next) && !node.succ.includes(next);
    const prefix = node.label === 'finally' ? 'F' : '';
    parts.push(`${prefix}${node.loc?.line ?? '?'}${viaException ? '!' : ''}`);
  });
  return parts.join(' ');
}

// ---- acquire / release analysis ----

export interface Held {
  /**
   * 'attempted': the acquire or release call raised, or a tested acquire failed: the key
   * is neither held (no leak) nor released (a later release is not a second one).
   */
  status: 'acquired' | 'released' | 'attempted';
  event: ResourceEvent;
  /** The node that holds the event (for its label: in finally, in except). */
  nodeId: number;
}

export interface State {
  keys: Map<string, Held>;
  /** An exception was raised on the way here (the path went through an exception edge). */
  raised: boolean;
}

interface Visit {
  nodeId: number;
  state: State;
  parent: number;
  viaException: boolean;
}

export interface ExploreHooks {
  /** A release of a key whose last event on this path was a release (not idempotent). */
  onDoubleRelease?(first: Held, second: ResourceEvent, secondNode: number, trail: () => Step[]): void;
  /** Each release processed, with whether an exception was raised earlier on the path. */
  onRelease?(event: ResourceEvent, raised: boolean, trail: () => Step[]): void;
  /** Reaching exit or raise-exit: what is still held. */
  onExit?(node: CfgNode, state: State, trail: () => Step[]): void;
}

export interface Step {
  node: CfgNode;
  /** The edge taken out of this node was an exception edge. */
  viaException: boolean;
}

/** A bound on (node, state) pairs per function; beyond it the rest is not explored (misses, never extra findings). */
const MAX_STATES = 20_000;

function signature(nodeId: number, state: State): string {
  let text = `${nodeId}|${state.raised ? 1 : 0}`;
  for (const [key, held] of [...state.keys].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    text += `|${key}=${held.status}@${held.event.loc.line}:${held.event.loc.column}`;
  }
  return text;
}

/** Explores every (node, state) reachable from the start nodes; the hooks see each event. */
export function explore(cfg: Cfg, hooks: ExploreHooks, start: readonly number[] = [cfg.entry], initial?: State): void {
  const visits: Visit[] = [];
  const seen = new Set<string>();
  const queue: number[] = [];
  const push = (nodeId: number, state: State, parent: number, viaException: boolean): void => {
    if (visits.length >= MAX_STATES) return;
    const sig = signature(nodeId, state);
    if (seen.has(sig)) return;
    seen.add(sig);
    visits.push({ nodeId, state, parent, viaException });
    queue.push(visits.length - 1);
  };
  for (const id of start) push(id, initial ?? { keys: new Map(), raised: false }, -1, false);
  const trailOf = (index: number): (() => Step[]) => () => {
    const steps: Step[] = [];
    let childVia = false;
    for (let at = index; at >= 0; at = visits[at]!.parent) {
      const visit = visits[at]!;
      steps.unshift({ node: cfg.nodes[visit.nodeId]!, viaException: childVia });
      childVia = visit.viaException;
    }
    return steps;
  };
  for (let head = 0; head < queue.length; head++) {
    const index = queue[head]!;
    const { nodeId, state } = visits[index]!;
    const node = cfg.nodes[nodeId]!;
    if (node.kind === 'exit' || node.kind === 'raise-exit') {
      hooks.onExit?.(node, state, trailOf(index));
      continue;
    }
    // an exception leaves the statement before its own calls complete; an acquire or
    // release that raised was attempted: neither held (no leak) nor released (no double)
    if (node.exc.length) {
      let failed = state.keys;
      for (const event of node.events) {
        failed = new Map(failed);
        failed.set(event.key, { status: 'attempted', event, nodeId });
      }
      for (const target of node.exc) push(target, { keys: failed, raised: true }, index, true);
    }
    let keys = state.keys;
    for (const event of node.events) {
      const before = keys.get(event.key);
      if (event.kind === 'release') {
        if (before?.status === 'released' && !event.idempotent && !before.event.idempotent) hooks.onDoubleRelease?.(before, event, nodeId, trailOf(index));
        hooks.onRelease?.(event, state.raised, trailOf(index));
      }
      keys = new Map(keys);
      keys.set(event.key, { status: event.kind === 'acquire' ? 'acquired' : 'released', event, nodeId });
    }
    for (const target of node.succ) {
      const failed = node.acquireFailed?.target === target ? withoutFailedAcquire(keys, node) : keys;
      push(target, { keys: failed, raised: state.raised }, index, false);
    }
  }
}

/** On the branch where a tested acquire failed, the key is not held. */
function withoutFailedAcquire(keys: Map<string, Held>, node: CfgNode): Map<string, Held> {
  const test = node.acquireFailed!;
  let result = keys;
  for (const [key, held] of keys) {
    if (held.status !== 'acquired') continue;
    const tested = test.variable === undefined ? held.nodeId === node.id : held.event.boundTo === test.variable;
    if (!tested) continue;
    if (result === keys) result = new Map(keys);
    result.set(key, { ...held, status: 'attempted' });
  }
  return result;
}

export interface DoubleRelease {
  key: string;
  first: ResourceEvent;
  second: ResourceEvent;
  /** "raised at line 24, released at line 26 (in except) and again at line 28 (in finally)". */
  path: string;
}

/** Keys released twice on one path with no acquire between. One result per pair of sites. */
export function findDoubleReleases(cfg: Cfg): DoubleRelease[] {
  const found = new Map<string, DoubleRelease>();
  explore(cfg, {
    onDoubleRelease(first, second, secondNode, trail) {
      const id = `${first.event.loc.line}:${first.event.loc.column}>${second.loc.line}:${second.loc.column}`;
      if (found.has(id)) return;
      const steps = trail();
      if (contradicts(steps)) return;
      found.set(id, { key: second.key, first: first.event, second, path: describeDouble(steps, first, second, cfg.nodes[secondNode]!) });
    },
  });
  return [...found.values()].sort((a, b) => a.second.loc.line - b.second.loc.line || a.first.loc.line - b.first.loc.line);
}

export interface MissingRelease {
  key: string;
  acquire: ResourceEvent;
  /** A release of the key on the normal path (what shows the function means to release). */
  release: ResourceEvent;
  exit: 'return' | 'raise';
  /** Line of the statement that raised or returned early, when there is one. */
  exitLine?: number;
  path: string;
}

/**
 * Acquires that some path leaves held, in functions that release the same key on their
 * normal path (a path without exceptions that reaches the normal exit after releasing).
 * Keys released only on error paths are rollbacks and are not reported.
 */
export function findMissingReleases(cfg: Cfg): MissingRelease[] {
  const releasedNormally = new Map<string, ResourceEvent>();
  const leaks: { key: string; held: Held; exit: CfgNode; steps: Step[] }[] = [];
  explore(cfg, {
    onExit(node, state, trail) {
      for (const [key, held] of state.keys) {
        if (held.status === 'released' && node.kind === 'exit' && !state.raised && !releasedNormally.has(key)) releasedNormally.set(key, held.event);
        if (held.status !== 'acquired') continue;
        const steps = trail();
        if (!contradicts(steps)) leaks.push({ key, held, exit: node, steps });
      }
    },
  });
  // per acquire, the shortest witness of each exit kind (leaks are found breadth-first)
  const found = new Map<string, { key: string; acquire: ResourceEvent; release: ResourceEvent; raise?: ReturnType<typeof describeLeak>; return?: ReturnType<typeof describeLeak> }>();
  for (const leak of leaks) {
    const release = releasedNormally.get(leak.key);
    if (!release) continue;
    const id = `${leak.held.event.loc.line}:${leak.held.event.loc.column}`;
    const entry = found.get(id) ?? { key: leak.key, acquire: leak.held.event, release };
    const described = describeLeak(leak.steps, leak.held, leak.exit);
    entry[described.exit] ??= described;
    found.set(id, entry);
  }
  return [...found.values()]
    .map((entry) => {
      // an early return is the more specific story; an exception path is named after it
      const main = (entry.return ?? entry.raise)!;
      const also = entry.return && entry.raise ? `; an exception raised at line ${entry.raise.exitLine ?? '?'} also leaves it held` : '';
      return { key: entry.key, acquire: entry.acquire, release: entry.release, exit: main.exit, ...(main.exitLine ? { exitLine: main.exitLine } : {}), path: main.path + also };
    })
    .sort((a, b) => a.acquire.loc.line - b.acquire.loc.line);
}

/**
 * True when every path from the start nodes that completes (raises nothing on the way)
 * releases `key`: what a hook does whenever it runs to the end.
 */
export function mustRelease(cfg: Cfg, key: string, start: readonly number[] = [cfg.entry]): boolean {
  let always = true;
  let reached = false;
  explore(
    cfg,
    {
      onExit(_node, state) {
        if (state.raised) return;
        reached = true;
        const status = state.keys.get(key)?.status;
        if (status !== 'released' && status !== 'attempted') always = false;
      },
    },
    start,
  );
  return reached && always;
}

/** The releases of a function, each with whether some path reaches it after an exception. */
export function releasesByPath(cfg: Cfg, start: readonly number[] = [cfg.entry]): { event: ResourceEvent; afterException: boolean }[] {
  const result = new Map<ResourceEvent, boolean>();
  explore(
    cfg,
    {
      onRelease(event, raised) {
        result.set(event, (result.get(event) ?? false) || raised);
      },
    },
    start,
  );
  return [...result].map(([event, afterException]) => ({ event, afterException }));
}

/**
 * A witness that takes the same condition both ways (`if x:` … `if not x:`) is not a real
 * path; the analysis is not path-sensitive about conditions, so such witnesses are dropped.
 */
function contradicts(steps: Step[]): boolean {
  const taken = new Map<string, boolean>();
  for (let index = 0; index + 1 < steps.length; index++) {
    const branch = steps[index]!.node.branch;
    if (!branch) continue;
    const next = steps[index + 1]!.node.id;
    if (next !== branch.then && next !== branch.otherwise) continue;
    const outcome = (next === branch.then) !== branch.negated;
    const before = taken.get(branch.condition);
    if (before !== undefined && before !== outcome) return true;
    taken.set(branch.condition, outcome);
  }
  return false;
}

// ---- descriptions ----

function where(node: CfgNode | undefined): string {
  if (node?.label === 'finally') return ' in finally';
  if (node?.label === 'except') return ' in the exception handler';
  return '';
}

function raisedLines(steps: Step[]): number[] {
  return steps.filter((step) => step.viaException && step.node.loc).map((step) => step.node.loc!.line);
}

function describeDouble(steps: Step[], first: Held, second: ResourceEvent, secondNode: CfgNode): string {
  const firstIndex = steps.findIndex((step) => step.node.id === first.nodeId && step.node.events.includes(first.event));
  const firstNode = steps[firstIndex]?.node;
  const before = raisedLines(steps.slice(0, Math.max(firstIndex, 0)));
  const between = raisedLines(steps.slice(Math.max(firstIndex, 0)));
  const parts: string[] = [];
  if (before.length) parts.push(`raised at line ${before[0]}`);
  parts.push(`released at line ${first.event.loc.line}${where(firstNode)}`);
  if (between.length) parts.push(`raised at line ${between[0]}`);
  const again = second === first.event ? `and again at line ${second.loc.line} on the loop's next iteration` : `and again at line ${second.loc.line}${where(secondNode)}`;
  return `${parts.join(', ')}, ${again}`;
}

function describeLeak(steps: Step[], held: Held, exit: CfgNode): { exit: 'return' | 'raise'; exitLine?: number; path: string } {
  const raised = raisedLines(steps);
  if (exit.kind === 'raise-exit') {
    const line = raised[0];
    return { exit: 'raise', ...(line ? { exitLine: line } : {}), path: `acquired at line ${held.event.loc.line}, an exception raised at line ${line ?? '?'} leaves the function without releasing it` };
  }
  // the last statement before the exit is the early return (or the end of the function)
  const last = [...steps].reverse().find((step) => step.node.kind !== 'exit' && step.node.loc && step.node.label !== 'finally');
  const line = last?.node.loc?.line;
  const viaHandler = raised.length ? `, after the exception raised at line ${raised[0]} is handled` : '';
  return { exit: 'return', ...(line ? { exitLine: line } : {}), path: `acquired at line ${held.event.loc.line}, the function returns at line ${line ?? '?'}${viaHandler} without releasing it` };
}
