/** What the runner tells the action about the run: GITHUB_* variables and the event payload. */
import fs from 'node:fs';
import path from 'node:path';

export interface EventInfo {
  eventName: string;
  /** owner/name */
  repository: string;
  serverUrl: string;
  workspace: string;
  /** The commit the findings link to and the check run is attached to: a PR's head, else GITHUB_SHA. */
  headSha: string;
  baseSha?: string;
  /** Set for pull_request and pull_request_target events. */
  pullNumber?: number;
  /** A pull request from a fork: its token is read-only whatever `permissions:` says. */
  fromFork: boolean;
}

interface Payload {
  pull_request?: { number?: number; head?: { sha?: string; repo?: { full_name?: string } }; base?: { sha?: string; repo?: { full_name?: string } } };
  merge_group?: { base_sha?: string; head_sha?: string };
}

export function readEvent(env: NodeJS.ProcessEnv = process.env): EventInfo {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let payload: Payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Payload;
    } catch (error) {
      throw new Error(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${(error as Error).message}`);
    }
  }
  const pr = payload.pull_request;
  const isPullRequest = (eventName === 'pull_request' || eventName === 'pull_request_target') && typeof pr?.number === 'number';
  const mergeGroup = eventName === 'merge_group' ? payload.merge_group : undefined;
  const sha = env.GITHUB_SHA ?? '';
  const headRepo = pr?.head?.repo?.full_name;
  const baseRepo = pr?.base?.repo?.full_name ?? env.GITHUB_REPOSITORY;
  return {
    eventName,
    repository: env.GITHUB_REPOSITORY ?? '',
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    workspace: path.resolve(env.GITHUB_WORKSPACE ?? process.cwd()),
    headSha: (isPullRequest ? pr?.head?.sha : mergeGroup?.head_sha) ?? sha,
    baseSha: isPullRequest ? pr?.base?.sha : mergeGroup?.base_sha,
    pullNumber: isPullRequest ? pr!.number : undefined,
    fromFork: isPullRequest && headRepo !== undefined && headRepo !== baseRepo,
  };
}
