package org.parley.ledger;

import java.time.Instant;
import java.util.Objects;

/** One recorded version of a document's text, with the instant it was recorded. */
public record DocumentVersion(org.parley.model.Document document, Instant recordedAt) {
  public DocumentVersion {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }
}
