/**
 * Coreference within a document: pronouns ("he", "she", "his") and definite descriptions ("the
 * official", "the Kremlin leader", "the Head of State") linked to the person, source or party they
 * stand for, so that later sentences inherit their speaker or agent. A candidate is sought in the
 * same sentence, then earlier sentences of the paragraph, then the paragraph before; when none fits
 * the resolution says so rather than guess.
 */
@NullMarked
package org.parley.language.coref;

import org.jspecify.annotations.NullMarked;
