/** The extraction benchmark stage ({@code extract}). */
@NullMarked
package org.parley.bench.extract;

import org.jspecify.annotations.NullMarked;
