/**
 * Events, not reports: the claims of several documents that report one meeting, one position voiced
 * on one day, one control figure or one quotation are linked into one {@link
 * org.parley.analysis.event.Event}, which counts its independent sources (outlets, with copies of
 * one wire report counted once).
 */
@NullMarked
package org.parley.analysis.event;

import org.jspecify.annotations.NullMarked;
