package org.parley.language.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.Document;
import org.parley.model.Span;
import org.parley.testkit.DocumentFixture;

class TextNormalizerTest {
  private final TextNormalizer normalizer = new TextNormalizer();

  @Test
  void straightensQuotesDashesAndSpacesOneForOne() {
    AlignedText t =
        normalizer.normalize(
            DocumentFixture.withText(
                "d", "2025-01-01", "“Kyiv’s line — held,” he said\u00a0today."));
    assertThat(t.normalized()).isEqualTo("\"Kyiv's line - held,\" he said today.");
    assertThat(t.toOriginal(5)).isEqualTo(5);
  }

  @Test
  void mapsSpansBackAcrossAnExpandedEllipsisAndDroppedCharacters() {
    String text = "Talks ended\u2026 Sievier\u00adodonetsk\r\nFell.";
    AlignedText t = normalizer.normalize(DocumentFixture.withText("d", "2025-01-01", text));
    assertThat(t.normalized()).isEqualTo("Talks ended... Sievierodonetsk\nFell.");
    int n = t.normalized().indexOf("Sievierodonetsk");
    Span city = t.span(n, n + "Sievierodonetsk".length());
    assertThat(city.of(text)).isEqualTo("Sievier\u00adodonetsk");
    int dots = t.normalized().indexOf("...");
    assertThat(t.span(dots, dots + 3).of(text)).isEqualTo("\u2026");
    int fell = t.normalized().indexOf("Fell");
    assertThat(t.span(fell, fell + 4).of(text)).isEqualTo("Fell");
    assertThat(t.toNormalized(text.indexOf("Fell"))).isEqualTo(fell);
  }

  @Test
  void normalisesOnlyTheBody() {
    String text = " date 2025-08-21 header\n\nBody “here”.";
    Document d =
        DocumentFixture.withText("d", "2025-08-21", text)
            .withBody(new Span(text.indexOf("Body"), text.length()));
    AlignedText t = normalizer.normalize(d);
    assertThat(t.normalized()).isEqualTo("Body \"here\".");
    assertThat(t.span(0, 4).of(text)).isEqualTo("Body");
  }
}
