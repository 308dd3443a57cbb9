/**
 * Territorial control measured on maps: control geometry as published by DeepStateMap or ISW (one
 * dated file per day, found in a file or folder by {@link
 * org.parley.analysis.territory.MapCatalog}), oblast boundaries keyed by ISO 3166-2 and clipped to
 * land ({@link org.parley.analysis.territory.RegionBoundaries}), and the Russian-controlled area
 * and share per region that {@link org.parley.analysis.territory.ControlMeasurer} computes from the
 * two. Control geometry is always the user's; only the boundaries ship with Parley (see NOTICE).
 */
@NullMarked
package org.parley.analysis.territory;

import org.jspecify.annotations.NullMarked;
