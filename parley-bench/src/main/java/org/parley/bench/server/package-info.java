/**
 * The server benchmark: concurrent clients on 127.0.0.1 against the real HTTP API over a ledger of
 * synthetic claims, reporting throughput, latency percentiles and errors per endpoint.
 */
@NullMarked
package org.parley.bench.server;

import org.jspecify.annotations.NullMarked;
