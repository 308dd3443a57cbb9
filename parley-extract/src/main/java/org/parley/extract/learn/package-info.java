/**
 * Learned decisions: maximum-entropy classifiers (OpenNLP's L-BFGS trainer) over sparse string
 * features, their plain-text model format, and the set of models the extractor ships with. A model
 * is trained from {@link org.parley.extract.learn.Example}s, always with the same parameters and on
 * one thread, so that the same examples give byte-identical model files.
 */
@NullMarked
package org.parley.extract.learn;

import org.jspecify.annotations.NullMarked;
