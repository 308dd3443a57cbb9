package org.parley.spark.extract;

import java.io.Serializable;
import java.util.List;
import org.parley.spark.read.NoteRow;

/**
 * One extracted document in reading order ({@code seq}): its {@code parley.document/1} line (with
 * its claim count), its claims as {@code parley.claim/1} lines in the extractor's order, every
 * finding about it (reading notes and extraction diagnostics), whether extraction failed on it, and
 * the month it was reported in ({@code YYYY-MM}, or {@code unknown}).
 */
public record ExtractedRow(
    long seq,
    String document,
    List<String> claims,
    List<NoteRow> notes,
    boolean failed,
    String month)
    implements Serializable {
  public ExtractedRow {
    claims = List.copyOf(claims);
    notes = List.copyOf(notes);
  }
}
