package org.parley.contract.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.parley.model.Claim;
import org.parley.model.DocumentId;

/**
 * Scores predicted claims against gold claims as the contract says: per document, each gold record
 * (in gold order) takes the first unused prediction (in prediction order) that matches it; the rest
 * are misses and spurious records. Only documents named by the gold side are scored. Stateless.
 */
public final class ClaimScorer {
  private static final List<String> ATTRIBUTES = List.of("status", "valid_time", "agent");
  private final ClaimMatcher matcher = new ClaimMatcher();

  /**
   * Scores {@code predicted} against {@code gold} over {@code documents} (the gold records'
   * documents plus any gold file that holds none, so that a claim predicted for it counts as
   * spurious).
   */
  public ScoreReport score(
      Collection<DocumentId> documents, List<Claim> gold, List<Claim> predicted) {
    Set<DocumentId> docs = new TreeSet<>(documents);
    gold.forEach(g -> docs.add(g.doc()));
    Map<DocumentId, List<Claim>> goldByDoc = byDoc(gold, docs);
    Map<DocumentId, List<Claim>> predByDoc = byDoc(predicted, docs);
    Tally tally = new Tally();
    for (DocumentId doc : docs) {
      scoreDocument(
          goldByDoc.getOrDefault(doc, List.of()), predByDoc.getOrDefault(doc, List.of()), tally);
    }
    return new ScoreReport(docs.size(), tally.counts(), tally.accuracies(), tally.misses);
  }

  private void scoreDocument(List<Claim> gold, List<Claim> predicted, Tally tally) {
    boolean[] used = new boolean[predicted.size()];
    for (Claim g : gold) {
      int hit = firstMatch(g, predicted, used);
      if (hit < 0) {
        tally.count(g.kind().code(), 0, 0, 1);
        tally.misses.add(new ScoreReport.Miss(true, g));
        continue;
      }
      used[hit] = true;
      tally.count(g.kind().code(), 1, 0, 0);
      tally.compareAttributes(g, predicted.get(hit));
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (!used[i]) {
        tally.count(predicted.get(i).kind().code(), 0, 1, 0);
        tally.misses.add(new ScoreReport.Miss(false, predicted.get(i)));
      }
    }
  }

  private int firstMatch(Claim g, List<Claim> predicted, boolean[] used) {
    for (int i = 0; i < predicted.size(); i++) {
      if (!used[i] && matcher.matches(g, predicted.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static Map<DocumentId, List<Claim>> byDoc(List<Claim> claims, Set<DocumentId> docs) {
    Map<DocumentId, List<Claim>> out = new LinkedHashMap<>();
    for (Claim c : claims) {
      if (docs.contains(c.doc())) {
        out.computeIfAbsent(c.doc(), d -> new ArrayList<>()).add(c);
      }
    }
    return out;
  }

  /** Running counts for one scoring call. */
  private static final class Tally {
    private final Map<String, int[]> counts = new TreeMap<>();
    private final Map<String, int[]> attributes = new TreeMap<>();
    private final List<ScoreReport.Miss> misses = new ArrayList<>();

    void count(String kind, int tp, int fp, int fn) {
      int[] c = counts.computeIfAbsent(kind, k -> new int[3]);
      c[0] += tp;
      c[1] += fp;
      c[2] += fn;
    }

    void compareAttributes(Claim g, Claim p) {
      for (String name : ATTRIBUTES) {
        Object want = attribute(g, name);
        if (want != null) {
          int[] a = attributes.computeIfAbsent(name, k -> new int[2]);
          a[1]++;
          a[0] += Objects.equals(want, attribute(p, name)) ? 1 : 0;
        }
      }
    }

    TreeMap<String, ScoreReport.Counts> counts() {
      TreeMap<String, ScoreReport.Counts> out = new TreeMap<>();
      counts.forEach((k, c) -> out.put(k, new ScoreReport.Counts(c[0], c[1], c[2])));
      return out;
    }

    TreeMap<String, ScoreReport.Accuracy> accuracies() {
      TreeMap<String, ScoreReport.Accuracy> out = new TreeMap<>();
      attributes.forEach((k, a) -> out.put(k, new ScoreReport.Accuracy(a[0], a[1])));
      return out;
    }

    private static @Nullable Object attribute(Claim c, String name) {
      return switch (name) {
        case "status" -> c.provenance().status();
        case "valid_time" -> c.provenance().validTime();
        case "agent" -> c.agent();
        default -> throw new IllegalArgumentException(name);
      };
    }
  }
}
