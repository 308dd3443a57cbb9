package org.parley.language.cue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.model.Status;

/**
 * What the cues governing a stretch of text say together: the strongest status (denied, then
 * disputed, unverified, estimated, reported, asserted), the outlets and reports it goes through
 * ({@code via}, in text order, no repeats), the source phrase of an unnamed source, whether the
 * source is named, and the cues themselves.
 */
public record AttributionSummary(
    Status status,
    List<String> via,
    @Nullable String source,
    boolean named,
    List<AttributionCue> cues) {
  private static final List<Status> STRENGTH =
      List.of(
          Status.DENIED,
          Status.DISPUTED,
          Status.UNVERIFIED,
          Status.ESTIMATED,
          Status.REPORTED,
          Status.ASSERTED);

  public AttributionSummary {
    Objects.requireNonNull(status, "status");
    via = List.copyOf(via);
    cues = List.copyOf(cues);
  }

  /** The summary of {@code cues} (none: asserted, on the record). */
  public static AttributionSummary of(List<AttributionCue> cues) {
    Status status = Status.ASSERTED;
    List<String> via = new ArrayList<>();
    String source = null;
    boolean named = true;
    for (AttributionCue c : cues) {
      if (STRENGTH.indexOf(c.status()) < STRENGTH.indexOf(status)) {
        status = c.status();
      }
      switch (c) {
        case AttributionCue.ReportingFrame f -> {
          f.via().stream().filter(v -> !via.contains(v)).forEach(via::add);
          if (source == null && f.sourcePhrase() != null) {
            source = f.sourcePhrase();
          }
          named &= f.named();
        }
        case AttributionCue.AnonymityMarker a -> named = false;
        case AttributionCue.StatusMarker m -> {}
      }
    }
    return new AttributionSummary(status, via, source, named, cues);
  }
}
