package org.parley.analysis.settlement;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A settlement proposal: its name, an optional description and a note of where it comes from, the
 * reference line of control (a date whose map to use, a map file, both or neither), and its terms
 * in order.
 */
public record Proposal(
    String name,
    @Nullable String description,
    @Nullable String source,
    @Nullable LocalDate reference,
    @Nullable Path map,
    List<Term> terms) {
  public Proposal {
    Objects.requireNonNull(name, "name");
    terms = List.copyOf(terms);
    if (name.isBlank()) {
      throw new IllegalArgumentException("a proposal needs a name");
    }
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("a proposal needs at least one term");
    }
  }
}
