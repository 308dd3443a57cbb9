package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentifierTest {
  @Test
  void acceptsTheContractsActorForms() {
    assertThat(ActorId.of("RUS").isPerson()).isFalse();
    assertThat(ActorId.of("NATO").isPerson()).isFalse();
    assertThat(ActorId.of("putin").isPerson()).isTrue();
    assertThat(ActorId.isValid("von-der-leyen")).isTrue();
  }

  @Test
  void rejectsMalformedActors() {
    assertThatThrownBy(() -> ActorId.of("Putin")).hasMessageContaining("'Putin'");
    assertThat(ActorId.isValid("R")).isFalse();
    assertThat(ActorId.isValid("")).isFalse();
  }

  @Test
  void regionsAreIso31662OrWholeCountries() {
    assertThat(RegionId.of("UA-14").isCountry()).isFalse();
    assertThat(RegionId.of("UA").isCountry()).isTrue();
    assertThat(RegionId.of("RU-KRS").country()).isEqualTo("RU");
    assertThatThrownBy(() -> RegionId.of("Donbas")).hasMessageContaining("ISO 3166-2");
  }

  @Test
  void documentIdsMustNotBeBlank() {
    assertThatThrownBy(() -> new DocumentId("  ")).hasMessageContaining("blank");
  }
}
