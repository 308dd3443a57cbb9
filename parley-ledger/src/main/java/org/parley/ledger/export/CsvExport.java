package org.parley.ledger.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerSnapshot;
import org.parley.ledger.ReviewRecord;
import org.parley.model.Attribution;
import org.parley.model.Claim;
import org.parley.model.Control;
import org.parley.model.Meeting;
import org.parley.model.Position;
import org.parley.model.Provenance;
import org.parley.model.Statement;

/**
 * Writes claims as CSV (RFC 4180, a header row, one row per claim) for spreadsheets, through {@link
 * CsvTable} (formula-like text neutralised; a byte-order mark for Excel on request): list values
 * are joined with {@code ;}, evidence spans written {@code start-end}; the reviewer's decision, if
 * any, closes the row (a corrected claim's cells are its corrected values). Stateless.
 */
public final class CsvExport {
  /** The header row. */
  public static final List<String> COLUMNS =
      List.of(
          "entry",
          "doc",
          "kind",
          "holder",
          "agent",
          "addressee",
          "provision_type",
          "polarity",
          "regions",
          "beneficiary",
          "detail",
          "share",
          "area_km2",
          "approx",
          "quote",
          "participants",
          "place",
          "valid_time",
          "reported",
          "status",
          "confidence",
          "via",
          "source",
          "named",
          "evidence",
          "text",
          "outlet",
          "extractor",
          "kb",
          "recorded_at",
          "superseded_at",
          "review",
          "reviewer",
          "reviewed_at",
          "review_why",
          "review_changes");

  /** Writes the claims of {@code snapshot} matching {@code query}; returns how many. */
  public long write(LedgerSnapshot snapshot, ClaimQuery query, Writer out) {
    return write(snapshot, query, false, out);
  }

  /**
   * As {@link #write(LedgerSnapshot, ClaimQuery, Writer)}; {@code excel} adds a byte-order mark.
   */
  public long write(LedgerSnapshot snapshot, ClaimQuery query, boolean excel, Writer out) {
    CsvTable csv = CsvTable.open(out, excel, COLUMNS);
    snapshot.forEachClaim(query, e -> csv.row(row(e)));
    csv.flush();
    return csv.rows();
  }

  /** The row of one entry, in {@link #COLUMNS} order. */
  public static List<@Nullable Object> row(LedgerEntry e) {
    Claim c = e.claim();
    Provenance p = c.provenance();
    List<@Nullable Object> row = new ArrayList<>();
    row.add(e.id().value());
    row.add(c.doc().value());
    row.add(c.kind().code());
    row.add(c.holder());
    row.add(c.agent());
    content(c, row);
    row.add(p.validTime());
    row.add(p.reported());
    row.add(p.status() == null ? null : p.status().code());
    row.add(p.confidence());
    Attribution a = p.attribution();
    row.add(a == null ? null : String.join(";", a.via()));
    row.add(a == null ? null : a.source());
    row.add(a == null ? null : a.named());
    row.add(
        p.evidence().spans().stream()
            .map(s -> s.start() + "-" + s.end())
            .collect(Collectors.joining(";")));
    row.add(p.evidence().text());
    row.add(e.outlet());
    row.add(e.run().extractor());
    row.add(e.run().knowledgeBase());
    row.add(e.recordedAt());
    row.add(e.supersededAt());
    ReviewRecord r = e.review();
    row.add(r == null ? null : r.decision().code());
    row.add(r == null ? null : r.reviewer());
    row.add(r == null ? null : r.recordedAt());
    row.add(r == null ? null : r.why());
    row.add(r == null ? null : r.changes());
    return row;
  }

  /** addressee … place: the kind-specific columns, empty where they do not apply. */
  private static void content(Claim c, List<@Nullable Object> row) {
    Object[] cells = new Object[12];
    switch (c) {
      case Position p -> {
        cells[0] = p.addressee();
        cells[1] = p.provision().type().code();
        cells[2] = p.provision().polarity().code();
        cells[3] = joined(p.provision().regions());
        cells[4] = p.provision().beneficiary();
        cells[5] = p.provision().detail();
      }
      case Control k -> {
        cells[3] = joined(k.regions());
        cells[6] = k.measure().share();
        cells[7] = k.measure().areaKm2();
        cells[8] = k.measure().approx().code();
      }
      case Statement s -> cells[9] = s.quote();
      case Meeting m -> {
        cells[10] = joined(m.participants());
        cells[11] = m.place();
      }
    }
    row.addAll(java.util.Arrays.asList(cells));
  }

  private static String joined(List<?> values) {
    return values.stream().map(Object::toString).collect(Collectors.joining(";"));
  }
}
