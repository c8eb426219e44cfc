/** Kept in step with package.json (test/dist.test.ts checks the bundle prints it). */
export const TOOL_VERSION = '1.0.0';
export const DOCS_BASE_URL = 'https://github.com/tokengate/tokengate/blob/v1/docs/rules';
