/**
 * {@code parley serve} (the REST API, web UI and MCP endpoint over HTTP) and {@code parley mcp}
 * (the MCP tools over stdio), with the options they share.
 */
@NullMarked
package org.parley.cli.serve;

import org.jspecify.annotations.NullMarked;
