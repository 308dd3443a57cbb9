/**
 * Parley's infrastructure failures: a file, feed, folder or database that cannot be read or
 * reached. Each is an unchecked {@link org.parley.model.error.ParleyException} naming what failed
 * and wrapping the cause; the command line turns them into one exit code (3) in one place.
 */
@NullMarked
package org.parley.model.error;

import org.jspecify.annotations.NullMarked;
