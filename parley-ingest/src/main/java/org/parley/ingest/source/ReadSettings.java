package org.parley.ingest.source;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What readers need beyond the input: the field mapping for JSONL and CSV, the date to give
 * documents whose source carries none ({@code --date}; otherwise the date stays unknown), the
 * outlet to give documents whose source names none, and the size limits of inputs and records.
 */
public record ReadSettings(
    FieldMapping mapping, @Nullable LocalDate date, @Nullable String outlet, ReadLimits limits) {
  public ReadSettings {
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(limits, "limits");
  }

  /** Settings within the default limits. */
  public ReadSettings(FieldMapping mapping, @Nullable LocalDate date, @Nullable String outlet) {
    this(mapping, date, outlet, ReadLimits.defaults());
  }

  /** The default mapping, no date, no outlet, the default limits. */
  public static ReadSettings defaults() {
    return new ReadSettings(FieldMapping.defaults(), null, null);
  }

  public ReadSettings withMapping(FieldMapping newMapping) {
    return new ReadSettings(newMapping, date, outlet, limits);
  }

  public ReadSettings withDate(@Nullable LocalDate newDate) {
    return new ReadSettings(mapping, newDate, outlet, limits);
  }

  public ReadSettings withOutlet(@Nullable String newOutlet) {
    return new ReadSettings(mapping, date, newOutlet, limits);
  }

  public ReadSettings withLimits(ReadLimits newLimits) {
    return new ReadSettings(mapping, date, outlet, newLimits);
  }
}
