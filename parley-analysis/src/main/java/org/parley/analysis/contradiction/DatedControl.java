package org.parley.analysis.contradiction;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.position.Citation;
import org.parley.analysis.position.ClaimDate;
import org.parley.ledger.LedgerEntry;
import org.parley.model.Control;

/** One control claim from the ledger with the date it counts at ({@code null} when undated). */
public record DatedControl(LedgerEntry entry, Control claim, @Nullable ClaimDate date) {
  /** Time order: undated first, then by date and entry id. */
  public static final Comparator<DatedControl> ORDER =
      Comparator.comparing(
              DatedControl::date, Comparator.nullsFirst(Comparator.<ClaimDate>naturalOrder()))
          .thenComparing(c -> c.entry().id());

  public DatedControl {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(claim, "claim");
  }

  /** The control claim of a ledger entry. */
  public static DatedControl of(LedgerEntry entry) {
    if (!(entry.claim() instanceof Control c)) {
      throw new IllegalArgumentException(
          "entry %s is a %s, not a control claim"
              .formatted(entry.id(), entry.claim().kind().code()));
    }
    return new DatedControl(entry, c, ClaimDate.of(c).orElse(null));
  }

  public Citation citation() {
    return Citation.of(entry);
  }
}
