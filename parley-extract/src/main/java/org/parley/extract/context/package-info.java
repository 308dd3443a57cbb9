/**
 * What the claim rules share about one document: a view of the analysed text in normalised offsets
 * ({@link org.parley.extract.context.DocContext}), clause boundaries, who holds a stance voiced at
 * a place in the text, and the provenance (status, attribution chain, valid time) a claim inherits
 * from the cues around its evidence.
 */
@NullMarked
package org.parley.extract.context;

import org.jspecify.annotations.NullMarked;
