/**
 * The `tokengate` check run: conclusion, summary and every annotation. The Checks API takes
 * 50 annotations a request and appends them on update, so the run is created with the
 * first 50 and updated with the rest.
 */
import type { CheckAnnotation } from './annotations.js';
import { objectWith, type GitHubApi } from './github-api.js';

export const CHECK_RUN_NAME = 'tokengate';
export const ANNOTATIONS_PER_REQUEST = 50;
/** 50 requests' worth: beyond that the run would spend the token's hourly request budget. */
export const MAX_ANNOTATIONS = 2500;
/** The run's id is what the later requests need. */
const CHECK_RUN = objectWith({ id: 'number' });
/** The Checks API's limit on output.summary and output.text. */
const OUTPUT_MAX_CHARS = 65_535;

export interface CheckRunInput {
  repository: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
  detailsUrl?: string;
}

/** Creates the completed check run and appends the remaining annotations; returns its id and how many did not fit. */
export async function publishCheckRun(api: GitHubApi, input: CheckRunInput): Promise<{ id: number; omitted: number }> {
  const [owner, repo] = input.repository.split('/');
  const annotations = input.annotations.slice(0, MAX_ANNOTATIONS);
  const batches: CheckAnnotation[][] = [];
  for (let start = 0; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST));
  const output = (annotations: CheckAnnotation[] | undefined) => ({
    title: input.title,
    summary: input.summary.length > OUTPUT_MAX_CHARS ? `${input.summary.slice(0, OUTPUT_MAX_CHARS - 40)}\n\n… (see the job summary)` : input.summary,
    ...(annotations ? { annotations } : {}),
  });
  const created = await api.request<{ id: number }>('POST /repos/{owner}/{repo}/check-runs', {
    owner,
    repo,
    name: CHECK_RUN_NAME,
    head_sha: input.headSha,
    status: 'completed',
    conclusion: input.conclusion,
    completed_at: new Date().toISOString(),
    ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
    output: output(batches[0]),
  }, CHECK_RUN);
  for (const batch of batches.slice(1)) {
    await api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { owner, repo, check_run_id: created.id, output: output(batch) });
  }
  return { id: created.id, omitted: input.annotations.length - annotations.length };
}
