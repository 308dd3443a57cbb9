package org.parley.ingest.source;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What readers need beyond the input: the field mapping for JSONL and CSV, the date to give
 * documents whose source carries none ({@code --date}; otherwise the date stays unknown), and the
 * outlet to give documents whose source names none.
 */
public record ReadSettings(
    FieldMapping mapping, @Nullable LocalDate date, @Nullable String outlet) {
  public ReadSettings {
    Objects.requireNonNull(mapping, "mapping");
  }

  /** The default mapping, no date, no outlet. */
  public static ReadSettings defaults() {
    return new ReadSettings(FieldMapping.defaults(), null, null);
  }
}
