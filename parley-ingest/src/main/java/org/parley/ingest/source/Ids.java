package org.parley.ingest.source;

import org.jspecify.annotations.Nullable;
import org.parley.model.DocumentId;

/**
 * Document ids from what sources give: the given value, cleaned, or a fallback when it is blank.
 */
final class Ids {
  private Ids() {}

  static DocumentId of(@Nullable String given, String fallback) {
    String cleaned = given == null ? "" : given.replaceAll("\\p{Cntrl}", " ").strip();
    return new DocumentId(cleaned.isEmpty() ? fallback.replaceAll("\\p{Cntrl}", " ") : cleaned);
  }
}
