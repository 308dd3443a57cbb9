package org.parley.analysis.position;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.ledger.EntryId;
import org.parley.ledger.LedgerEntry;
import org.parley.model.Attribution;
import org.parley.model.ClaimKind;
import org.parley.model.DocumentId;
import org.parley.model.Provenance;
import org.parley.model.Span;
import org.parley.model.Status;

/**
 * The evidence behind one ledger entry, as an answer cites it: the entry, its kind, the document,
 * the claim's date, the outlet and the chain it came by ({@code via}, {@code source}), its status,
 * who voiced it, the evidence spans and text, and the reviewer's decision when there is one ({@code
 * rejected by alice at …: why}).
 */
public record Citation(
    EntryId entry,
    ClaimKind kind,
    DocumentId doc,
    @Nullable ClaimDate date,
    @Nullable LocalDate reported,
    @Nullable String outlet,
    List<String> via,
    @Nullable String source,
    @Nullable Status status,
    @Nullable String agent,
    List<Span> spans,
    @Nullable String text,
    @Nullable String review) {

  public Citation {
    via = List.copyOf(via);
    spans = List.copyOf(spans);
  }

  /** The citation of a ledger entry. */
  public static Citation of(LedgerEntry e) {
    Provenance p = e.claim().provenance();
    Attribution a = p.attribution();
    return new Citation(
        e.id(),
        e.claim().kind(),
        e.claim().doc(),
        ClaimDate.of(e.claim()).orElse(null),
        p.reported(),
        e.outlet(),
        a == null ? List.of() : a.via(),
        a == null ? null : a.source(),
        p.status(),
        e.claim().agent(),
        p.evidence().spans(),
        p.evidence().text(),
        e.review() == null ? null : e.review().describe());
  }
}
