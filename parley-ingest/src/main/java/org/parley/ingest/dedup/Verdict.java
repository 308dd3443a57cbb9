package org.parley.ingest.dedup;

import org.parley.model.DocumentId;

/** Whether a document copies one seen before. */
public sealed interface Verdict {
  /** Not a copy of any document seen so far. */
  record Unseen() implements Verdict {}

  /**
   * A copy of {@code canonical}, the first document seen with this content: {@code exact} when the
   * body texts are identical but for whitespace, else near, with {@code similarity} the estimated
   * Jaccard similarity of their word shingles.
   */
  record Copy(DocumentId canonical, boolean exact, double similarity) implements Verdict {}
}
