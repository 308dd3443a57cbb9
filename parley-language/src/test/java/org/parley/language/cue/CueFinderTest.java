package org.parley.language.cue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.language.AnalyzedDocument;
import org.parley.language.Layers;
import org.parley.language.text.Sentence;
import org.parley.model.Status;
import org.parley.testkit.DocumentFixture;

/**
 * Reporting frames of unnamed sources and the reach of "could not verify", on articles we wrote.
 */
class CueFinderTest {
  private static final String BRIEFING =
      """
      Officials in Kyiv confirmed on Monday that the talks would resume, reports said.

      Two Western officials described the Russian draft on Tuesday. Moscow wants all of the \
      Donetsk region, one of the officials said. Kyiv would reject any freeze, the officials said.

      The city council met on Wednesday. Russia is ready to offer a ceasefire in Zaporizhzhia, a \
      person familiar with the matter said. "Nobody expects a quick deal," the official said.

      The Daily Planet could not independently verify their account.""";

  private static AnalyzedDocument analyze(String text) {
    return Layers.shared().analyze(DocumentFixture.withText("d", "2025-08-21", text));
  }

  private static Status statusOf(AnalyzedDocument doc, String sentenceStart) {
    return doc.attributionFor(sentence(doc, sentenceStart).span()).status();
  }

  private static Sentence sentence(AnalyzedDocument doc, String start) {
    return doc.sentences().stream()
        .filter(s -> doc.text(s.span()).startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sentence starting " + start));
  }

  @Test
  void aPostposedUnnamedSourceMakesWhatItRelaysReportedWithItsPhrase() {
    AnalyzedDocument doc = analyze(BRIEFING.substring(0, BRIEFING.indexOf("The Daily")));
    assertThat(statusOf(doc, "Moscow wants")).isEqualTo(Status.REPORTED);
    assertThat(doc.attributionFor(sentence(doc, "Moscow wants").span()).source())
        .isEqualTo("one of the officials");
    assertThat(doc.attributionFor(sentence(doc, "Kyiv would").span()).source())
        .isEqualTo("Two Western officials");
    assertThat(doc.attributionFor(sentence(doc, "Russia is ready").span()).source())
        .isEqualTo("a person familiar with the matter");
    assertThat(doc.attributionFor(sentence(doc, "Russia is ready").span()).named()).isFalse();
  }

  @Test
  void aSourceQuotingItselfSpeaksOnItsOwnAccount() {
    AnalyzedDocument doc = analyze(BRIEFING);
    assertThat(doc.cuesGoverning(sentence(doc, "\"Nobody").span()))
        .noneMatch(c -> c instanceof AttributionCue.ReportingFrame f && f.kind() == FrameKind.SAID);
  }

  @Test
  void couldNotVerifyTheirAccountReachesEveryClaimOfThatAccountButNoOtherReport() {
    AnalyzedDocument doc = analyze(BRIEFING);
    assertThat(statusOf(doc, "Moscow wants")).isEqualTo(Status.UNVERIFIED);
    assertThat(statusOf(doc, "Kyiv would")).isEqualTo(Status.UNVERIFIED);
    assertThat(statusOf(doc, "Russia is ready")).isEqualTo(Status.UNVERIFIED);
    assertThat(statusOf(doc, "Officials in Kyiv")).as("another report").isEqualTo(Status.REPORTED);
    assertThat(statusOf(doc, "The city council")).as("narration").isEqualTo(Status.ASSERTED);
    assertThat(statusOf(doc, "Two Western")).as("narration").isEqualTo(Status.ASSERTED);
  }

  @Test
  void couldNotVerifyTheReportReachesBackOverTheOutletsClaimsOnly() {
    AnalyzedDocument doc =
        analyze(
            """
            Ukraine said on Friday that its forces held the line near Pokrovsk.

            Moscow has asked Washington for the whole of the Donbas, two people familiar with \
            the talks told Reuters. The report also said that Russia would return parts of the \
            Sumy region.

            The Kyiv Herald could not independently verify the report.""");
    assertThat(statusOf(doc, "Moscow has asked")).isEqualTo(Status.UNVERIFIED);
    assertThat(statusOf(doc, "The report also")).isEqualTo(Status.UNVERIFIED);
    assertThat(statusOf(doc, "Ukraine said")).isEqualTo(Status.ASSERTED);
  }

  @Test
  void aContestOfThatOrTheClaimDisputesTheSentenceBeforeNotItsOwn() {
    AnalyzedDocument doc =
        analyze(
            """
            A separatist leader said on Friday that his forces held the whole district. Local \
            officials disputed that, saying their units still guarded two bridges. Moscow said the \
            harbour was calm. The navy denied that its ships had left.""");
    assertThat(statusOf(doc, "A separatist")).isEqualTo(Status.DISPUTED);
    assertThat(statusOf(doc, "Local officials")).isEqualTo(Status.ASSERTED);
    assertThat(statusOf(doc, "Moscow said")).isEqualTo(Status.ASSERTED);
    assertThat(statusOf(doc, "The navy")).isEqualTo(Status.DENIED);
  }
}
