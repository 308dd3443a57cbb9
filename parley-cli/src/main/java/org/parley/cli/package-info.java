/**
 * The {@code parley} command line: one picocli command per capability, each in its own package,
 * wired to the implementations of the other modules. This is a composition root: nothing depends on
 * it. Exceptions become exit codes in one place, {@link org.parley.cli.ExitCodes}.
 */
@NullMarked
package org.parley.cli;

import org.jspecify.annotations.NullMarked;
