package org.parley.contract;

import java.util.Objects;
import org.parley.model.Document;

/**
 * One document as a batch of extraction output holds it: the document as read, where it was read
 * from ({@code "crawl.warc.gz https://…"}, {@code "wire.jsonl:12"}), and how many claims the batch
 * extracted from it; those claims follow in the batch's claim files in the same order as the
 * documents.
 */
public record DocumentLine(Document document, String where, int claims) {
  public DocumentLine {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(where, "where");
    if (claims < 0) {
      throw new IllegalArgumentException("a document has no fewer than 0 claims: " + claims);
    }
  }
}
