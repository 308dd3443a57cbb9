package org.parley.testkit;

import java.time.LocalDate;
import org.parley.model.Document;
import org.parley.model.DocumentId;

/** Documents for tests, built from text the test itself holds. */
public final class DocumentFixture {
  private DocumentFixture() {}

  /** A document dated {@code date} (YYYY-MM-DD) whose whole text is prose. */
  public static Document withText(String id, String date, String text) {
    return Document.of(new DocumentId(id), LocalDate.parse(date), "Test Wire", null, null, text);
  }
}
