package org.parley.extract;

import org.parley.model.Document;

/** Turns one document into claims. Implementations are stateless and thread-safe. */
public interface ClaimExtractor {
  /** The claims of {@code document}, with the findings met on the way; never throws on bad text. */
  Extraction extract(Document document);

  /** Identifies the extractor and its data (rules, lexicons, knowledge base) for the ledger. */
  String version();
}
