/**
 * Answers computed from claims and maps: where the map checks and the settlement arithmetic live
 * ({@code territory}, {@code settlement}), on top of small geometry primitives ({@code geo}). Every
 * function here is pure over its inputs; nothing in this module reads the network or a database.
 */
@NullMarked
package org.parley.analysis;

import org.jspecify.annotations.NullMarked;
