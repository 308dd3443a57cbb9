package org.parley.spark.admit;

import java.io.Serializable;
import java.util.List;
import org.parley.spark.read.NoteRow;

/** What admission made of one item, as a serializable row in reading order ({@code seq}). */
public sealed interface OutcomeRow extends Serializable {
  /** The place in reading order. */
  long seq();

  /** Where in the sources the item comes from. */
  String where();

  /** A document to extract, as {@code parley.document/1} JSON, with its reading notes. */
  record Read(long seq, String where, String id, String document, List<NoteRow> notes)
      implements OutcomeRow {
    public Read {
      notes = List.copyOf(notes);
    }
  }

  /** A copy of {@code canonical}, exactly or nearly (with the estimated similarity). */
  record Duplicate(
      long seq, String where, String id, String canonical, boolean exact, double similarity)
      implements OutcomeRow {}

  /** An item passed over: the {@code SkipReason} name and the detail. */
  record Skipped(long seq, String where, String reason, String detail) implements OutcomeRow {}
}
