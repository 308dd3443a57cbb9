package org.parley.ledger;

import java.time.Instant;
import java.util.List;
import org.parley.model.DocumentId;

/** The outcome of appending one document's claims: each expected outcome is a value. */
public sealed interface AppendResult {
  /** The document whose claims were appended. */
  DocumentId doc();

  /** An append that recorded a new claim set. */
  sealed interface Recorded extends AppendResult {
    ExtractionId extraction();

    Instant recordedAt();

    int claims();
  }

  /** The first claim set recorded for this document. */
  record Appended(DocumentId doc, ExtractionId extraction, Instant recordedAt, int claims)
      implements Recorded {}

  /**
   * A new claim set (new content, or a new extractor or knowledge base) that replaced the current
   * one; the replaced sets are kept, marked superseded as of {@code recordedAt}.
   */
  record Superseded(
      DocumentId doc,
      ExtractionId extraction,
      Instant recordedAt,
      int claims,
      List<ExtractionId> replaced)
      implements Recorded {
    public Superseded {
      replaced = List.copyOf(replaced);
    }
  }

  /**
   * The same content read by the same run is already recorded, with the same claims; nothing added.
   */
  record AlreadyRecorded(DocumentId doc, ExtractionId extraction, Instant recordedAt)
      implements AppendResult {}

  /**
   * The same content read by the same run is already recorded with different claims (the extractor
   * is not deterministic, or its version was not bumped); nothing added.
   */
  record ConflictsWithRecorded(DocumentId doc, ExtractionId extraction, String problem)
      implements AppendResult {}
}
