/** The {@code parley extract} command: sources in, {@code parley.claim/1} JSONL out. */
@NullMarked
package org.parley.cli.extract;

import org.jspecify.annotations.NullMarked;
