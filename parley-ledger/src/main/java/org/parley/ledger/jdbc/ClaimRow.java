package org.parley.ledger.jdbc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.Control;
import org.parley.model.Meeting;
import org.parley.model.PartialDate;
import org.parley.model.Position;
import org.parley.model.RegionId;
import org.parley.model.Statement;

/**
 * The indexed columns of one claim, derived from the claim itself; the claim travels whole as its
 * {@code parley.claim/1} line in {@code json}. Valid time is stored as a day range (epoch days)
 * with its precision; a claim without one counts as valid on its report date, and one without
 * either gets {@link #NO_TIME}, which no range matches.
 */
record ClaimRow(
    String kind,
    @Nullable String holder,
    @Nullable String agent,
    @Nullable String provisionType,
    @Nullable String polarity,
    @Nullable String status,
    long validFrom,
    long validTo,
    String validPrecision,
    @Nullable Long reported,
    @Nullable Double confidence,
    Map<String, String> parties,
    List<String> regions,
    String json) {

  /** The day stored for a claim with neither a valid time nor a report date. */
  static final long NO_TIME = -1_000_000L;

  static ClaimRow of(Claim claim, String json) {
    var p = claim.provenance();
    PartialDate valid = p.validTime();
    LocalDate reported = p.reported();
    ValidDays days = ValidDays.of(valid, reported);
    Position position = claim instanceof Position pos ? pos : null;
    return new ClaimRow(
        claim.kind().code(),
        claim.holder() == null ? null : claim.holder().value(),
        claim.agent(),
        position == null ? null : position.provision().type().code(),
        position == null ? null : position.provision().polarity().code(),
        p.status() == null ? null : p.status().code(),
        days.from(),
        days.to(),
        days.precision(),
        reported == null ? null : reported.toEpochDay(),
        p.confidence(),
        parties(claim),
        regions(claim),
        json);
  }

  /**
   * The stored valid-time days: the claim's valid time, else its report date ("reported"), else
   * {@link #NO_TIME} ("none").
   */
  private record ValidDays(long from, long to, String precision) {
    static ValidDays of(@Nullable PartialDate valid, @Nullable LocalDate reported) {
      if (valid != null) {
        return new ValidDays(
            valid.start().toEpochDay(),
            valid.end().toEpochDay(),
            valid.precision().name().toLowerCase(java.util.Locale.ROOT));
      }
      if (reported != null) {
        return new ValidDays(reported.toEpochDay(), reported.toEpochDay(), "reported");
      }
      return new ValidDays(NO_TIME, NO_TIME, "none");
    }
  }

  private static Map<String, String> parties(Claim claim) {
    Map<String, String> out = new LinkedHashMap<>();
    if (claim.holder() != null) {
      out.put(claim.holder().value(), "holder");
    }
    String agent = claim.agent();
    if (agent != null && ActorId.isValid(agent)) {
      out.putIfAbsent(agent, "agent");
    }
    if (claim instanceof Meeting m) {
      m.participants().forEach(a -> out.putIfAbsent(a.value(), "participant"));
    }
    return out;
  }

  private static List<String> regions(Claim claim) {
    List<RegionId> regions =
        switch (claim) {
          case Position p -> p.provision().regions();
          case Control c -> c.regions();
          case Statement s -> List.of();
          case Meeting m -> List.of();
        };
    List<String> out = new ArrayList<>();
    regions.forEach(r -> out.add(r.value()));
    return out;
  }
}
