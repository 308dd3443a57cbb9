/**
 * Helpers that other packages of this module share and that are public only for that reason: not
 * part of the language layer's API (the JDBI rule), and free to change.
 */
@NullMarked
package org.parley.language.internal;

import org.jspecify.annotations.NullMarked;
