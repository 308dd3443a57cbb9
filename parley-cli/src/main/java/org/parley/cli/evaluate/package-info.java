/**
 * {@code parley evaluate}: a settlement proposal (YAML) turned into the area and estimated
 * population that would change hands per region and in total, relative to the line of control on a
 * reference map.
 */
@NullMarked
package org.parley.cli.evaluate;

import org.jspecify.annotations.NullMarked;
