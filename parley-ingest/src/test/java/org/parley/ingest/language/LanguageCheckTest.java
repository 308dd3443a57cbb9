package org.parley.ingest.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.ingest.Articles;

class LanguageCheckTest {
  private final LanguageCheck check = LanguageCheck.shared();

  @Test
  void anEnglishArticleIsEnglish() {
    assertThat(check.check(Articles.TALKS)).isInstanceOf(LanguageVerdict.English.class);
  }

  @Test
  void aTitleIsTooShortToJudgeAndSoNotSkipped() {
    assertThat(check.check("Putin meets Erdogan")).isInstanceOf(LanguageVerdict.TooShort.class);
  }

  @Test
  void aOneSentenceEnglishReadoutIsEnglish() {
    assertThat(
            check.check(
                "The President had a telephone conversation with the Prime Minister of Kazakhstan."))
        .isInstanceOf(LanguageVerdict.English.class);
    assertThat(
            check.check("President Zelenskyy had a phone conversation with Alexander Lukashenko."))
        .isInstanceOf(LanguageVerdict.English.class);
  }

  @Test
  void aDutchParagraphIsNotTakenForEnglish() {
    String dutch =
        "De delegaties van beide regeringen hebben dinsdag in Genève een eerste gespreksronde"
            + " gehouden. Volgens ambtenaren is het de bedoeling dat binnen twee weken een"
            + " uitwisseling van gevangenen plaatsvindt.";
    assertThat(check.check(dutch))
        .isInstanceOfSatisfying(
            LanguageVerdict.Other.class, o -> assertThat(o.language()).isEqualTo("nld"));
  }

  @Test
  void germanAndRussianAreNotEnglish() {
    assertThat(check.check(Articles.GERMAN))
        .isInstanceOfSatisfying(
            LanguageVerdict.Other.class, o -> assertThat(o.language()).isEqualTo("deu"));
    assertThat(check.check(Articles.RUSSIAN))
        .isInstanceOfSatisfying(
            LanguageVerdict.Other.class, o -> assertThat(o.language()).isEqualTo("rus"));
  }
}
