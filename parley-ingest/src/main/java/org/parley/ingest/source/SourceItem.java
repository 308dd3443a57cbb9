package org.parley.ingest.source;

import java.util.List;
import org.parley.model.Diagnostic;
import org.parley.model.Document;

/** One thing a reader found in its input: a document, or a record it could not use. */
public sealed interface SourceItem {
  /**
   * A document, with {@code where} naming its place in the source (file, line, record) and {@code
   * notes} holding what was degraded while reading it (an unknown date, say).
   */
  record Parsed(Document document, String where, List<Diagnostic> notes) implements SourceItem {
    public Parsed {
      notes = List.copyOf(notes);
    }
  }

  /** A record or input that did not become a document: where it is, why, and in detail. */
  record Failed(String where, SkipReason reason, String detail) implements SourceItem {}
}
