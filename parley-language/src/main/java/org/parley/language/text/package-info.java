/**
 * Text structure: normalisation for matching with an alignment back to the original characters
 * ({@link org.parley.language.text.AlignedText}), paragraphs, sentences (OpenNLP's sentence model
 * with repairs for news text), and tokens with part-of-speech tags and rule-based lemmas on demand.
 */
@NullMarked
package org.parley.language.text;

import org.jspecify.annotations.NullMarked;
