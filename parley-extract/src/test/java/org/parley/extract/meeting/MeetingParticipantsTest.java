package org.parley.extract.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.Meeting;

/**
 * Participants named in ways the plain mention layer misses: a title with the person's full name
 * after it, an office such as emir, and Arabic names with lower-case particles.
 */
class MeetingParticipantsTest {
  private static final LocalDate DAY = LocalDate.of(2022, 3, 9);

  @Test
  void aFullNameAfterAnOfficeOfAStateIsThatPerson() {
    assertThat(
            participants(
                "Dmytro Kuleba met the adviser to the President of the United States Jake"
                    + " Sullivan in Washington on Tuesday."))
        .containsExactlyInAnyOrder(List.of("kuleba", "sullivan"));
  }

  @Test
  void anEmirIsTheEmirOfHisState() {
    assertThat(participants("I also held talks with the Emir of Qatar about grain exports."))
        .containsExactlyInAnyOrder(List.of("al-thani", "zelensky"));
  }

  @Test
  void anArabicNameKeepsItsArticleInTheId() {
    assertThat(
            participants(
                "I spoke by phone today with Sheikh Tamim bin Hamad al Thani about our"
                    + " prisoners."))
        .containsExactlyInAnyOrder(List.of("al-thani", "zelensky"));
  }

  /** The participant ids (sorted) of each meeting the rules find in a Kyiv readout. */
  private static List<List<String>> participants(String text) {
    List<Claim> found = Meetings.find(Meetings.document("kyiv", DAY, null, text));
    return found.stream()
        .map(c -> ((Meeting) c).participants().stream().map(ActorId::value).sorted().toList())
        .toList();
  }
}
