package org.parley.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Ranks known forms by how closely they resemble an unknown one, for "did you mean" hints. */
final class NearMatches {
  private NearMatches() {}

  static List<String> rank(String mention, List<String> forms, int limit) {
    String m = FormNormalizer.normalize(mention);
    record Scored(String form, int score) {}
    List<Scored> scored = new ArrayList<>();
    for (String form : forms) {
      String f = FormNormalizer.normalize(form);
      int d = distance(m, f, 3);
      boolean contains = m.length() >= 3 && (f.contains(m) || m.contains(f) && f.length() >= 4);
      if (d <= Math.max(1, Math.min(3, m.length() / 3))) {
        scored.add(new Scored(form, d));
      } else if (contains) {
        scored.add(new Scored(form, 4 + Math.abs(f.length() - m.length())));
      }
    }
    return scored.stream()
        .sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::form))
        .map(Scored::form)
        .distinct()
        .limit(limit)
        .toList();
  }

  /** Levenshtein distance, or {@code cap + 1} once it is known to exceed {@code cap}. */
  static int distance(String a, String b, int cap) {
    if (Math.abs(a.length() - b.length()) > cap) {
      return cap + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int best = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        best = Math.min(best, cur[j]);
      }
      if (best > cap) {
        return cap + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
