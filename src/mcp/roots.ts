/**
 * The folders the server may read: the ones named with --root, else the roots the client
 * announces (file:// URIs), else the working directory. A requested path is resolved to
 * its real path (symbolic links followed) and must lie inside the real path of one root.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ToolInputError } from './tool-error.js';

/** Asks the client for its roots; undefined when it does not offer them. */
export type ClientRoots = () => Promise<string[] | undefined>;

export interface ResolvedTarget {
  /** The real path of the requested file or folder. */
  real: string;
  /** The real path of the root it lies in. */
  root: string;
  isDirectory: boolean;
}

export class AllowedRoots {
  private clientRoots: Promise<string[] | undefined> | undefined;

  constructor(
    /** --root folders, or the working directory. */
    private readonly configured: string[],
    /** Whether the folders were named explicitly (then the client's roots are not asked for). */
    private readonly explicit: boolean,
    private readonly askClient: ClientRoots,
    private readonly log: (message: string) => void,
  ) {}

  /** The client said its roots changed: ask again on the next request. */
  invalidate(): void {
    this.clientRoots = undefined;
  }

  /** The allowed roots as real paths, in order. */
  async list(): Promise<string[]> {
    if (!this.explicit) {
      this.clientRoots ??= this.askClient().catch((error: unknown) => {
        this.log(`the client's roots are not available (${(error as Error).message}); using ${this.configured.join(', ')}`);
        return undefined;
      });
      const announced = await this.clientRoots;
      if (announced?.length) return realRoots(announced);
    }
    return realRoots(this.configured);
  }

  /**
   * The requested path (absolute, or relative to a root: the first root where it exists),
   * refused when it does not exist or its real path leaves every root.
   */
  async resolve(requested: string | undefined): Promise<ResolvedTarget> {
    const roots = await this.list();
    if (!roots.length) throw new ToolInputError('no allowed root exists on this machine; start the server in a project folder or pass --root');
    const candidates = requested === undefined || requested === '' ? [roots[0]!] : path.isAbsolute(requested) ? [requested] : roots.map((root) => path.resolve(root, requested));
    const existing = candidates.find((candidate) => fs.existsSync(candidate));
    const shown = JSON.stringify(requested ?? '.');
    if (existing === undefined) throw new ToolInputError(`path ${shown} does not exist${path.isAbsolute(requested ?? '') ? '' : ` in ${listed(roots)}`}`);
    let real: string;
    let stat: fs.Stats;
    try {
      real = fs.realpathSync(existing);
      stat = fs.statSync(real);
    } catch (error) {
      throw new ToolInputError(`path ${shown} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    const root = roots.find((candidate) => isInside(candidate, real));
    if (root === undefined) {
      const via = real === path.resolve(existing) ? '' : ` (a symbolic link to ${real})`;
      throw new ToolInputError(`path ${shown}${via} is outside the allowed roots ${listed(roots)}; scan a path inside them`);
    }
    if (!stat.isDirectory() && !stat.isFile()) throw new ToolInputError(`path ${shown} is neither a file nor a folder`);
    return { real, root, isDirectory: stat.isDirectory() };
  }
}

/** file:// URIs as paths; other schemes cannot hold files this server reads. */
export function pathsFromRootUris(uris: string[]): string[] {
  return uris.flatMap((uri) => {
    if (!uri.startsWith('file:')) return [];
    try {
      return [fileURLToPath(uri)];
    } catch {
      return [];
    }
  });
}

function realRoots(roots: string[]): string[] {
  const real: string[] = [];
  for (const root of roots) {
    try {
      const resolved = fs.realpathSync(root);
      if (fs.statSync(resolved).isDirectory() && !real.includes(resolved)) real.push(resolved);
    } catch {
      // a root that does not exist allows nothing
    }
  }
  return real;
}

export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

function listed(roots: string[]): string {
  return roots.map((root) => JSON.stringify(root)).join(', ');
}
