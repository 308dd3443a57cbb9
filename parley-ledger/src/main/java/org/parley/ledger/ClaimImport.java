package org.parley.ledger;

import java.util.List;
import java.util.Objects;
import org.parley.model.Claim;
import org.parley.model.DocumentId;

/**
 * Claims of one document known without the document's text (records read from a {@code
 * parley.claim/1} file). Every claim's evidence must name {@code doc}.
 */
public record ClaimImport(DocumentId doc, RunIdentity run, List<Claim> claims) {
  public ClaimImport {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(run, "run");
    claims = List.copyOf(claims);
    for (Claim c : claims) {
      if (!c.doc().equals(doc)) {
        throw new IllegalArgumentException(
            "a claim imported for document %s names document %s".formatted(doc, c.doc()));
      }
    }
  }
}
