package org.parley.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.language.text.Token;
import org.parley.testkit.DocumentFixture;

class TokensOnDemandTest {
  @Test
  void tagsASentenceOnRequestWithSpansIntoTheOriginalText() {
    String text = "Russia demanded that Kyiv’s troops withdraw\u2026 Talks stalled.";
    AnalyzedDocument doc =
        Layers.shared().analyze(DocumentFixture.withText("d", "2025-01-01", text));
    List<Token> tokens = doc.tokens(doc.sentences().get(0));
    assertThat(tokens).extracting(t -> t.span().of(text)).contains("Russia", "demanded", "troops");
    Token demanded =
        tokens.stream().filter(t -> t.text().equals("demanded")).findFirst().orElseThrow();
    assertThat(demanded.pos()).isEqualTo("VERB");
    assertThat(demanded.lemma()).isEqualTo("demand");
    assertThat(doc.tokens(doc.sentences().get(0))).isSameAs(tokens);
  }
}
