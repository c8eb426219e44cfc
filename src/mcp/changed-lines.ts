/**
 * changed_since: the lines that differ between a commit and the working tree, as
 * `git diff REF` shows them (uncommitted edits included), with paths relative to the
 * scanned folder. Files git does not track yet are new as a whole: an assistant that has
 * just written a file wants its findings counted as new.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseGitDiff, type ChangedFiles } from '../engine/diff.js';
import { ToolInputError } from './tool-error.js';

const execFileAsync = promisify(execFile);

async function git(dir: string, args: string[]): Promise<string> {
  const { stdout } = await execFileAsync('git', ['-c', 'core.quotePath=false', ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout: 120_000 });
  return stdout;
}

function gitMessage(error: unknown): string {
  const stderr = (error as { stderr?: string }).stderr?.trim();
  return (stderr || (error as Error).message).split('\n')[0]!;
}

export async function changedLinesSince(dir: string, ref: string): Promise<ChangedFiles> {
  if (!ref.trim() || ref.startsWith('-') || /[\0\n\r]/.test(ref)) throw new ToolInputError(`changed_since is ${JSON.stringify(ref)}; expected a commit, branch or tag such as main or HEAD~1`);
  try {
    await git(dir, ['rev-parse', '--is-inside-work-tree']);
  } catch (error) {
    throw new ToolInputError(`changed_since needs a git repository, and ${dir} is not in one (${gitMessage(error)})`);
  }
  let commit: string;
  try {
    commit = (await git(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
  } catch {
    throw new ToolInputError(`changed_since is ${JSON.stringify(ref)}, which is not a commit in the repository at ${dir}; expected a commit, branch or tag such as main or HEAD~1`);
  }
  try {
    const files = parseGitDiff(await git(dir, ['diff', '--no-color', '--no-ext-diff', '--unified=0', '--find-renames', '--relative', commit, '--']));
    for (const file of (await git(dir, ['ls-files', '--others', '--exclude-standard', '-z'])).split('\0')) if (file) files.set(file, 'all');
    return files;
  } catch (error) {
    throw new ToolInputError(`git diff ${ref} failed in ${dir}: ${gitMessage(error)}`);
  }
}
