package org.parley.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class KeywordsTest {
  @Test
  void everyControlMatchHoldsAControlWord() {
    assertEveryMatchHoldsAKeyword(ControlClauses.CONTROL, ControlClauses.CONTROL_WORDS);
  }

  @Test
  void everyHypotheticalMatchHoldsAHypotheticalWord() {
    assertEveryMatchHoldsAKeyword(PositionFilters.HYPOTHETICAL, PositionFilters.HYPOTHETICAL_WORDS);
  }

  @Test
  void findsTheWordsInTheLowerCasedStretch() {
    Keywords k = Keywords.of("held", "fell");
    assertThat(k.occurIn("Russian-HELD areas", 0, 18)).isTrue();
    assertThat(k.occurIn("Russian-HELD areas", 0, 10)).isFalse();
    assertThat(k.occurIn("it Fell to", 3, 10)).isTrue();
  }

  /**
   * Random texts of the expression's own words (its letters between any other characters), their
   * capitalised forms, separators and odd characters: each match, lower-cased, holds a keyword.
   */
  private static void assertEveryMatchHoldsAKeyword(Pattern p, Keywords keywords) {
    List<String> pieces = new ArrayList<>(List.of(" ", " ", "  ", ", ", "-", "I ", "we ", "İ"));
    Stream.of(p.pattern().split("[^A-Za-z]+"))
        .filter(w -> w.length() > 1)
        .distinct()
        .forEach(
            w -> {
              pieces.add(w);
              pieces.add(w.toUpperCase(Locale.ROOT));
              pieces.add(w.substring(0, w.length() / 2));
            });
    Random random = new Random(p.pattern().hashCode());
    int matches = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = 1 + random.nextInt(8); k > 0; k--) {
        b.append(pieces.get(random.nextInt(pieces.size())));
      }
      Matcher m = p.matcher(b);
      while (m.find()) {
        matches++;
        assertThat(keywords.occurIn(m.group(), 0, m.group().length())).as(m.group()).isTrue();
      }
    }
    assertThat(matches).isGreaterThan(200);
  }
}
