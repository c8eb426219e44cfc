/**
 * A request the server refuses (bad argument, path outside the roots, unknown rule):
 * returned to the client as an MCP tool error with this message; the server keeps running.
 */
export class ToolInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ToolInputError';
  }
}
