package org.parley.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2022-07-27|2022-07-27",
        "2022-03-01T18:50:00Z|2022-03-01",
        "2022-03-01T23:50:00+03:00|2022-03-01",
        "2022-03-01 08:15|2022-03-01",
        "2022/06/23|2022-06-23",
        "March 1, 2022|2022-03-01",
        "Mar 1, 2022|2022-03-01",
        "1 March 2022|2022-03-01",
        "Tue, 1 Mar 2022 18:50:00 GMT|2022-03-01",
        "  2025-08-21  |2025-08-21"
      })
  void readsTheDaySourcesWrite(String raw, String day) {
    assertThat(DateText.read(raw)).isEqualTo(new DateReading.Known(LocalDate.parse(day)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022-02-30", "2022-13-01", "2021/02/29"})
  void anImpossibleDayIsUnusableNotAdjusted(String raw) {
    assertThat(DateText.read(raw))
        .isInstanceOfSatisfying(
            DateReading.Unusable.class, u -> assertThat(u.problem()).startsWith("impossible date"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2199-01-01", "1066-10-14"})
  void anImplausibleDayIsUnusable(String raw) {
    assertThat(DateText.read(raw)).isInstanceOf(DateReading.Unusable.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "21.08.2025", "2022-7"})
  void textThatIsNoDateIsUnusable(String raw) {
    assertThat(DateText.read(raw))
        .isInstanceOfSatisfying(
            DateReading.Unusable.class, u -> assertThat(u.problem()).contains(raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void blankIsMissing(String raw) {
    assertThat(DateText.read(raw)).isEqualTo(new DateReading.Missing());
  }
}
