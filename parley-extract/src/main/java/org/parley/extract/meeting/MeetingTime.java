package org.parley.extract.meeting;

import org.jspecify.annotations.Nullable;
import org.parley.model.PartialDate;

/**
 * When a meeting took place, as far as the text says ({@code date}, none when it does not), and
 * where that came from ({@code source}: clause, sentence, report, narrowed, readout, none).
 */
record MeetingTime(@Nullable PartialDate date, String source) {
  static MeetingTime none() {
    return new MeetingTime(null, "none");
  }
}
