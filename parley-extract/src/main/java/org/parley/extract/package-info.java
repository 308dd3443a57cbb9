/**
 * Claim extraction: turns a {@link org.parley.model.Document}, as the language layer analysed it,
 * into {@code parley.claim/1} claims — demands, offers, rejections, control figures, statements and
 * meetings — each with its evidence spans in the original text, status, attribution, valid time,
 * confidence and the rule that produced it. {@link org.parley.extract.ExtractionPipeline} composes
 * the stages; the rules live in {@code claim/}, the shared context resolution in {@code context/},
 * the lexicons (data files) in {@code lexicon/}.
 */
@NullMarked
package org.parley.extract;

import org.jspecify.annotations.NullMarked;
