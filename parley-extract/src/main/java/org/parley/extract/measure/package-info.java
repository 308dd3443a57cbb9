/**
 * Figures of territorial control in text: percentages and fractions, areas with their units
 * converted to km², and qualitative degrees ("nearly all", "parts of"), each with its {@link
 * org.parley.model.Approx} qualifier.
 */
@NullMarked
package org.parley.extract.measure;

import org.jspecify.annotations.NullMarked;
