package org.parley.analysis.position;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.LedgerSnapshot;
import org.parley.model.ActorId;
import org.parley.model.ClaimKind;
import org.parley.model.Status;

/**
 * Reads the current demands, offers and rejections of a snapshot, in time order. Claims whose own
 * text says their holder denies them ({@code denied}) are not the holder's positions and are left
 * out here (the dispute finder reports them). Stateless and thread-safe.
 */
public final class PositionReader {
  private static final EnumSet<ClaimKind> POSITIONS =
      EnumSet.of(ClaimKind.DEMAND, ClaimKind.OFFER, ClaimKind.REJECTION);

  /**
   * The positions held by {@code holder} (every holder when {@code null}) that count on or before
   * {@code validAt} (all when {@code null}; undated claims always count), denied ones left out.
   */
  public List<DatedPosition> read(
      LedgerSnapshot snapshot, @Nullable ActorId holder, @Nullable LocalDate validAt) {
    return readAll(snapshot, holder, validAt).stream()
        .filter(p -> p.claim().provenance().status() != Status.DENIED)
        .toList();
  }

  /** As {@link #read}, denied claims included. */
  public List<DatedPosition> readAll(
      LedgerSnapshot snapshot, @Nullable ActorId holder, @Nullable LocalDate validAt) {
    List<DatedPosition> out = new ArrayList<>();
    ClaimQuery query = ClaimQuery.all().withKinds(POSITIONS).withParty(holder);
    snapshot.forEachClaim(
        query,
        e -> {
          DatedPosition p = DatedPosition.of(e);
          if ((holder == null || p.claim().holder().equals(holder)) && counts(p, validAt)) {
            out.add(p);
          }
        });
    out.sort(DatedPosition.ORDER);
    return out;
  }

  private static boolean counts(DatedPosition p, @Nullable LocalDate validAt) {
    return validAt == null || p.date() == null || !p.date().date().start().isAfter(validAt);
  }
}
