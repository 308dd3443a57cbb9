package org.parley.language.text;

import org.parley.model.Span;

/**
 * A paragraph of the body: text between blank lines (a body without blank lines, as in the
 * presidential readouts whose paragraphs were joined by single spaces, is one paragraph). The span
 * is in original coordinates and trimmed of surrounding white space.
 */
public record Paragraph(int index, Span span) {
  public Paragraph {
    if (index < 0) {
      throw new IllegalArgumentException("negative paragraph index " + index);
    }
  }
}
