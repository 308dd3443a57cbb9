/** The options that set the limits on inputs, fetches and per-document time, shared by commands. */
@NullMarked
package org.parley.cli.limits;

import org.jspecify.annotations.NullMarked;
