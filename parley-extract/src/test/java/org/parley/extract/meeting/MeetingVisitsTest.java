package org.parley.extract.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.extract.context.DocContext;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.Meeting;

/**
 * Visits: the place visited is the meeting's place, a "recent" visit has no date of the readout,
 * and a visit is another meeting than a later call of the same leaders. A passage that misreads a
 * gold meeting of its sentence is no example that no meeting was held.
 */
class MeetingVisitsTest {
  private static final LocalDate DAY = LocalDate.of(2022, 2, 21);

  @Test
  void aVisitHasThePlaceVisited() {
    List<Meeting> found =
        meetings("wire", "Emmanuel Macron visited Kyiv on Tuesday and met Volodymyr Zelensky.");
    assertThat(found).extracting(Meeting::place).containsOnly("Kyiv");
    List<Meeting> visit =
        meetings(
            "wire", "Olaf Scholz held talks with Vladimir Putin on a visit to Moscow on Tuesday.");
    assertThat(visit).as(visit.toString()).extracting(Meeting::place).containsOnly("Moscow");
  }

  @Test
  void aRecentVisitIsAnotherMeetingThanTheCallAndHasNoDate() {
    List<Meeting> found =
        meetings(
            "kremlin",
            "Vladimir Putin had a telephone conversation with Emmanuel Macron. The leaders went"
                + " back to the talks held during Emmanuel Macron's recent visit to Moscow.");
    assertThat(found).hasSize(2);
    Meeting visit = found.stream().filter(m -> m.place() != null).findFirst().orElseThrow();
    assertThat(visit.place()).isEqualTo("Moscow");
    assertThat(visit.provenance().validTime()).isNull();
    assertThat(found.stream().filter(m -> m.place() == null).findFirst().orElseThrow())
        .extracting(m -> m.provenance().validTime().start())
        .isEqualTo(DAY);
  }

  @Test
  void aMisreadGoldMeetingIsNoExample() {
    DocContext ctx =
        Meetings.analyze(
            Meetings.document(
                "wire", DAY, null, "Emmanuel Macron met Vladimir Putin in Moscow on Monday."));
    Meeting wider =
        Meetings.gold(
            ctx, DAY, List.of(ActorId.of("macron"), ActorId.of("scholz"), ActorId.of("biden")));
    Map<String, List<org.parley.extract.learn.Example>> examples =
        Meetings.RULES.examples(ctx, List.<Claim>of(wider));
    assertThat(examples.get(LearnedMeetingFinder.MODEL)).isEmpty();
    assertThat(Meetings.RULES.examples(ctx, List.of()).get(LearnedMeetingFinder.MODEL))
        .isNotEmpty();
  }

  private static List<Meeting> meetings(String outlet, String text) {
    String title = outlet.equals("kremlin") ? "Telephone conversation with Emmanuel Macron" : null;
    return Meetings.find(Meetings.document(outlet, DAY, title, text)).stream()
        .map(Meeting.class::cast)
        .toList();
  }
}
