/**
 * The Parley server: one Javalin process that answers over HTTP what the command line answers — a
 * REST API under {@code /api/v1} described by a hand-written OpenAPI 3.1 document, a web UI at
 * {@code /} with every asset bundled, and an MCP endpoint for assistants — reading the ledger
 * through its interfaces and the analyses of {@code parley-analysis}.
 */
@NullMarked
package org.parley.server;

import org.jspecify.annotations.NullMarked;
