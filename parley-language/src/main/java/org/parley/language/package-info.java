/**
 * Parley's language layer: it turns a {@link org.parley.model.Document} into an {@link
 * org.parley.language.AnalyzedDocument} holding paragraphs, sentences, knowledge-base mentions,
 * coreference, time expressions, quotations with their speakers and attribution cues, every one of
 * them with spans into the document's original text. {@link org.parley.language.LanguageLayer}
 * loads its models once and is safe to share between threads; tokens and part-of-speech tags are
 * computed only for the sentences a caller asks for.
 */
@NullMarked
package org.parley.language;

import org.jspecify.annotations.NullMarked;
