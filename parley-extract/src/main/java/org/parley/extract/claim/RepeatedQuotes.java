package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Evidence;
import org.parley.model.Span;
import org.parley.model.Statement;

/**
 * The same words of one speaker quoted twice in a document (in the lead and again in the body) are
 * one statement with both evidence spans, as the house conventions say: a quotation whose words the
 * speaker's longer quotation nearly all holds joins it. Stateless.
 */
final class RepeatedQuotes {
  /** The share of the shorter quotation's word pairs the longer one must hold. */
  private static final double CONTAINED = 0.8;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private RepeatedQuotes() {}

  /** The statements with each repeat joined to the longer quotation that holds its words. */
  static List<Statement> merged(List<Statement> statements) {
    List<Statement> out = new ArrayList<>(statements);
    // each quotation's word pairs are read once: the pairwise test then costs set lookups only
    List<List<String>> pairs = new ArrayList<>(out.stream().map(s -> bigrams(s.quote())).toList());
    List<Set<String>> pairSets = new ArrayList<>(pairs.stream().map(HashSet::new).toList());
    for (int i = 0; i < out.size(); i++) {
      Statement a = out.get(i);
      for (int j = 0; j < out.size(); j++) {
        Statement b = out.get(j);
        if (i != j
            && sameSpeaker(a, b)
            && isRepeatOf(pairs.get(i), pairs.get(j), pairSets.get(j))) {
          out.set(j, withSpans(b, a));
          out.remove(i);
          pairs.remove(i);
          pairSets.remove(i);
          i--;
          break;
        }
      }
    }
    return out;
  }

  private static boolean sameSpeaker(Statement a, Statement b) {
    return a.holder() != null && a.holder().equals(b.holder())
        || a.agent() != null && Objects.equals(a.agent(), b.agent());
  }

  /**
   * Whether {@code shorter} repeats words of {@code longer}: nearly all its word pairs (bigrams)
   * stand in the longer quotation, so that common words alone never make a repeat.
   */
  private static boolean isRepeatOf(List<String> shorter, List<String> longer, Set<String> in) {
    if (shorter.size() < 2 || shorter.size() >= longer.size()) {
      return false;
    }
    return shorter.stream().filter(in::contains).count() >= CONTAINED * shorter.size();
  }

  private static Statement withSpans(Statement target, Statement repeat) {
    Evidence e = target.provenance().evidence();
    List<Span> spans = new ArrayList<>(e.spans());
    repeat.provenance().evidence().spans().stream()
        .filter(s -> !spans.contains(s))
        .forEach(spans::add);
    spans.sort(Comparator.comparingInt(Span::start));
    String text = e.text();
    String more = repeat.provenance().evidence().text();
    if (text != null && more != null && !text.contains(more)) {
      text = spans.get(0).equals(e.spans().get(0)) ? text + " " + more : more + " " + text;
    }
    Evidence merged = new Evidence(e.doc(), spans, text);
    return target.withProvenance(target.provenance().withEvidence(merged));
  }

  private static List<String> bigrams(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    String previous = null;
    while (m.find()) {
      if (previous != null) {
        out.add(previous + " " + m.group());
      }
      previous = m.group();
    }
    return out;
  }
}
