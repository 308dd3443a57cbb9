package org.parley.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.analysis.position.Citation;
import org.parley.ledger.EntryId;

/**
 * Numbers the citations of one output in order of first use ({@code [1]}, {@code [2]}, …), so that
 * tables cite compactly and the sources are listed once at the end. Not thread-safe; one per
 * output.
 */
public final class CitationIndex {
  private final Map<EntryId, Integer> numbers = new LinkedHashMap<>();
  private final List<Citation> cited = new ArrayList<>();

  /** The number of {@code c}, assigning the next one on first use. */
  public int number(Citation c) {
    return numbers.computeIfAbsent(
        c.entry(),
        id -> {
          cited.add(c);
          return cited.size();
        });
  }

  /** {@code [1][3]} for the first {@code max} citations, then {@code +2} for the rest. */
  public String refs(List<Citation> citations, int max) {
    String shown =
        citations.stream().limit(max).map(c -> "[" + number(c) + "]").collect(Collectors.joining());
    return citations.size() > max ? shown + "+" + (citations.size() - max) : shown;
  }

  /** The citations in number order. */
  public List<Citation> cited() {
    return List.copyOf(cited);
  }

  public boolean isEmpty() {
    return cited.isEmpty();
  }
}
