package org.parley.language.text;

import org.parley.model.Span;

/**
 * A sentence of the body: its position in the document ({@code index}), the paragraph it lies in,
 * and its span in original coordinates (trimmed; a closing quotation mark that ends it is inside).
 */
public record Sentence(int index, int paragraph, Span span) {
  public Sentence {
    if (index < 0 || paragraph < 0) {
      throw new IllegalArgumentException("negative index in sentence " + index + "/" + paragraph);
    }
  }
}
