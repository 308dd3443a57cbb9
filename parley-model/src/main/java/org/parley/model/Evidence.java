package org.parley.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a claim stands in its document: one or more spans of the original text (sorted, as the
 * contract's {@code evidence}), and the text of those spans (the contract's {@code text}).
 */
public record Evidence(DocumentId doc, List<Span> spans, @Nullable String text) {
  public Evidence {
    Objects.requireNonNull(doc, "doc");
    spans = spans.stream().distinct().sorted().toList();
  }

  public static Evidence of(DocumentId doc, Span span, String documentText) {
    return new Evidence(doc, List.of(span), span.of(documentText));
  }

  /** The first span, or an empty span at 0 when the record carries none. */
  public Span first() {
    return spans.isEmpty() ? new Span(0, 0) : spans.get(0);
  }
}
