package org.parley.language.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.testkit.DocumentFixture;

class LineWrapsTest {
  private static final String JOINED =
      "The envoys met for a third day in a lakeside hotel and said they had narrowed their"
          + " differences on the exchange of prisoners, though the question of the front line"
          + " was left for their leaders to settle.";

  private static String normalized(String text) {
    return new TextNormalizer()
        .normalize(DocumentFixture.withText("d", "2025-01-01", text))
        .normalized();
  }

  @Test
  void joinsTheLinesOfAParagraphWrappedAtAFixedWidth() {
    String wrapped =
        """
        The envoys met for a third day in a lakeside hotel and said they had
        narrowed their differences on the exchange of prisoners, though the
        question of the front line was left for their leaders to settle.

        Both delegations were expected back in their capitals by the evening.""";
    assertThat(normalized(wrapped))
        .isEqualTo(
            JOINED
                + "\n\n"
                + "Both delegations were expected back in their capitals by the evening.");
  }

  @Test
  void keepsShortLinesThatEndASentenceApart() {
    String text =
        """
        The envoys met for a third day in a lakeside hotel and said they had
        narrowed their differences on the exchange of prisoners.
        A second round is planned for next month, the hosts said on Sunday.
        The talks will resume at the same hotel, which the hosts are paying for.""";
    assertThat(normalized(text).lines())
        .containsExactly(
            "The envoys met for a third day in a lakeside hotel and said they had narrowed their"
                + " differences on the exchange of prisoners.",
            "A second round is planned for next month, the hosts said on Sunday. The talks will"
                + " resume at the same hotel, which the hosts are paying for.");
  }

  @Test
  void dropsTheIndentationOfAWrappedListItemButKeepsItemsApart() {
    String text =
        """
        The sides agreed on the following points after two days of talks in the
        city:

        -   Both sides will stop strikes on ports and grain terminals in the
            coastal regions for thirty days.
        -   Ships will be inspected at sea.
        -   Monitors from neutral states will report on any violation to the
            two governments and to the guarantors.""";
    assertThat(normalized(text).lines())
        .contains(
            "-   Both sides will stop strikes on ports and grain terminals in the coastal regions"
                + " for thirty days.",
            "-   Ships will be inspected at sea.",
            "-   Monitors from neutral states will report on any violation to the two governments"
                + " and to the guarantors.");
  }

  @Test
  void keepsTranscriptSpeakerLabelsAndHeadingsOnTheirOwnLines() {
    String text =
        """
        ## Questions from the press after the meeting with the visiting minister
        THE SPOKESWOMAN: We have said for weeks that any pause must come with
        a schedule for the exchange of all prisoners held by both sides.
        Q    Will the minister travel on to the capital after the stop here?""";
    assertThat(normalized(text).lines())
        .containsExactly(
            "## Questions from the press after the meeting with the visiting minister",
            "THE SPOKESWOMAN: We have said for weeks that any pause must come with a schedule"
                + " for the exchange of all prisoners held by both sides.",
            "Q    Will the minister travel on to the capital after the stop here?");
  }

  @Test
  void leavesLinesOfUnwrappedTextAlone() {
    String text =
        "Kharkiv 12\nZaporizhzhia 75\n\nFirst paragraph of some length that simply goes on.\n"
            + "Second paragraph, written on one line of its own, much longer than the first one"
            + " was and ending here.";
    assertThat(normalized(text)).isEqualTo(text);
  }

  @Test
  void joinsALowerCaseContinuationEvenWhereNoWidthCanBeTold() {
    assertThat(normalized("The mayor called the minister to\ncongratulate him."))
        .isEqualTo("The mayor called the minister to congratulate him.");
  }

  @Test
  void readsCarriageReturnLineEndsAndAMarkdownHardBreak() {
    String text =
        "The envoys met for a third day in a lakeside hotel and said they had\r\n"
            + "narrowed their differences on the exchange of prisoners, though the\r\n"
            + "question of the front line was left for their leaders to settle.\r\n\r\n"
            + "Outcomes of the expert talks  \nheld in the capital";
    assertThat(normalized(text))
        .isEqualTo(JOINED + "\n\n" + "Outcomes of the expert talks  \nheld in the capital");
  }

  @Test
  void mapsSpansInTheJoinedTextBackToTheWrappedOriginal() {
    String text =
        """
        The envoys met for a third day in a lakeside hotel and said they had
            narrowed their differences on the exchange of prisoners, though the
        question of the front line was left for their leaders to settle.""";
    AlignedText t =
        new TextNormalizer().normalize(DocumentFixture.withText("d", "2025-01-01", text));
    int n = t.normalized().indexOf("had narrowed");
    assertThat(t.span(n, n + "had narrowed".length()).of(text)).isEqualTo("had\n    narrowed");
    assertThat(t.toNormalized(text.indexOf("narrowed"))).isEqualTo(n + 4);
  }
}
