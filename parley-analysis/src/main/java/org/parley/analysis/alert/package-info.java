/**
 * Saved queries and alerts: a query such as {@code party=RUS type=territory.*} selects the new
 * claims, disputes and shifts a poll brought, for a watch to print and log.
 */
@NullMarked
package org.parley.analysis.alert;

import org.jspecify.annotations.NullMarked;
