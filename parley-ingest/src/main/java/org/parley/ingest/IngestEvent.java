package org.parley.ingest;

import java.util.List;
import java.util.Objects;
import org.parley.ingest.source.SkipReason;
import org.parley.model.Diagnostic;
import org.parley.model.Document;
import org.parley.model.DocumentId;

/** One outcome of reading: a new document, a duplicate of an earlier one, or something skipped. */
public sealed interface IngestEvent {
  /** Where in the sources the event comes from: a file, a file and line, an entry, a record. */
  String where();

  /** A document read for the first time; {@code notes} say what was degraded (say, its date). */
  record Read(Document document, String where, List<Diagnostic> notes) implements IngestEvent {
    public Read {
      Objects.requireNonNull(document, "document");
      notes = List.copyOf(notes);
    }
  }

  /**
   * A document whose content was seen before: linked to {@code canonical}, the first document with
   * that content, and not to be extracted again. {@code exact} when the body texts are identical
   * but for whitespace; otherwise {@code similarity} is the estimated Jaccard similarity of their
   * word shingles.
   */
  record Duplicate(
      Document document, String where, DocumentId canonical, boolean exact, double similarity)
      implements IngestEvent {
    public Duplicate {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(canonical, "canonical");
    }
  }

  /** An input or record that did not become a document, and why. */
  record Skipped(String where, SkipReason reason, String detail) implements IngestEvent {
    /** The skip as a diagnostic: an error when input was lost to a fault, else information. */
    public Diagnostic diagnostic() {
      return reason.isFailure()
          ? Diagnostic.error(where, detail)
          : Diagnostic.info(where, reasonWords() + ": " + detail);
    }

    private String reasonWords() {
      return reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }
}
