package org.parley.language.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Document;
import org.parley.testkit.DocumentFixture;

class SentenceSplitterTest {
  private static final SentenceSplitter SPLITTER =
      new SentenceSplitter(OpenNlpModels.fromClasspath().sentences());

  static List<String> sentences(String text) {
    Document d = DocumentFixture.withText("d", "2025-01-01", text);
    SentencedText t = SPLITTER.split(new TextNormalizer().normalize(d));
    return t.sentences().stream().map(s -> s.span().of(text)).toList();
  }

  @Test
  void keepsTitleUnitAndMonthAbbreviationsInsideTheSentence() {
    assertThat(sentences("Mr. Witkoff met Gen. Syrskyi on Jan. 5 near 150 sq. miles of land."))
        .hasSize(1);
  }

  @Test
  void splitsAfterUsWhenASentencePlainlyStarts() {
    assertThat(sentences("The round is set for the U.S. The venue was not named."))
        .containsExactly("The round is set for the U.S.", "The venue was not named.");
    assertThat(sentences("U.S. officials met. The U.S. delegation left."))
        .containsExactly("U.S. officials met.", "The U.S. delegation left.");
  }

  @Test
  void splitsAfterAQuotationThatEndsASentence() {
    assertThat(sentences("He said Moscow had \"never wanted land.\" Instead, it wants more."))
        .containsExactly("He said Moscow had \"never wanted land.\"", "Instead, it wants more.");
  }

  @Test
  void keepsTheReportingClauseWithItsQuotation() {
    assertThat(sentences("“Whatever helps to stall,” the official said. “Not now.”"))
        .containsExactly("“Whatever helps to stall,” the official said.", "“Not now.”");
  }

  @Test
  void readsBlankLinesAsParagraphsAndLineBreaksAsSentenceEnds() {
    String text = "First one\nSecond line\n\nNew paragraph.";
    Document d = DocumentFixture.withText("d", "2025-01-01", text);
    SentencedText t = SPLITTER.split(new TextNormalizer().normalize(d));
    assertThat(t.paragraphs()).hasSize(2);
    assertThat(t.sentences()).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
  }
}
