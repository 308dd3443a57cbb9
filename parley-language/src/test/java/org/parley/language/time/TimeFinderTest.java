package org.parley.language.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.language.text.OpenNlpModels;
import org.parley.language.text.SentenceSplitter;
import org.parley.language.text.TextNormalizer;
import org.parley.testkit.DocumentFixture;

class TimeFinderTest {
  private static final SentenceSplitter SPLITTER =
      new SentenceSplitter(OpenNlpModels.fromClasspath().sentences());

  private static List<TimeExpression> times(String date, String text) {
    var doc = DocumentFixture.withText("d", date, text);
    return new TimeFinder()
        .find(SPLITTER.split(new TextNormalizer().normalize(doc)), LocalDate.parse(date));
  }

  private static String value(String date, String text) {
    List<TimeExpression> found = times(date, text);
    assertThat(found).as(text).hasSize(1);
    return found.get(0).value().toString();
  }

  @Test
  void readsAPastWeekdayAsTheLatestOneOnOrBeforeTheDocumentDate() {
    assertThat(value("2025-08-21", "Moscow informed Washington on Friday."))
        .isEqualTo("2025-08-15");
    assertThat(value("2025-08-21", "He spoke on Thursday.")).isEqualTo("2025-08-21");
  }

  @Test
  void readsTheDayBeforeAsTheDayBeforeTheReport() {
    assertThat(value("2022-04-12", "The envoys spoke about the round held the day before."))
        .isEqualTo("2022-04-11");
    assertThat(value("2022-04-12", "A day earlier, the ministers had met."))
        .isEqualTo("2022-04-11");
    assertThat(value("2022-04-12", "They had talked the previous day.")).isEqualTo("2022-04-11");
    assertThat(value("2022-04-12", "They met the day before yesterday.")).isEqualTo("2022-04-10");
  }

  @Test
  void leavesTheDayBeforeAnEventToTheEvent() {
    assertThat(times("2022-04-12", "He last came on the day before the invasion.")).isEmpty();
    assertThat(times("2022-04-12", "It was the day before Easter.")).isEmpty();
  }

  @Test
  void readsAFutureWeekdayForward() {
    assertThat(value("2025-08-21", "The envoys will meet on Monday.")).isEqualTo("2025-08-25");
    assertThat(value("2025-08-21", "They met last Thursday.")).isEqualTo("2025-08-14");
  }

  @Test
  void keepsThePrecisionTheTextGives() {
    assertThat(value("2025-08-21", "It happened this week.")).isEqualTo("2025-08");
    assertThat(value("2025-08-21", "It happened last month.")).isEqualTo("2025-07");
    assertThat(value("2025-08-21", "It began in February 2022.")).isEqualTo("2022-02");
    assertThat(value("2022-03-30", "Talks were held on March 29.")).isEqualTo("2022-03-29");
    assertThat(value("2022-03-30", "Figures as of March 30.")).isEqualTo("2022-03-30");
    assertThat(value("2025-02-03", "They met on Jan. 5.")).isEqualTo("2025-01-05");
    assertThat(value("2025-02-03", "A claim made on 24 February 2022.")).isEqualTo("2022-02-24");
  }

  @Test
  void readsAMonthDayAfterTheDocumentDateAsLastYearUnlessFuture() {
    assertThat(value("2022-03-01", "The deal was signed on December 5.")).isEqualTo("2021-12-05");
    assertThat(value("2022-06-15", "On June 17, Putin will speak.")).isEqualTo("2022-06-17");
  }

  @Test
  void readsRelativeWindowsWithTheirBounds() {
    TimeExpression t = times("2025-08-21", "They met less than one week ago.").get(0);
    assertThat(t.value()).hasToString("2025-08");
    assertThat(t.modifier()).isEqualTo(TimeModifier.WITHIN);
    assertThat(t.earliest()).isEqualTo(LocalDate.of(2025, 8, 14));
    assertThat(value("2025-08-21", "It fell three days ago.")).isEqualTo("2025-08-18");
  }

  @Test
  void takesThatYearFromTheNarrative() {
    List<TimeExpression> t =
        times(
            "2025-08-21",
            "The invasion began in February 2022. By late summer that year it had stalled.");
    assertThat(t).extracting(x -> x.value().toString()).containsExactly("2022-02", "2022-08");
    assertThat(t.get(1).modifier()).isEqualTo(TimeModifier.BY);
  }

  @Test
  void marksTimesAttachedToAReportingVerb() {
    TimeExpression t = times("2022-06-01", "Haidai said on Wednesday that the city held.").get(0);
    assertThat(t.reporting()).isTrue();
  }

  @Test
  void doesNotTakeTheModalMayOrCountsForDates() {
    assertThat(times("2025-08-21", "Russia may agree. Some 2000 troops left.")).isEmpty();
  }

  @Test
  void givesTheSameOutputForTheSameInput() {
    String text = "On Friday, after talks in 2024 and last month, nothing changed this week.";
    assertThat(times("2025-08-21", text)).isEqualTo(times("2025-08-21", text));
  }
}
