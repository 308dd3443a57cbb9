/**
 * Attribution and hedging cues: reporting frames with their source and the outlets they go through
 * ("sources familiar with … told Reuters", "according to …", "the report claimed", "the Institute
 * for the Study of War reported", "in an interview with … on CNN"), verification, estimate, denial
 * and dispute markers, and anonymity — each with its own span and the span of text it governs, so
 * that a claim can inherit its status and attribution chain.
 */
@NullMarked
package org.parley.language.cue;

import org.jspecify.annotations.NullMarked;
