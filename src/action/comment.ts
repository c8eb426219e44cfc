/**
 * The sticky pull-request comment: one per pull request, found again by its hidden marker
 * and edited in place on every run.
 */
import { COMMENT_MARKER } from '../report/markdown.js';
import { objectWith, type GitHubApi } from './github-api.js';

export type CommentMode = 'always' | 'on-failure' | 'never';

interface IssueComment {
  id: number;
  body?: string;
}

/** A list of something else must not pass for "no sticky comment yet" (that would post a second one). */
const COMMENT = objectWith({ id: 'number', body: 'string?' });

/** Whether this run writes the comment: on-failure still updates an earlier one, so it never goes stale. */
export function shouldComment(mode: CommentMode, gatePassed: boolean, exists: boolean): boolean {
  if (mode === 'never') return false;
  if (mode === 'always') return true;
  return !gatePassed || exists;
}

export async function findStickyComment(api: GitHubApi, repository: string, pullNumber: number): Promise<IssueComment | undefined> {
  const [owner, repo] = repository.split('/');
  const comments = await api.paginate<IssueComment>('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: pullNumber }, COMMENT, 100);
  // the marker opens the body: a reply quoting the comment does not count
  return comments.find((comment) => comment.body?.startsWith(COMMENT_MARKER));
}

/** Creates or updates the sticky comment; returns what was done, or undefined when nothing was. */
export async function upsertStickyComment(
  api: GitHubApi,
  options: { repository: string; pullNumber: number; body: string; mode: CommentMode; gatePassed: boolean },
): Promise<'created' | 'updated' | undefined> {
  const [owner, repo] = options.repository.split('/');
  if (options.mode === 'never') return undefined;
  const existing = await findStickyComment(api, options.repository, options.pullNumber);
  if (!shouldComment(options.mode, options.gatePassed, existing !== undefined)) return undefined;
  if (existing) {
    await api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner, repo, comment_id: existing.id, body: options.body });
    return 'updated';
  }
  await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: options.pullNumber, body: options.body });
  return 'created';
}
