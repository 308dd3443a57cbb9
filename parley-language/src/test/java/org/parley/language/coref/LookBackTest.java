package org.parley.language.coref;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.language.AnalyzedDocument;
import org.parley.language.Layers;
import org.parley.testkit.DocumentFixture;

/**
 * In one paragraph that never ends, an anaphor looks back at most {@link Candidates#MAX_LOOK_BACK}
 * candidates: near antecedents are found as before, one beyond that is not, which keeps coreference
 * linear in the paragraph's length.
 */
class LookBackTest {
  private static Resolution resolutionOfLast(String text, String anaphor) {
    AnalyzedDocument doc =
        Layers.shared().analyze(DocumentFixture.withText("d", "2025-08-21", text));
    return doc.anaphors().stream()
        .filter(a -> a.text().equals(anaphor))
        .reduce((a, b) -> b)
        .orElseThrow()
        .resolution();
  }

  @Test
  void aPronounFindsTheNearestFittingPersonInALongParagraph() {
    String text =
        "Kaja Kallas met the delegation. "
            + "Sergei Lavrov spoke with Emmanuel Macron. ".repeat(20)
            + "She asked for a ceasefire.";
    assertThat(resolutionOfLast(text, "She"))
        .isInstanceOfSatisfying(
            Resolution.Resolved.class, r -> assertThat(r.referent().agent()).isEqualTo("kallas"));
  }

  @Test
  void aPronounDoesNotLookBeyondTheLookBackWindow() {
    String text =
        "Kaja Kallas met the delegation. "
            + "Sergei Lavrov spoke with Emmanuel Macron. ".repeat(Candidates.MAX_LOOK_BACK)
            + "She asked for a ceasefire.";
    assertThat(resolutionOfLast(text, "She")).isInstanceOf(Resolution.Unresolved.class);
  }
}
