/**
 * {@code parley report}: the briefing that combines positions, the gap, shifts, disputes, control
 * claims (checked against maps with {@code --map}) and a timeline, as text, standalone HTML or
 * JSON; also the options and the writer that {@code parley brief} shares.
 */
@NullMarked
package org.parley.cli.report;

import org.jspecify.annotations.NullMarked;
