package org.parley.analysis.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.RegionId;

class KbPopulationTest {
  private final PopulationSource kb = KbPopulation.fromDefaultKnowledgeBase();

  @Test
  void readsRegionPopulationsFromTheKnowledgeBase() {
    assertThat(kb.population(RegionId.of("UA-14"))).isPresent();
    assertThat(kb.population(RegionId.of("UA-14")).getAsLong()).isGreaterThan(1_000_000);
    assertThat(kb.basis()).contains("estimate");
  }

  @Test
  void aRegionTheKnowledgeBaseLacksHasNoFigure() {
    assertThat(kb.population(RegionId.of("ZZ-99"))).isEmpty();
  }
}
