/** {@code parley disputes}: the same fact reported differently, sources side by side. */
@NullMarked
package org.parley.cli.disputes;

import org.jspecify.annotations.NullMarked;
