package org.parley.extract;

import org.parley.model.Document;
import org.parley.model.limit.Deadline;

/** Turns one document into claims. Implementations are stateless and thread-safe. */
public interface ClaimExtractor {
  /** The claims of {@code document}, with the findings met on the way; never throws on bad text. */
  Extraction extract(Document document);

  /**
   * The claims of {@code document} within {@code deadline}: past it, no claims and an error
   * diagnostic (see {@link Extraction#isFailed()}). An extractor that cannot check a deadline
   * extracts without one.
   */
  default Extraction extract(Document document, Deadline deadline) {
    return extract(document);
  }

  /** Identifies the extractor and its data (rules, lexicons, knowledge base) for the ledger. */
  String version();
}
