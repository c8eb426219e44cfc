/**
 * What a pull request (or merge-queue entry) changed: the files and the line numbers it
 * added, in the new version. From the REST API's patches first, from `git diff` against
 * the base when the API cannot answer. Paths are relative to the repository root.
 */
import { execFileSync } from 'node:child_process';
import { ApiError, listOf, objectWith, type GitHubApi, type ShapeCheck } from './github-api.js';
import type { EventInfo } from './event.js';
import { parseGitDiff, parsePatch, type ChangedFiles } from '../engine/diff.js';

export { isOnChangedLine, parseGitDiff, parsePatch, type ChangedFiles } from '../engine/diff.js';

export interface DiffScope {
  source: 'api' | 'git';
  files: ChangedFiles;
}

/** The compare API lists at most this many files. */
const COMPARE_MAX_FILES = 300;

interface ApiFile {
  filename: string;
  status: string;
  patch?: string;
}

/** A reply without these is not the pull request's files: the diff then comes from git, never from an empty list. */
const API_FILE = objectWith({ filename: 'string', status: 'string', patch: 'string?' });
const COMPARISON: ShapeCheck = (data) => objectWith({ files: 'list?' })(data) ?? listOf(API_FILE)((data as { files?: unknown[] }).files ?? []);

function fromApiFiles(apiFiles: ApiFile[]): ChangedFiles {
  const files: ChangedFiles = new Map();
  for (const file of apiFiles) {
    if (file.status === 'removed') continue;
    // the API leaves out the patch of large or binary diffs: the whole file counts
    files.set(file.filename, file.patch === undefined ? 'all' : parsePatch(file.patch));
  }
  return files;
}

/** The pull request's (or merge group's) changes from the REST API. */
export async function changedLinesFromApi(api: GitHubApi, event: EventInfo): Promise<ChangedFiles> {
  const [owner, repo] = event.repository.split('/');
  if (event.pullNumber !== undefined) {
    return fromApiFiles(await api.paginate<ApiFile>('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { owner, repo, pull_number: event.pullNumber }, API_FILE));
  }
  if (event.baseSha && event.headSha) {
    // a merge group has no pull request: compare its base and head (one page of up to 300 files)
    const compared = await api.request<{ files?: ApiFile[] }>('GET /repos/{owner}/{repo}/compare/{basehead}', { owner, repo, basehead: `${event.baseSha}...${event.headSha}` }, COMPARISON);
    const files = compared.files ?? [];
    if (files.length >= COMPARE_MAX_FILES) throw new ApiError('compare', 0, `the comparison lists only its first ${COMPARE_MAX_FILES} files`);
    return fromApiFiles(files);
  }
  throw new ApiError('changed files', 0, 'the event names no pull request and no base and head commits');
}

type Git = (args: string[]) => string;

/** A diff is local and may be large; a fetch goes to the network, which may be as dead as the API. */
const GIT_TIMEOUT_MS = 120_000;
const FETCH_TIMEOUT_MS = 30_000;

function runGit(workspace: string): Git {
  return (args) =>
    execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
      cwd: workspace,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      timeout: args[0] === 'fetch' ? FETCH_TIMEOUT_MS : GIT_TIMEOUT_MS,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
}

/**
 * The changes from `git diff` between the base commit and the checked-out tree (what was
 * scanned). A shallow checkout may lack the base: it is fetched once.
 */
export function changedLinesFromGit(workspace: string, baseSha: string, git: Git = runGit(workspace)): ChangedFiles {
  const diff = (range: string[]): string => git(['diff', '--no-color', '--no-ext-diff', '--unified=0', '--find-renames', ...range, '--']);
  const attempts: (() => string)[] = [
    () => diff([`${baseSha}...HEAD`]),
    () => diff([baseSha, 'HEAD']),
    () => {
      git(['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', baseSha]);
      return diff([baseSha, 'HEAD']);
    },
  ];
  let lastError: unknown;
  for (const attempt of attempts) {
    try {
      return parseGitDiff(attempt());
    } catch (error) {
      lastError = error;
    }
  }
  // one log line: git's own message may span several
  const stderr = (lastError as { stderr?: string }).stderr?.replace(/\s+/g, ' ').trim();
  throw new Error(`git diff against ${baseSha} failed: ${stderr || (lastError as Error).message}`);
}

/**
 * The diff of the event, or undefined (with the reason logged) when neither the API nor
 * git can tell: then every finding counts as new.
 */
export async function learnChangedLines(api: GitHubApi | undefined, event: EventInfo, workspace: string, log: (message: string) => void): Promise<DiffScope | undefined> {
  if (api) {
    try {
      return { source: 'api', files: await changedLinesFromApi(api, event) };
    } catch (error) {
      log(`Changed files are not available from the API (${(error as Error).message}); using git diff against the base instead.`);
    }
  }
  if (!event.baseSha) {
    log('The event names no base commit, so changed lines are unknown: every finding counts as new.');
    return undefined;
  }
  try {
    return { source: 'git', files: changedLinesFromGit(workspace, event.baseSha) };
  } catch (error) {
    log(`Changed lines are unknown (${(error as Error).message}): every finding counts as new.`);
    return undefined;
  }
}
