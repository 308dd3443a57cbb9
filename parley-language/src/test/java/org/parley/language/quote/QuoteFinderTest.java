package org.parley.language.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.language.AnalyzedDocument;
import org.parley.language.Layers;
import org.parley.testkit.DocumentFixture;

class QuoteFinderTest {
  private static List<Quotation> quotes(String text) {
    AnalyzedDocument doc =
        Layers.shared().analyze(DocumentFixture.withText("d", "2022-06-01", text));
    return doc.quotations();
  }

  @Test
  void ignoresApostrophesAndPairsStraightQuotes() {
    String text = "Kyiv's envoy said \"we won't yield\" and Russia's envoy disagreed.";
    List<Quotation> q = quotes(text);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).quote(text)).isEqualTo("we won't yield");
    assertThat(q.get(0).partial()).isTrue();
  }

  @Test
  void mergesAQuotationSplitByASpeechClause() {
    String text = "“We hold the plant,” said Haidai. “We will not leave.”";
    List<Quotation> q = quotes(text);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).contents()).hasSize(2);
    assertThat(q.get(0).quote(text)).isEqualTo("We hold the plant, We will not leave.");
  }

  @Test
  void continuesAnUnclosedQuotationIntoTheNextQuotedParagraph() {
    String text =
        "Zelenskiy said: “We are ready.\n\n“But not at any price.”\n\nAfter that, silence.";
    List<Quotation> q = quotes(text);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).contents()).hasSize(2);
    assertThat(((Speaker.Known) q.get(0).speaker()).referent().agent()).isEqualTo("zelensky");
  }

  @Test
  void leavesAQuotationWithoutASpeakerCueUnknown() {
    String text = "Analysts were cautious.\n\n“Nobody knows how long this lasts.”";
    assertThat(quotes(text).get(0).speaker()).isInstanceOf(Speaker.Unknown.class);
  }

  @Test
  void neverTakesATweetSignatureAsTheSpeakerOfALaterQuotation() {
    String text =
        "The front moves daily.\n— Some Analyst (@handle) June 1, 2022\n\n“It will last.”";
    assertThat(quotes(text).get(0).speaker()).isInstanceOf(Speaker.Unknown.class);
  }
}
