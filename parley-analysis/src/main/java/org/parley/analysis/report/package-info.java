/**
 * What people and machines read: the positions, shifts, disputes and gap answers as text tables
 * (every row citing numbered sources listed at the end) and as JSON, and the briefing that combines
 * them — positions of the main parties, the Russia–Ukraine gap, recent shifts, disputes, control
 * claims with the map check, and a timeline — as text or as one standalone HTML file with inline
 * SVG charts. Output depends only on its inputs: the same snapshot and options give the same bytes.
 */
@NullMarked
package org.parley.analysis.report;

import org.jspecify.annotations.NullMarked;
