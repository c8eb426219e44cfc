/**
 * The scan worker's bundle entry (dist/cli/worker/index.js, started by the CLI's and the
 * action's scans): only what a worker runs, the per-file analysis and the front ends it loads on first use, so
 * that each worker compiles and evaluates a fraction of the adapter's bundle (no config
 * validator, no reports, no GitHub or MCP client).
 */
import { runWorkerIfRequested } from './pool.js';
import { serveFileAnalysis } from './analyse.js';

if (!runWorkerIfRequested(serveFileAnalysis)) throw new Error('the scan worker bundle runs only as a worker the scan starts');
