package org.parley.extract.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.extract.context.DocContext;

/**
 * What the meeting model reads of a candidate beyond its words: a speech next to a summit, words
 * that put the contact in the past, and the pairs of kind, place and time.
 */
class MeetingFeaturesTest {
  private static final LocalDate DAY = LocalDate.of(2022, 4, 2);
  private static final MeetingWords WORDS = MeetingWords.bundled();

  @Test
  void aSpeechBeforeASummitIsSeen() {
    List<String> f =
        features(
            "kyiv",
            "This morning I gave a speech by video link. I spoke to the leaders at the NATO summit.",
            "summit");
    assertThat(f).contains("summit|address-near");
  }

  @Test
  void pastWordsBeforeTheMeetingWordAreSeen() {
    List<String> f =
        features(
            "wire",
            "The recent talks between Sergei Lavrov and Mevlut Cavusoglu in Antalya went well.",
            "talks");
    assertThat(f).contains("past-before", "talks|past-before", "talks|place:yes");
    assertThat(
            features(
                "wire",
                "Talks between Sergei Lavrov and Mevlut Cavusoglu will open in Antalya.",
                "talks"))
        .doesNotContain("past-before");
  }

  @Test
  void kindPlaceAndTimeArePaired() {
    List<String> f =
        features(
            "wire", "Emmanuel Macron met Vladimir Putin in Moscow on 7 February 2022.", "meet");
    assertThat(f).contains("meet|place:yes", "meet|when:old", "place:yes|when:old");
  }

  /** The features of the first candidate of {@code text} whose meeting word is of {@code kind}. */
  private static List<String> features(String outlet, String text, String kind) {
    DocContext ctx = Meetings.analyze(Meetings.document(outlet, DAY, null, text));
    Theatre theatre = new Theatre(Meetings.KB);
    Candidate c =
        new CandidateFinder(Meetings.KB, WORDS)
            .find(ctx).stream()
                .filter(x -> x.trigger() != null && x.trigger().kind().code().equals(kind))
                .findFirst()
                .orElseThrow();
    MeetingFeatures.DocView doc = MeetingFeatures.DocView.of(ctx, WORDS, theatre);
    return new MeetingFeatures(WORDS, theatre).of(ctx, doc, c);
  }
}
