/**
 * Settlement arithmetic: a proposal ({@link org.parley.analysis.settlement.Proposal}, read from
 * YAML by {@link org.parley.analysis.settlement.ProposalReader}) says per region cede, withdraw,
 * freeze or return; {@link org.parley.analysis.settlement.SettlementEvaluator} turns it into the
 * area, and an estimate of the people, that would change hands relative to the line of control on a
 * reference map. The format is documented in {@code docs/proposal-format.md}.
 */
@NullMarked
package org.parley.analysis.settlement;

import org.jspecify.annotations.NullMarked;
