package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {
  @Test
  void rejectsNegativeOrReversedRanges() {
    assertThatThrownBy(() -> new Span(-1, 2)).hasMessageContaining("invalid span [-1, 2)");
    assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cutsTheCoveredCharacters() {
    assertThat(new Span(4, 9).of("the Donbas region")).isEqualTo("Donba");
  }

  @Test
  void namesTheTextLengthWhenRunningPastIt() {
    assertThatThrownBy(() -> new Span(2, 40).of("short"))
        .hasMessageContaining("runs past a text of 5 characters");
  }

  @Test
  void ordersByStartThenEnd() {
    assertThat(new Span(1, 5)).isLessThan(new Span(2, 3)).isLessThan(new Span(2, 4));
  }

  @Test
  void unionCoversBoth() {
    assertThat(new Span(3, 5).union(new Span(8, 10))).isEqualTo(new Span(3, 10));
    assertThat(new Span(3, 5).overlaps(new Span(5, 6))).isFalse();
    assertThat(new Span(3, 6).contains(new Span(4, 6))).isTrue();
  }
}
