/**
 * The guarded writes: {@code POST /api/v1/ingest} with a bearer token compared in constant time,
 * and {@code POST /api/v1/evaluate}, which reads a proposal and writes nothing.
 */
@NullMarked
package org.parley.server.ingest;

import org.jspecify.annotations.NullMarked;
