/**
 * {@code parley check-control}: control claims checked against territorial-control maps, and the
 * per-region table of one map; also the map and boundary options that {@code parley evaluate}
 * shares ({@link org.parley.cli.checkcontrol.TerritoryOptions}) and a plain-text table layout.
 */
@NullMarked
package org.parley.cli.checkcontrol;

import org.jspecify.annotations.NullMarked;
