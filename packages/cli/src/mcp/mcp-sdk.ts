/**
 * The parts of the MCP SDK `pbm mcp` uses. Bundled on its own
 * (`dist/mcp-sdk.cjs`, scripts/bundle.mjs) and loaded only by `pbm mcp`, so
 * that `pbm check` and `pbm report` do not parse the SDK at start-up.
 */
export { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
export { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
export { z } from 'zod';
