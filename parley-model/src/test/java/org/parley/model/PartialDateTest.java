package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {
  @Test
  void keepsThePrecisionItWasReadWith() {
    assertThat(PartialDate.parse("2024").precision()).isEqualTo(PartialDate.Precision.YEAR);
    assertThat(PartialDate.parse("2025-08").precision()).isEqualTo(PartialDate.Precision.MONTH);
    assertThat(PartialDate.parse("2025-08-15").toString()).isEqualTo("2025-08-15");
    assertThat(PartialDate.parse("2025-08").toString()).isEqualTo("2025-08");
  }

  @Test
  void coversEveryDayOfItsPeriod() {
    PartialDate february = PartialDate.parse("2024-02");
    assertThat(february.start()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(february.end()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(february.covers(LocalDate.of(2024, 2, 29))).isTrue();
    assertThat(PartialDate.ofYear(2014).covers(LocalDate.of(2015, 1, 1))).isFalse();
  }

  @Test
  void rejectsImpossibleDates() {
    assertThatThrownBy(() -> PartialDate.parse("2025-02-30")).hasMessageContaining("no such day");
    assertThatThrownBy(() -> PartialDate.parse("2025-13")).hasMessageContaining("month");
    assertThatThrownBy(() -> PartialDate.parse("August 2025")).hasMessageContaining("not a date");
  }

  @Test
  void ordersCoarserBeforeFinerOnTheSameStart() {
    assertThat(PartialDate.parse("2025")).isLessThan(PartialDate.parse("2025-01"));
    assertThat(PartialDate.parse("2025-01-01")).isGreaterThan(PartialDate.parse("2025-01"));
    assertThat(PartialDate.parse("2024-12-31")).isLessThan(PartialDate.parse("2025"));
  }
}
