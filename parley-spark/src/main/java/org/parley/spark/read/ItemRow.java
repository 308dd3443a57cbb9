package org.parley.spark.read;

import java.io.Serializable;
import java.util.List;

/**
 * What the read stage found at one place in reading order ({@code seq}): a document, or an input or
 * record that did not become one.
 */
public sealed interface ItemRow extends Serializable {
  /** The place in reading order: the listed entry's index, then the item's index in the entry. */
  long seq();

  /** Where in the sources it comes from. */
  String where();

  /**
   * A document as {@code parley.document/1} JSON, its reading notes and its admission facts; {@code
   * id} is the document's id, kept apart for grouping.
   */
  record Parsed(
      long seq, String where, String id, String document, List<NoteRow> notes, FactsRow facts)
      implements ItemRow {
    public Parsed {
      notes = List.copyOf(notes);
    }
  }

  /** A failure: the {@code SkipReason} name and the detail. */
  record Failed(long seq, String where, String reason, String detail) implements ItemRow {}
}
