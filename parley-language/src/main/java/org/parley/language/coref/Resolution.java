package org.parley.language.coref;

import java.util.Objects;
import org.parley.model.Span;

/** The outcome of resolving an anaphor: resolved to a referent, or unresolved with a reason. */
public sealed interface Resolution {
  /** Resolved to {@code referent}, whose mention in the text is {@code antecedent}. */
  record Resolved(Referent referent, Span antecedent) implements Resolution {
    public Resolved {
      Objects.requireNonNull(referent, "referent");
      Objects.requireNonNull(antecedent, "antecedent");
    }
  }

  /** Not resolved, and why ("no person before it in the paragraph"). */
  record Unresolved(String reason) implements Resolution {
    public Unresolved {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
