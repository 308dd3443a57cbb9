package org.parley.language.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Run-on sentences are cut into pieces no longer than the limit, at clause marks where it can. */
class LongSentencesTest {
  private static List<String> sentences(String text) {
    return SentenceSplitterTest.sentences(text);
  }

  @Test
  void cutsARunOnSentenceAfterClauseMarksIntoPiecesWithinTheLimit() {
    String clause = "the delegations met again in Geneva to discuss the ceasefire, ";
    String text = clause.repeat(200).strip();

    List<String> pieces = sentences(text);

    assertThat(pieces).hasSizeGreaterThan(5);
    assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(2000));
    assertThat(pieces.subList(0, pieces.size() - 1)).allSatisfy(p -> assertThat(p).endsWith(","));
    assertThat(String.join(" ", pieces)).isEqualTo(text);
  }

  @Test
  void cutsWordsWithoutPunctuationAtSpaces() {
    String text = "talks resumed in Geneva ".repeat(400).strip();

    List<String> pieces = sentences(text);

    assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(2000));
    assertThat(pieces)
        .allSatisfy(p -> assertThat(p.split(" ")).isSubsetOf("talks", "resumed", "in", "Geneva"));
    assertThat(String.join(" ", pieces)).isEqualTo(text);
  }

  @Test
  void cutsAnEndlessWordAtTheLimitButNeverInsideASurrogatePair() {
    String text = "x" + "\uD83D\uDE00".repeat(3000);

    List<String> pieces = sentences(text);

    assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(2000));
    assertThat(pieces).allSatisfy(p -> assertThat(Character.isLowSurrogate(p.charAt(0))).isFalse());
    assertThat(String.join("", pieces)).isEqualTo(text);
  }

  @Test
  void leavesSentencesUpToTheLimitWhole() {
    String sentence = "Delegations met in Geneva, " + "and talked, ".repeat(150) + "and left.";
    assertThat(sentence.length()).isLessThan(2000);
    assertThat(sentences(sentence)).containsExactly(sentence);
  }
}
