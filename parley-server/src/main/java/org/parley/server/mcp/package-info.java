/**
 * The MCP endpoint for assistants ({@code io.modelcontextprotocol.sdk}): the tools positions,
 * shifts, gap, search_claims, check_control and document, each answering with the same JSON as the
 * REST route it shares code with, plus the citations (document, span, status) it rests on; served
 * over stdio ({@code parley mcp}) and streamable HTTP ({@code /mcp} on the server).
 */
@NullMarked
package org.parley.server.mcp;

import org.jspecify.annotations.NullMarked;
