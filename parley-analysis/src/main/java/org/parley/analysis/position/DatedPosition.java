package org.parley.analysis.position;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.ledger.LedgerEntry;
import org.parley.model.Position;

/**
 * One demand, offer or rejection from the ledger with the date it counts at ({@code null} when the
 * claim has neither a valid time nor a report date). {@link #ORDER} puts undated claims first, then
 * by date, then by recording order.
 */
public record DatedPosition(LedgerEntry entry, Position claim, @Nullable ClaimDate date) {
  /** Time order: undated first, then by date, recorded instant and entry id. */
  public static final Comparator<DatedPosition> ORDER =
      Comparator.comparing(
              DatedPosition::date, Comparator.nullsFirst(Comparator.<ClaimDate>naturalOrder()))
          .thenComparing(p -> p.entry().recordedAt())
          .thenComparing(p -> p.entry().id());

  public DatedPosition {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(claim, "claim");
  }

  /** The position of a ledger entry whose claim is a demand, offer or rejection. */
  public static DatedPosition of(LedgerEntry entry) {
    if (!(entry.claim() instanceof Position p)) {
      throw new IllegalArgumentException(
          "entry %s is a %s, not a position".formatted(entry.id(), entry.claim().kind().code()));
    }
    return new DatedPosition(entry, p, ClaimDate.of(p).orElse(null));
  }

  public Stance stance() {
    return Stance.of(claim);
  }

  public Citation citation() {
    return Citation.of(entry);
  }
}
