package org.parley.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.kb.KnowledgeBase;
import org.parley.model.ActorId;

class NamesTest {
  private final Names names = new Names(KnowledgeBase.loadDefault());

  @Test
  void namesPartiesAndPeopleTheKnowledgeBaseKnows() {
    assertThat(names.actor(ActorId.of("RUS"))).isEqualTo("Russia");
    assertThat(names.actor(ActorId.of("zelensky"))).isEqualTo("Volodymyr Zelensky");
    assertThat(names.actor(ActorId.of("amherd"))).isEqualTo("Viola Amherd");
  }

  @Test
  void capitalisesTheSurnameSlugOfAPersonTheKnowledgeBaseLacks() {
    assertThat(names.actor(ActorId.of("kumpilov"))).isEqualTo("Kumpilov");
    assertThat(names.actor(ActorId.of("spoljaric-egger"))).isEqualTo("Spoljaric-Egger");
    assertThat(names.party(ActorId.of("kumpilov"))).isEqualTo("Kumpilov (kumpilov)");
  }

  @Test
  void keepsTheIdOfAPartyTheKnowledgeBaseLacks() {
    assertThat(names.actor(ActorId.of("XYZ"))).isEqualTo("XYZ");
    assertThat(names.party(ActorId.of("XYZ"))).isEqualTo("XYZ");
  }
}
