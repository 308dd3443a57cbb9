/**
 * Throughput stages for the language layer: the layer itself, the layer plus part-of-speech tagging
 * of the sentences its pre-pass selects, and OpenNLP's bare sentence, token and part-of-speech
 * pipeline over the whole text as the baseline to compare with.
 */
@NullMarked
package org.parley.bench.language;

import org.jspecify.annotations.NullMarked;
