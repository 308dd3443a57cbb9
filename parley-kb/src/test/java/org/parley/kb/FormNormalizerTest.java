package org.parley.kb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormNormalizerTest {
  private static String fold(String s) {
    return FormNormalizer.normalize(s);
  }

  @Test
  void ignoresCase() {
    assertThat(fold("KHARKIV")).isEqualTo(fold("kharkiv")).isEqualTo("kharkiv");
  }

  @Test
  void foldsDiacritics() {
    assertThat(fold("Erdoğan")).isEqualTo("erdogan");
    assertThat(fold("Mevlüt Çavuşoğlu")).isEqualTo("mevlut cavusoglu");
    assertThat(fold("İbrahim Kalın")).isEqualTo("ibrahim kalin");
    assertThat(fold("Jonas Gahr Støre")).isEqualTo("jonas gahr store");
    assertThat(fold("Radosław Sikorski")).isEqualTo("radoslaw sikorski");
    assertThat(fold("Péter Szijjártó")).isEqualTo("peter szijjarto");
    assertThat(fold("Élysée")).isEqualTo("elysee");
    assertThat(fold("Straße")).isEqualTo("strasse");
  }

  @Test
  void foldsCombiningMarksOfDecomposedText() {
    assertThat(fold("Erdog\u0306an")).isEqualTo("erdogan");
  }

  @Test
  void treatsCurlyAndStraightApostrophesAlike() {
    assertThat(fold("Donetsk People’s Republic")).isEqualTo(fold("Donetsk People's Republic"));
    assertThat(fold("Quai d‘Orsay")).isEqualTo("quai d'orsay");
  }

  @Test
  void dropsALeadingThe() {
    assertThat(fold("the Kremlin")).isEqualTo("kremlin");
    assertThat(fold("The White House")).isEqualTo("white house");
    assertThat(fold("Theodosia")).isEqualTo("theodosia");
  }

  @Test
  void dropsATrailingPossessive() {
    assertThat(fold("Russia's")).isEqualTo("russia");
    assertThat(fold("Zelenskyy’s")).isEqualTo("zelenskyy");
    assertThat(fold("the Kremlin's")).isEqualTo("kremlin");
    assertThat(fold("Ukrainians'")).isEqualTo("ukrainians");
  }

  @Test
  void readsHyphensAndDashesAsSpaces() {
    assertThat(fold("Ivano-Frankivsk")).isEqualTo(fold("Ivano Frankivsk"));
    assertThat(fold("Rostov–on–Don")).isEqualTo("rostov on don");
  }

  @Test
  void collapsesWhiteSpace() {
    assertThat(fold("  Chasiv \t Yar ")).isEqualTo("chasiv yar");
    assertThat(fold("Chasiv\u00A0Yar")).isEqualTo("chasiv yar");
  }

  @Test
  void keepsAFormThatWouldFoldToNothing() {
    assertThat(fold("The")).isEqualTo("the");
  }
}
