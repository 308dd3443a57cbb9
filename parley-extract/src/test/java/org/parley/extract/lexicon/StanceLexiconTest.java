package org.parley.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.model.ClaimKind;

class StanceLexiconTest {
  private static final StanceLexicon LEXICON = StanceLexicon.bundled();

  private static List<ClaimKind> kinds(String text) {
    return LEXICON.find(text, 0, text.length()).stream().map(StanceTrigger::kind).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Moscow proposed a swap of all detainees",
        "The mediators put forward a proposal for a truce at the plant",
        "Kyiv offered to reopen the crossing",
      })
  void aPartyThatProposesOffers(String sentence) {
    assertThat(kinds(sentence)).contains(ClaimKind.OFFER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The delegation received new proposals on a prisoner swap",
        "Officials in Berlin are studying the proposals on a truce",
        "The ministry has not yet responded to the proposal for a ceasefire",
      })
  void aPartyThatReceivesOrWeighsAProposalOffersNothing(String sentence) {
    assertThat(kinds(sentence)).doesNotContain(ClaimKind.OFFER);
  }
}
