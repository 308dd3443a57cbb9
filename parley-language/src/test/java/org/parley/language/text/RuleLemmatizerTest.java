package org.parley.language.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleLemmatizerTest {
  private final RuleLemmatizer lemmatizer = new RuleLemmatizer();

  @Test
  void lemmatisesIrregularAndRegularForms() {
    assertThat(lemmatizer.lemma("said", "VERB")).isEqualTo("say");
    assertThat(lemmatizer.lemma("demands", "VERB")).isEqualTo("demand");
    assertThat(lemmatizer.lemma("demanded", "VERB")).isEqualTo("demand");
    assertThat(lemmatizer.lemma("captured", "VERB")).isEqualTo("capture");
    assertThat(lemmatizer.lemma("stated", "VERB")).isEqualTo("state");
    assertThat(lemmatizer.lemma("territories", "NOUN")).isEqualTo("territory");
    assertThat(lemmatizer.lemma("talks", "NOUN")).isEqualTo("talk");
    assertThat(lemmatizer.lemma("Kyiv", "PROPN")).isEqualTo("Kyiv");
  }
}
