package org.parley.ingest.source;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.text.DateReading;
import org.parley.ingest.text.DateText;
import org.parley.model.Diagnostic;

/**
 * Settles a document's date from what its source wrote: a readable date is kept; a missing or
 * impossible one falls back to the run's {@code --date} if given, and otherwise stays unknown. Both
 * cases leave a warning naming the source, so that no date is invented silently.
 */
record Dating(@Nullable LocalDate date, List<Diagnostic> notes) {
  Dating {
    notes = List.copyOf(notes);
  }

  static Dating of(@Nullable String raw, ReadSettings settings, String where) {
    return of(DateText.read(raw), settings, where);
  }

  static Dating of(DateReading reading, ReadSettings settings, String where) {
    LocalDate fallback = settings.date();
    String outcome = fallback == null ? "recorded as unknown" : "using --date " + fallback;
    return switch (reading) {
      case DateReading.Known k -> new Dating(k.date(), List.of());
      case DateReading.Missing m ->
          fallback != null
              ? new Dating(fallback, List.of())
              : new Dating(null, List.of(Diagnostic.warning(where, "no date; " + outcome)));
      case DateReading.Unusable u ->
          new Dating(fallback, List.of(Diagnostic.warning(where, u.problem() + "; " + outcome)));
    };
  }
}
