/**
 * The contract's scoring rules in code: when a predicted claim matches a gold claim ({@link
 * org.parley.contract.scoring.ClaimMatcher}), greedy one-to-one matching per document with per-kind
 * precision, recall and F1 and attribute accuracies ({@link
 * org.parley.contract.scoring.ClaimScorer}), and the same printed report as {@code
 * shared/tools/score-claims}.
 */
@NullMarked
package org.parley.contract.scoring;

import org.jspecify.annotations.NullMarked;
