package org.parley.extract.claim;

import java.util.List;
import java.util.Objects;
import org.parley.language.quote.Quotation;
import org.parley.language.quote.Speaker;
import org.parley.model.Span;

/**
 * A quotation that may be a statement: its parts (the fragments of one reported clause, or one
 * quotation with all its parts), the speaker the language layer found, the quoted words joined, and
 * whether the hand-written rules alone would keep it ({@code strict}: a speaker who speaks for a
 * party or is an unnamed official, and words used as speech rather than as a term), and whether an
 * unnamed source speaks for a body the knowledge base lacks ("a spokesperson for Shell").
 */
record StatementCandidate(
    List<Quotation> parts,
    Speaker.Known speaker,
    String quote,
    boolean strict,
    boolean forUnknownBody) {
  StatementCandidate {
    parts = List.copyOf(parts);
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(quote, "quote");
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a statement candidate has at least one quotation");
    }
  }

  /** From the first part's opening mark to the last part's closing mark. */
  Span span() {
    return parts.get(0).span().union(parts.get(parts.size() - 1).span());
  }

  /** The parts as one quotation (their contents in order) with the speaker. */
  Quotation whole() {
    Quotation first = parts.get(0);
    return new Quotation(
        span(),
        parts.stream().flatMap(p -> p.contents().stream()).toList(),
        speaker,
        first.partial(),
        parts.get(parts.size() - 1).closed());
  }

  /** How many words the quoted text has. */
  int words() {
    return wordCount(quote);
  }

  /** How many words (runs holding a letter or a digit) {@code text} has. */
  static int wordCount(String text) {
    int n = 0;
    for (String t : text.strip().split("\\s+")) {
      if (t.chars().anyMatch(Character::isLetterOrDigit)) {
        n++;
      }
    }
    return n;
  }
}
