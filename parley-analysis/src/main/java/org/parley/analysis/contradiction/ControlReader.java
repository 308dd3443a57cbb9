package org.parley.analysis.contradiction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.LedgerSnapshot;
import org.parley.model.ClaimKind;

/** Reads the current control claims of a snapshot, in time order. Stateless and thread-safe. */
public final class ControlReader {
  /**
   * Every current control claim of {@code snapshot} dated on or before {@code validAt} (all when
   * {@code null}; undated claims always count).
   */
  public List<DatedControl> read(LedgerSnapshot snapshot, @Nullable LocalDate validAt) {
    List<DatedControl> out = new ArrayList<>();
    snapshot.forEachClaim(
        ClaimQuery.all().withKinds(Set.of(ClaimKind.CONTROL)),
        e -> {
          DatedControl c = DatedControl.of(e);
          if (validAt == null || c.date() == null || !c.date().date().start().isAfter(validAt)) {
            out.add(c);
          }
        });
    out.sort(DatedControl.ORDER);
    return out;
  }
}
