package org.parley.extract.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.extract.context.DocContext;
import org.parley.model.Claim;

/**
 * Dates of meetings: a year that dates another noun is not the meeting's, and a day given without a
 * year is taken in the year nearest the report (so a day early next year is a planned meeting).
 */
class MeetingDatesTest {
  @Test
  void aYearBeforeAnotherNounDoesNotDateTheCall() {
    List<Claim> found =
        Meetings.find(
            Meetings.document(
                "wire",
                LocalDate.of(2021, 12, 8),
                null,
                "The 2015 Minsk agreements were discussed when Vladimir Putin spoke by phone with"
                    + " Joe Biden."));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).provenance().validTime()).isNull();
  }

  @Test
  void aDayWithoutAYearIsTheNearestSuchDay() {
    String text = "Russian and American diplomats meet in Geneva on January 10 for security talks.";
    assertThat(candidates(LocalDate.of(2021, 12, 29), text)).isEmpty();
    assertThat(candidates(LocalDate.of(2022, 1, 11), text))
        .extracting(c -> c.time().date().start())
        .containsOnly(LocalDate.of(2022, 1, 10));
  }

  private static List<Candidate> candidates(LocalDate day, String text) {
    DocContext ctx = Meetings.analyze(Meetings.document("wire", day, null, text));
    return new CandidateFinder(Meetings.KB, MeetingWords.bundled()).find(ctx);
  }
}
