package org.parley.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LowerTextTest {
  private static final List<String> PIECES =
      List.of(" ", "Cease", "fire", "-", "NATO", "nato", "İ", "Σ", "%", "é", "a", "re", "x", "😀");

  @Test
  void answersAsContainsOverTheLowerCasedText() {
    Random random = new Random(7);
    for (int n = 0; n < 2000; n++) {
      String text = text(random, 30);
      int from = random.nextInt(text.length() + 1);
      int to = from + random.nextInt(text.length() - from + 1);
      String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
      LowerText tested = new LowerText(text, from, to);
      for (int k = 0; k < 20; k++) {
        String word = text(random, 3).toLowerCase(Locale.ROOT);
        assertThat(tested.contains(word))
            .as("%s in %s", word, lower)
            .isEqualTo(lower.contains(word));
      }
      assertThat(tested.contains("")).isTrue();
      assertThat(tested.containsAny(Anchors.of(List.of("zz", "ceasefire", "%"))))
          .isEqualTo(lower.contains("ceasefire") || lower.contains("%"));
    }
  }

  private static String text(Random random, int pieces) {
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(pieces + 1);
    for (int k = 0; k < n; k++) {
      b.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    return b.toString();
  }
}
