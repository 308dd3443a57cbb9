/** {@code parley positions PARTY}: a party's current position per issue, with superseded ones. */
@NullMarked
package org.parley.cli.positions;

import org.jspecify.annotations.NullMarked;
