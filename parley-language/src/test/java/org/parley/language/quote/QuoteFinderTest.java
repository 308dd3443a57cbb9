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

  @Test
  void mergesASentenceSplitByAToldClauseBetweenCommas() {
    String text =
        "Peskov spoke on Monday. \"This is no truce,\" he told Russian television, \"but it is our"
            + " way of lowering the temperature.\"";
    List<Quotation> q = quotes(text);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).contents()).hasSize(2);
    assertThat(q.get(0).quote(text))
        .isEqualTo("This is no truce, but it is our way of lowering the temperature.");
    assertThat(((Speaker.Known) q.get(0).speaker()).referent().agent()).isEqualTo("peskov");
  }

  @Test
  void mergesAQuotationSplitByToldReporters() {
    String period = "“We hold the line,” Peskov told reporters. “And we will hold it.”";
    String comma = "“No,” Peskov told reporters on a call, “there will be no talks.”";
    assertThat(quotes(period)).singleElement().satisfies(q -> assertThat(q.contents()).hasSize(2));
    assertThat(quotes(comma)).singleElement().satisfies(q -> assertThat(q.contents()).hasSize(2));
  }

  @Test
  void keepsTwoPartialQuotationsOfTwoSpeakersApart() {
    String text = "The envoy said \"peace,\" and Lavrov said \"never.\"";
    List<Quotation> q = quotes(text);
    assertThat(q).hasSize(2);
    assertThat(q.get(0).speaker())
        .as("found, but no one it names")
        .isInstanceOf(Speaker.Unknown.class);
    assertThat(((Speaker.Known) q.get(1).speaker()).referent().agent()).isEqualTo("lavrov");
  }

  @Test
  void aTranscriptLabelNeverSpeaksAQuotationInsideItsSpeech() {
    String text =
        "Sergei Lavrov: Thank you. Vladimir Putin: As they say, \"better late than never.\""
            + " Dmitry Peskov: Good afternoon, everyone.";
    List<Quotation> q = quotes(text);
    assertThat(q).as("unquoted speech is no quotation").hasSize(1);
    assertThat(q.get(0).speaker()).isInstanceOf(Speaker.Unknown.class);
  }

  @Test
  void pairsCurlySingleQuotesOutsideDoubleOnesAndSkipsApostrophes() {
    String text =
        "The governor said ‘the city will hold, whatever Russia’s generals plan’ on Monday."
            + " “He said ‘never’ twice,” the aide added.";
    List<Quotation> q = quotes(text);
    assertThat(q)
        .extracting(x -> x.quote(text))
        .containsExactly(
            "the city will hold, whatever Russia’s generals plan", "He said ‘never’ twice,");
  }

  @Test
  void readsAnEmbeddedPostAsAQuotationOfItsSigner() {
    String text =
        "The front is quiet.\n\nThe enemy is running out of steam… https://t.co/x1 — Olena"
            + " Hrebeniuk (@olena_h) July 30, 2022\n\nShelling resumed.";
    List<Quotation> q = quotes(text);
    assertThat(q)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.quote(text)).isEqualTo("The enemy is running out of steam…");
              assertThat(((Speaker.Known) x.speaker()).referent().agent()).isEqualTo("hrebeniuk");
            });
  }
}
