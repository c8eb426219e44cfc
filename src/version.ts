/** Kept in step with package.json by test/version.test.ts. */
export const TOOL_VERSION = '1.0.0';
export const DOCS_BASE_URL = 'https://github.com/tokengate/tokengate/blob/v1/docs/rules';
