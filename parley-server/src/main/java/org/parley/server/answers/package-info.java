/**
 * The answers: positions, shifts, disputes, the gap between two parties, and full-text search, as
 * the command line gives them with {@code --json}, each with the instant that reproduces it.
 */
@NullMarked
package org.parley.server.answers;

import org.jspecify.annotations.NullMarked;
