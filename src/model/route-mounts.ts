/**
 * Routes across files: the routers, blueprints and plugins each file mounts (includes,
 * registers, uses) joined into one tree. For every route link records where it is mounted
 * (RouteModel.mounted): the full path with every prefix above it, the authentication the
 * mounts and the routers above it apply, and the group its siblings are compared within,
 * which is the router that includes it when that router is made of one-route routers.
 * A router used from another file (`from app.api import bp`) is the router defined there.
 */
import type { AuthEvidence, FileModel, RouteModel, RouterGroup } from './types.js';
import type { NameResolver } from './summaries.js';

/** A group that holds fewer routes than this cannot be compared on its own (missing-auth-route needs two authenticated siblings). */
const MIN_GROUP_ROUTES = 3;
/** A router composed of at least this many tiny routers (one route per file) is compared as one group. */
const MIN_FAMILY = 2;
/** Mount chains longer than this are not followed (and a cycle ends there). */
const MAX_DEPTH = 10;

type Child = { node: string } | { module: string };

interface Edge {
  parent: string;
  child: Child;
  prefix: string;
  auth: AuthEvidence[];
}

interface Chain {
  prefix: string;
  auth: AuthEvidence[];
  /** The groups above, innermost first. */
  nodes: string[];
}

function nodeKey(file: string, name: string): string {
  return `${file}#${name}`;
}

function fileOf(node: string): string {
  return node.slice(0, node.lastIndexOf('#'));
}

function nameOf(node: string): string {
  return node.slice(node.lastIndexOf('#') + 1);
}

export function joinRoutePath(prefix: string, path: string): string {
  if (!prefix) return path;
  return `/${[prefix, path].join('/')}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
}

export function linkRoutes(models: ReadonlyMap<string, FileModel>, resolver: NameResolver): void {
  const groups = new Map<string, RouterGroup>();
  for (const [file, model] of models) for (const group of model.routerGroups ?? []) groups.set(nodeKey(file, group.name), group);

  /** The group a name of `file` stands for: one defined there, or the one it imports. */
  const groupNode = (file: string, name: string): string => {
    if (groups.has(nodeKey(file, name))) return nodeKey(file, name);
    const target = resolver.resolve(file, qualify(models.get(file), name));
    return target?.kind === 'export' && target.export.group ? nodeKey(target.file, target.export.name) : nodeKey(file, name);
  };

  const edges: Edge[] = [];
  for (const [file, model] of models) {
    for (const mount of model.routerMounts ?? []) {
      const parent = groupNode(file, mount.parent);
      let child: Child | undefined;
      if (groups.has(nodeKey(file, mount.child)) || (!mount.child.includes('.') && !imported(model, mount.child))) child = { node: nodeKey(file, mount.child) };
      else {
        const target = resolver.resolve(file, mount.child);
        if (target?.kind === 'export' && target.export.group) child = { node: nodeKey(target.file, target.export.name) };
        else if (target?.kind === 'export') child = { module: target.file };
        else if (target?.kind === 'module') child = { module: target.module };
        else {
          // `register(require('./routes/users'))`: a module written inline
          const module = resolver.module(file, mount.child);
          if (module) child = { module };
        }
      }
      if (child) edges.push({ parent, child, prefix: mount.prefix, auth: mount.auth });
    }
  }

  const incoming = (node: string): Edge[] => edges.filter((edge) => ('node' in edge.child ? edge.child.node === node : edge.child.module === fileOf(node)));
  const chainsMemo = new Map<string, Chain[]>();
  const chainsOf = (node: string, depth: number, seen: Set<string>): Chain[] => {
    const cached = chainsMemo.get(node);
    if (cached) return cached;
    const chains: Chain[] = [];
    for (const edge of incoming(node)) {
      if (depth >= MAX_DEPTH || seen.has(edge.parent)) continue;
      const above = chainsOf(edge.parent, depth + 1, new Set([...seen, node]));
      const parentAuth = groups.get(edge.parent)?.auth ?? [];
      for (const chain of above.length ? above : [{ prefix: '', auth: [], nodes: [] }]) {
        chains.push({ prefix: joinRoutePath(chain.prefix, edge.prefix), auth: [...edge.auth, ...parentAuth, ...chain.auth], nodes: [edge.parent, ...chain.nodes] });
      }
    }
    if (depth === 0) chainsMemo.set(node, chains);
    return chains;
  };

  const placed: { route: RouteModel; node: string; chains: Chain[] }[] = [];
  for (const [file, model] of models) {
    for (const route of model.routes) {
      const node = groupNode(file, route.group);
      const chains = chainsOf(node, 0, new Set());
      const own = fileOf(node) !== file ? groups.get(node) : undefined;
      const prefixes = new Set(chains.map((chain) => chain.prefix));
      const common = prefixes.size === 1 ? [...prefixes][0]! : chains.length === 0 ? '' : undefined;
      const prefix = joinRoutePath(common ?? '', own?.prefix ?? '');
      const covered = chains.find((chain) => chain.auth.length > 0);
      route.mounted = {
        prefix: common === undefined ? '' : prefix,
        ...(common !== undefined ? { path: joinRoutePath(prefix, route.path) } : {}),
        auth: [...(own?.auth ?? []), ...(covered?.auth ?? [])],
        group: node,
        groupName: nameOf(node),
      };
      placed.push({ route, node, chains });
    }
  }

  // a router of one-route routers (a route per file, included by a feature router) is one group;
  // a tiny router mounted beside full ones stays its own: it may be public by design (tags, health, webhooks)
  const under = new Map<string, number>();
  const direct = new Map<string, number>();
  for (const { node, chains } of placed) {
    direct.set(node, (direct.get(node) ?? 0) + 1);
    for (const group of new Set([node, ...chains.flatMap((chain) => chain.nodes)])) under.set(group, (under.get(group) ?? 0) + 1);
  }
  const isFamily = (parent: string): boolean => {
    const children = [...new Set(edges.flatMap((edge) => (edge.parent === parent && 'node' in edge.child ? [edge.child.node] : [])))];
    return !direct.has(parent) && children.length >= MIN_FAMILY && children.every((child) => (under.get(child) ?? 0) < MIN_GROUP_ROUTES);
  };
  for (const { route, node } of placed) {
    if ((under.get(node) ?? 0) >= MIN_GROUP_ROUTES) continue;
    const parents = [...new Set(incoming(node).map((edge) => edge.parent))];
    if (parents.length === 1 && isFamily(parents[0]!)) {
      route.mounted!.group = parents[0]!;
      route.mounted!.groupName = nameOf(parents[0]!);
    }
  }
}

/** A name as the file's walker qualifies it through its imports (`bp` → `app.api.bp`). */
function qualify(model: FileModel | undefined, name: string): string {
  const [head, ...rest] = name.split('.');
  const binding = model?.module?.imports.find((candidate) => candidate.local === head);
  return binding ? [binding.qualified, ...rest].join('.') : name;
}

function imported(model: FileModel, name: string): boolean {
  return model.module?.imports.some((binding) => binding.local === name || binding.qualified === name) ?? false;
}
