package org.parley.ledger;

import java.util.List;
import java.util.Objects;
import org.parley.model.Claim;
import org.parley.model.Document;

/**
 * What one run extracted from one document: the document as read and its claims, in the order the
 * extractor gave them. Every claim's evidence must point into this document.
 */
public record Extraction(Document document, RunIdentity run, List<Claim> claims) {
  public Extraction {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(run, "run");
    claims = List.copyOf(claims);
    for (Claim c : claims) {
      if (!c.doc().equals(document.id())) {
        throw new IllegalArgumentException(
            "a claim of document %s has evidence in document %s".formatted(document.id(), c.doc()));
      }
    }
  }
}
