package org.parley.kb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.ActorId;
import org.parley.model.RegionId;

class KnowledgeBaseTest {
  private final KnowledgeBase kb = KnowledgeBase.loadDefault();

  @Test
  void loadsTheBundledData() {
    assertThat(kb.actor(ActorId.of("RUS"))).isPresent();
    assertThat(kb.person(ActorId.of("putin")).orElseThrow().party()).isEqualTo(ActorId.of("RUS"));
    assertThat(kb.region(RegionId.of("UA-14"))).isPresent();
    assertThat(kb.expand("Donbas")).containsExactly(RegionId.of("UA-09"), RegionId.of("UA-14"));
  }
}
