package org.parley.language.coref;

import java.util.Objects;
import org.parley.model.Span;

/**
 * A pronoun ("he", "his", "she") or a definite description ("the official") and what it was
 * resolved to. Spans are original coordinates.
 */
public record Anaphor(Span span, String text, AnaphorKind kind, Resolution resolution) {
  public Anaphor {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(resolution, "resolution");
  }

  /** The two kinds of anaphor. */
  public enum AnaphorKind {
    /** A personal or possessive pronoun. */
    PRONOUN,
    /** A definite description of a person ({@link org.parley.language.mention.RoleMention}). */
    DESCRIPTION
  }
}
