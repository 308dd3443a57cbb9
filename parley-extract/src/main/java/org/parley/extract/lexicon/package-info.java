/**
 * The extractor's lexicons, as data files under {@code org/parley/extract/lexicon/}: which phrases
 * name a negotiation provision ({@link org.parley.extract.lexicon.ProvisionLexicon}) and which
 * words negate one. Loaded once, immutable, shared by all threads.
 */
@NullMarked
package org.parley.extract.lexicon;

import org.jspecify.annotations.NullMarked;
