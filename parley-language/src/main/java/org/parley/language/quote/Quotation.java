package org.parley.language.quote;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.parley.model.Span;

/**
 * A quotation: {@code span} from the opening to the closing mark (through the whole of a split or
 * multi-paragraph quotation), {@code contents} the quoted text of each part without the marks, its
 * {@link Speaker}, whether it is a {@code partial} quotation inside running text ("said Moscow has
 * "never talked about …""), and whether its last part was {@code closed} by a mark. Spans are
 * original coordinates.
 */
public record Quotation(
    Span span, List<Span> contents, Speaker speaker, boolean partial, boolean closed) {
  public Quotation {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(speaker, "speaker");
    contents = List.copyOf(contents);
    if (contents.isEmpty()) {
      throw new IllegalArgumentException("a quotation has at least one part");
    }
  }

  /** The quoted words: the parts' original text joined by single spaces. */
  public String quote(String documentText) {
    return contents.stream().map(s -> s.of(documentText).strip()).collect(Collectors.joining(" "));
  }

  /** A copy with another speaker. */
  public Quotation withSpeaker(Speaker other) {
    return new Quotation(span, contents, other, partial, closed);
  }
}
