package org.parley.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.ClaimKind;
import org.parley.model.DocumentId;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;
import org.parley.model.Status;

/**
 * Which claims to read; every filter left {@code null} (or empty) matches everything. {@code party}
 * matches a claim's holder, its agent (when a person id) and a meeting's participants; {@code
 * region} matches a provision's or a control claim's regions; the valid-time range matches claims
 * whose valid time overlaps [{@code validFrom}, {@code validTo}] (a claim without a valid time
 * counts as valid on its report date); {@code recordedAfter} keeps only claims recorded after that
 * instant. Superseded entries are left out unless {@code includeSuperseded}. Build with {@link
 * #all()} and the {@code with…} methods.
 */
public record ClaimQuery(
    @Nullable ActorId party,
    Set<ClaimKind> kinds,
    @Nullable ProvisionType provisionType,
    @Nullable RegionId region,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validTo,
    @Nullable Status status,
    @Nullable DocumentId doc,
    @Nullable String outlet,
    @Nullable Instant recordedAfter,
    boolean includeSuperseded,
    int limit) {

  /** The limit {@link #all()} starts with. */
  public static final int DEFAULT_LIMIT = 100;

  public ClaimQuery {
    kinds = Set.copyOf(kinds);
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException(
          "valid-time range ends (%s) before it starts (%s)".formatted(validTo, validFrom));
    }
  }

  /** Every current claim, at most {@link #DEFAULT_LIMIT}. */
  public static ClaimQuery all() {
    return new ClaimQuery(
        null, Set.of(), null, null, null, null, null, null, null, null, false, DEFAULT_LIMIT);
  }

  public ClaimQuery withParty(@Nullable ActorId p) {
    return new ClaimQuery(
        p,
        kinds,
        provisionType,
        region,
        validFrom,
        validTo,
        status,
        doc,
        outlet,
        recordedAfter,
        includeSuperseded,
        limit);
  }

  public ClaimQuery withKinds(Set<ClaimKind> k) {
    return new ClaimQuery(
        party,
        k,
        provisionType,
        region,
        validFrom,
        validTo,
        status,
        doc,
        outlet,
        recordedAfter,
        includeSuperseded,
        limit);
  }

  public ClaimQuery withProvisionType(@Nullable ProvisionType t) {
    return new ClaimQuery(
        party,
        kinds,
        t,
        region,
        validFrom,
        validTo,
        status,
        doc,
        outlet,
        recordedAfter,
        includeSuperseded,
        limit);
  }

  public ClaimQuery withRegion(@Nullable RegionId r) {
    return new ClaimQuery(
        party,
        kinds,
        provisionType,
        r,
        validFrom,
        validTo,
        status,
        doc,
        outlet,
        recordedAfter,
        includeSuperseded,
        limit);
  }

  public ClaimQuery withValidTime(@Nullable LocalDate from, @Nullable LocalDate to) {
    return new ClaimQuery(
        party,
        kinds,
        provisionType,
        region,
        from,
        to,
        status,
        doc,
        outlet,
        recordedAfter,
        includeSuperseded,
        limit);
  }

  public ClaimQuery withStatus(@Nullable Status s) {
    return new ClaimQuery(
        party,
        kinds,
        provisionType,
        region,
        validFrom,
        validTo,
        s,
        doc,
        outlet,
        recordedAfter,
        includeSuperseded,
        limit);
  }

  public ClaimQuery withDoc(@Nullable DocumentId d) {
    return new ClaimQuery(
        party,
        kinds,
        provisionType,
        region,
        validFrom,
        validTo,
        status,
        d,
        outlet,
        recordedAfter,
        includeSuperseded,
        limit);
  }

  public ClaimQuery withOutlet(@Nullable String o) {
    return new ClaimQuery(
        party,
        kinds,
        provisionType,
        region,
        validFrom,
        validTo,
        status,
        doc,
        o,
        recordedAfter,
        includeSuperseded,
        limit);
  }

  /** Only claims recorded strictly after {@code after} (to feed derived views incrementally). */
  public ClaimQuery withRecordedAfter(@Nullable Instant after) {
    return new ClaimQuery(
        party,
        kinds,
        provisionType,
        region,
        validFrom,
        validTo,
        status,
        doc,
        outlet,
        after,
        includeSuperseded,
        limit);
  }

  public ClaimQuery withSuperseded(boolean include) {
    return new ClaimQuery(
        party,
        kinds,
        provisionType,
        region,
        validFrom,
        validTo,
        status,
        doc,
        outlet,
        recordedAfter,
        include,
        limit);
  }

  public ClaimQuery withLimit(int l) {
    return new ClaimQuery(
        party,
        kinds,
        provisionType,
        region,
        validFrom,
        validTo,
        status,
        doc,
        outlet,
        recordedAfter,
        includeSuperseded,
        l);
  }
}
