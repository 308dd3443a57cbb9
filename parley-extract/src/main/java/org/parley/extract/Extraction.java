package org.parley.extract;

import java.util.List;
import java.util.Objects;
import org.parley.model.Claim;
import org.parley.model.Diagnostic;
import org.parley.model.Document;

/**
 * What extraction made of one document: its claims in a fixed order (document position, then kind)
 * and the non-fatal findings about it.
 */
public record Extraction(Document document, List<Claim> claims, List<Diagnostic> diagnostics) {
  public Extraction {
    Objects.requireNonNull(document, "document");
    claims = List.copyOf(claims);
    diagnostics = List.copyOf(diagnostics);
  }

  /**
   * Whether extraction failed (an error diagnostic: the rules broke on the text, or the document
   * ran past its time budget); its claims are then not the document's claims and are not recorded.
   */
  public boolean isFailed() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
  }
}
