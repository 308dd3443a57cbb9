package org.parley.language.text;

import java.util.Objects;
import org.parley.model.Span;

/**
 * A document body normalised for matching (straight quotes and apostrophes, ASCII hyphens, plain
 * spaces, {@code \n} line ends, three dots for an ellipsis, no zero-width characters), with the
 * alignment back to the original text. Normalised offsets are indices into {@link #normalized()};
 * every {@link Span} this class returns is in original document coordinates. Immutable.
 */
public final class AlignedText {
  private final String original;
  private final String normalized;
  private final int base;
  private final int[] toOriginal;
  private final int[] toNormalized;

  AlignedText(String original, String normalized, int base, int[] toOriginal, int[] toNormalized) {
    this.original = Objects.requireNonNull(original);
    this.normalized = Objects.requireNonNull(normalized);
    this.base = base;
    this.toOriginal = toOriginal;
    this.toNormalized = toNormalized;
  }

  /** The whole original document text (not only the body). */
  public String original() {
    return original;
  }

  /** The normalised body text. */
  public String normalized() {
    return normalized;
  }

  /** Length of the normalised text. */
  public int length() {
    return normalized.length();
  }

  /** The original offset of normalised offset {@code n} (0 ≤ n ≤ length()). */
  public int toOriginal(int n) {
    return toOriginal.length == 0 ? base + n : toOriginal[n];
  }

  /** The span in the original text covering normalised characters [start, end). */
  public Span span(int start, int end) {
    if (start == end) {
      int at = toOriginal(start);
      return new Span(at, at);
    }
    int s = toOriginal(start);
    // the end of the last character: an expanded ellipsis maps all its dots to the one original
    int e = toOriginal(end - 1) + 1;
    return new Span(s, Math.max(s, e));
  }

  /** The normalised offset of an original offset inside the body (clamped to the body). */
  public int toNormalized(int originalOffset) {
    int rel = Math.max(0, Math.min(originalOffset - base, originalLength()));
    return toNormalized.length == 0 ? rel : toNormalized[rel];
  }

  /** The normalised start of an original span. */
  public int normStart(Span span) {
    return toNormalized(span.start());
  }

  /** The normalised end of an original span. */
  public int normEnd(Span span) {
    return toNormalized(span.end());
  }

  /** The normalised characters an original span covers. */
  public String normalizedText(Span span) {
    return normalized.substring(normStart(span), normEnd(span));
  }

  /** The original characters a span covers. */
  public String originalText(Span span) {
    return span.of(original);
  }

  /** The original character behind normalised offset {@code n}. */
  public char originalChar(int n) {
    return original.charAt(toOriginal(n));
  }

  private int originalLength() {
    return toNormalized.length == 0 ? normalized.length() : toNormalized.length - 1;
  }
}
