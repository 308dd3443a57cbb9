package org.parley.ledger.search;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.ledger.LedgerEntry;
import org.parley.model.DocumentId;

/**
 * One search result: a document (its id, title and a snippet of its text) or a claim (its ledger
 * entry, whose evidence matched), with Lucene's relevance score.
 */
public record SearchHit(
    DocumentId doc,
    @Nullable LedgerEntry entry,
    @Nullable String title,
    String snippet,
    float score) {
  public SearchHit {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(snippet, "snippet");
  }

  /** Whether this hit is a claim rather than a whole document. */
  public boolean isClaim() {
    return entry != null;
  }
}
