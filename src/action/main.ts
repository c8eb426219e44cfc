/** The GitHub Action entrypoint (minimal: scan the workspace and set outputs). */
import * as core from '@actions/core';
import path from 'node:path';
import { loadConfig } from '../engine/config.js';
import { scan } from '../engine/scan.js';

async function run(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const root = path.resolve(workspace, core.getInput('path') || '.');
  const config = loadConfig(root, undefined);
  const result = await scan({ root, config });
  core.setOutput('score', String(result.score.score));
  core.setOutput('grade', result.score.grade);
  core.setOutput('findings', String(result.findings.length));
}

run().catch((error: unknown) => core.setFailed(`tokengate could not run: ${(error as Error).message}`));
