package org.parley.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.language.mention.Mention;
import org.parley.language.quote.Quotation;
import org.parley.language.quote.Speaker;
import org.parley.language.time.TimeExpression;
import org.parley.model.Span;
import org.parley.testkit.DocumentFixture;
import org.parley.testkit.HardWrap;

/**
 * A hard-wrapped article reads exactly as the same article unwrapped: the same paragraphs,
 * sentences, mentions, quotations with their speakers and times, at every width and line layout,
 * with every span pointing at the same words of the wrapped original. The article is our own.
 */
class WrappedTextTest {
  static final String ARTICLE =
      String.join(
          "\n\n",
          "Ukraine's foreign minister said on Tuesday that Kyiv \"will not trade land for a"
              + " pause in the fighting,\" adding that any ceasefire had to begin with the return of"
              + " the children taken to Russia.",
          "\"We have heard such offers before,\" Kremlin spokesman Dmitry Peskov told reporters"
              + " in Moscow. \"They always end with Ukraine rearming and the front moving again.\"",
          "Russian forces control about a fifth of Ukraine, including nearly all of the Luhansk"
              + " region and roughly 70 percent of Donetsk, according to Western estimates cited by"
              + " the U.S. mission to NATO.",
          "President Volodymyr Zelensky met Finnish President Alexander Stubb in Helsinki on"
              + " Monday to discuss security guarantees, Mr. Stubb's office said. After the meeting"
              + " Zelensky said: \"We are ready for talks at any level.",
          "\"But we will not sign a paper that only gives Moscow time to regroup.\"",
          "The U.S. envoy Steve Witkoff said Mr. Putin was open to a summit with Mr. Zelensky"
              + " in the spring of 2026, though no date or place had been set.");

  static List<HardWrap.Variant> variants() {
    return HardWrap.variants(34, 45, 60, 72, 80, 101);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void readsAWrappedArticleAsTheUnwrappedOne(HardWrap.Variant v) {
    String wrapped = HardWrap.wrap(ARTICLE, v.width(), v.layout());
    assertThat(wrapped).isNotEqualTo(ARTICLE);
    AnalyzedDocument flat = analyze(ARTICLE);
    AnalyzedDocument wrap = analyze(wrapped);
    assertThat(wrap.paragraphs()).hasSameSizeAs(flat.paragraphs());
    assertThat(spans(wrap, wrap.sentences().stream().map(s -> s.span())))
        .isEqualTo(spans(flat, flat.sentences().stream().map(s -> s.span())));
    assertThat(mentions(wrap)).isEqualTo(mentions(flat));
    assertThat(quotations(wrap)).isEqualTo(quotations(flat)).isNotEmpty();
    assertThat(times(wrap)).isEqualTo(times(flat)).isNotEmpty();
  }

  private static AnalyzedDocument analyze(String text) {
    return Layers.shared().analyze(DocumentFixture.withText("w", "2025-11-20", text));
  }

  /** The words under each span, white space collapsed: what the span points at. */
  private static List<String> spans(AnalyzedDocument doc, Stream<Span> spans) {
    return spans.map(s -> words(doc.text(s))).toList();
  }

  private static List<String> mentions(AnalyzedDocument doc) {
    return doc.mentions().stream()
        .map((Mention m) -> m.kind() + " " + words(doc.text(m.span())) + " " + m.holder())
        .toList();
  }

  private static List<String> quotations(AnalyzedDocument doc) {
    String text = doc.document().text();
    return doc.quotations().stream()
        .map((Quotation q) -> words(q.quote(text)) + " | " + speaker(q.speaker()))
        .toList();
  }

  private static String speaker(Speaker s) {
    return switch (s) {
      case Speaker.Known k -> k.referent().agent() + " " + k.referent().holder() + " " + k.cue();
      case Speaker.Unknown u -> "unknown";
    };
  }

  private static List<String> times(AnalyzedDocument doc) {
    return doc.times().stream()
        .map((TimeExpression t) -> words(doc.text(t.span())) + " " + t.value())
        .toList();
  }

  private static String words(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
