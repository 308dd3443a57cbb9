/**
 * The cheap pre-pass: one dictionary scan of the whole body that marks the sentences that could
 * hold a claim (demand, offer, rejection, control, meeting and quotation cues, figures, parties and
 * people), so that expensive analysis runs only on them.
 */
@NullMarked
package org.parley.language.trigger;

import org.jspecify.annotations.NullMarked;
