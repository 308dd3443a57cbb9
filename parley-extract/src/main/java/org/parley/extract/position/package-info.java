/**
 * Demands, offers and rejections decided by a learned classifier: for each sentence, the parties
 * that may voice a position there ({@link org.parley.extract.position.HolderCandidates}) and the
 * provisions it may be about ({@link org.parley.extract.position.ProvisionCandidates}); each
 * (party, provision) pair is described by features and classified as a demand, an offer, a
 * rejection or nothing. The rules of {@code claim/} contribute their findings as features, so the
 * classifier learns when to trust them.
 */
@NullMarked
package org.parley.extract.position;

import org.jspecify.annotations.NullMarked;
