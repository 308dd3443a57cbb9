package org.parley.model;

/**
 * Half-open character range [start, end) in a document's original text (Java {@code String}
 * indices).
 */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [%d, %d)".formatted(start, end));
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The characters of {@code text} this span covers; fails if the span runs past the text. */
  public String of(String text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span [%d, %d) runs past a text of %d characters".formatted(start, end, text.length()));
    }
    return text.substring(start, end);
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
