/**
 * Continuous collection: polling feeds and pages with conditional GET, an adaptive interval per
 * source and a polite pause per host, following each feed item's link to read the full article, and
 * keeping what it has seen in a state file so that a stopped watch loses nothing.
 */
@NullMarked
package org.parley.ingest.watch;

import org.jspecify.annotations.NullMarked;
