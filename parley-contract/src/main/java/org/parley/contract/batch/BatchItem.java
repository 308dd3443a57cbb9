package org.parley.contract.batch;

import java.util.List;
import java.util.Objects;
import org.parley.contract.DocumentLine;
import org.parley.model.Claim;

/** What reading a batch gives, document by document: a document with its claims, or a fault. */
public sealed interface BatchItem {
  /** One document of the batch with the claims the batch extracted from it, in their order. */
  record Entry(DocumentLine document, List<Claim> claims) implements BatchItem {
    public Entry {
      Objects.requireNonNull(document, "document");
      claims = List.copyOf(claims);
    }
  }

  /** A document (or the rest of the batch) that could not be read: where, and what is wrong. */
  record Invalid(String where, String problem) implements BatchItem {}
}
