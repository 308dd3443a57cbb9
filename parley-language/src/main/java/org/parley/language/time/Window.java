package org.parley.language.time;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.parley.model.PartialDate;

/** A resolved value with the days it allows and, when the form implies one, its modifier. */
record Window(PartialDate value, LocalDate from, LocalDate to, @Nullable TimeModifier modifier) {
  static Window of(PartialDate value) {
    return new Window(value, value.start(), value.end(), null);
  }

  static Window within(LocalDate from, LocalDate to) {
    return new Window(Calendar.covering(from, to), from, to, TimeModifier.WITHIN);
  }
}
