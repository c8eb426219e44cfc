/**
 * The lines changed since a git ref, as a pull request from this working tree would show
 * them: from the merge base of REF and HEAD to the working tree (uncommitted edits
 * count), and every line of an untracked file. Paths are relative to the scanned folder.
 * For adapters without a pull request (the CLI's --changed-since).
 */
import { execFileSync } from 'node:child_process';
import { parseGitDiff, type ChangedFiles } from './diff.js';

export class ChangedSinceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChangedSinceError';
  }
}

type Git = (args: string[]) => string;

function runGit(cwd: string): Git {
  return (args) => execFileSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] });
}

function gitMessage(error: unknown): string {
  const stderr = (error as { stderr?: string }).stderr?.trim().split('\n')[0];
  return stderr || (error as Error).message;
}

/** `shownAs` names the setting in messages, e.g. `--changed-since is "main"`. */
export function changedSince(root: string, ref: string, shownAs: string, git: Git = runGit(root)): ChangedFiles {
  if (ref.trim() === '' || ref.startsWith('-')) throw new ChangedSinceError(`${shownAs}; expected a git branch, tag or commit`);
  try {
    git(['rev-parse', '--show-toplevel']);
  } catch (error) {
    throw new ChangedSinceError(`${shownAs}, but the scanned folder is not in a git work tree (${gitMessage(error)})`);
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new ChangedSinceError(`${shownAs}; git knows no commit by that name (fetch it, or name a branch, tag or commit)`);
  }
  let base = ref;
  try {
    base = git(['merge-base', ref, 'HEAD']).trim();
  } catch {
    // unrelated histories or no HEAD yet: the ref itself is the base
  }
  let files: ChangedFiles;
  try {
    files = parseGitDiff(git(['diff', '--no-color', '--no-ext-diff', '--unified=0', '--find-renames', '--relative', base, '--']));
  } catch (error) {
    throw new ChangedSinceError(`${shownAs}; git diff failed: ${gitMessage(error)}`);
  }
  // a new file that is not committed yet is new from its first line to its last
  for (const file of git(['ls-files', '--others', '--exclude-standard', '-z']).split('\0')) if (file) files.set(file, 'all');
  return files;
}
