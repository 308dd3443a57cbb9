/**
 * Low-level text handling for ingest: strict UTF-8 decoding that reports where a byte sequence is
 * invalid instead of replacing it silently, line splitting over raw bytes so that one bad line does
 * not spoil the rest of a file, and reading of the publication dates sources write. Nothing here
 * knows about documents or formats.
 */
@NullMarked
package org.parley.ingest.text;

import org.jspecify.annotations.NullMarked;
