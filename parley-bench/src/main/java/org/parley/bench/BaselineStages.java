package org.parley.bench;

import java.util.Map;
import java.util.function.Supplier;
import org.parley.model.Document;

/** The harness's own stages: {@code read} touches every character of the text (the floor). */
public final class BaselineStages implements BenchStageProvider {
  @Override
  public Map<String, Supplier<BenchStage>> stages() {
    return Map.of("read", () -> new LetterCount());
  }

  /** Counts letters: touches every character once, as any real stage must. */
  private static final class LetterCount implements BenchStage {
    @Override
    public long process(Document d) {
      return countLetters(d);
    }

    @Override
    public String unit() {
      return "letters";
    }
  }

  private static long countLetters(Document d) {
    String t = d.text();
    long n = 0;
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetter(t.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
