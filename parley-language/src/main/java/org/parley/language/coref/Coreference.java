package org.parley.language.coref;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.language.mention.Mention;
import org.parley.model.Span;

/** The anaphors of one document and what each resolved to. Immutable. */
public final class Coreference {
  private final List<Anaphor> anaphors;
  private final Map<Span, Anaphor> bySpan = new HashMap<>();

  Coreference(List<Anaphor> anaphors) {
    this.anaphors = List.copyOf(anaphors);
    anaphors.forEach(a -> bySpan.put(a.span(), a));
  }

  /** Every pronoun and definite description, in document order. */
  public List<Anaphor> anaphors() {
    return anaphors;
  }

  /** The anaphor at exactly {@code span}, if there is one. */
  public Optional<Anaphor> anaphorAt(Span span) {
    return Optional.ofNullable(bySpan.get(span));
  }

  /**
   * Who {@code mention} stands for: its own referent for a name, a source or a party, the resolved
   * referent for a description; empty for a region or an unresolved description.
   */
  public Optional<Referent> referentOf(Mention mention) {
    Referent direct = Referent.of(mention);
    if (direct != null) {
      return Optional.of(direct);
    }
    return anaphorAt(mention.span()).flatMap(Coreference::referent);
  }

  /** The referent an anaphor resolved to, if it did. */
  public static Optional<Referent> referent(Anaphor a) {
    return switch (a.resolution()) {
      case Resolution.Resolved r -> Optional.of(r.referent());
      case Resolution.Unresolved u -> Optional.empty();
    };
  }
}
