package org.parley.analysis.report;

import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.contradiction.DatedControl;
import org.parley.analysis.contradiction.Disputes;
import org.parley.analysis.contradiction.FigureDispute;
import org.parley.analysis.contradiction.Measures;
import org.parley.analysis.contradiction.PositionDispute;
import org.parley.analysis.event.Corroboration;
import org.parley.analysis.gap.GapMatrix;
import org.parley.analysis.gap.GapRow;
import org.parley.analysis.position.DatedPosition;
import org.parley.analysis.position.IssueThread;
import org.parley.analysis.position.PartyPositions;
import org.parley.analysis.position.StanceRun;
import org.parley.analysis.shift.Shift;
import org.parley.ledger.export.CsvTable;
import org.parley.model.RegionId;

/**
 * The answers as flat CSV tables (one row per position, shift, gap row or dispute; ids and codes
 * beside the human labels; the ledger entries each row rests on, {@code ;}-joined), through {@link
 * CsvTable} (formula-like text neutralised, a byte-order mark for Excel on request). Immutable and
 * thread-safe.
 */
public final class AnswerCsv {
  private final Names names;
  private final Phrases phrases;

  public AnswerCsv(Names names) {
    this.names = Objects.requireNonNull(names, "names");
    this.phrases = new Phrases(names);
  }

  /** One row per stance: the current one of every issue, then those it superseded. */
  public long positions(PartyPositions p, boolean excel, Writer out) {
    CsvTable t =
        CsvTable.open(
            out,
            excel,
            List.of(
                "party", "issue", "type", "regions", "detail", "state", "stance", "since", "latest",
                "status", "events", "outlets", "entries"));
    for (IssueThread thread : p.issues()) {
      run(t, p, thread, thread.current(), "current");
      thread.superseded().forEach(r -> run(t, p, thread, r, "superseded"));
    }
    t.flush();
    return t.rows();
  }

  private void run(CsvTable t, PartyPositions p, IssueThread thread, StanceRun r, String state) {
    Corroboration c = PositionsText.corroboration(r);
    t.row(
        Arrays.asList(
            p.party().value(),
            phrases.issue(thread.issue()),
            thread.issue().type().code(),
            regions(thread.issue().regions()),
            thread.issue().detail(),
            state,
            PositionsText.stance(phrases, r),
            r.since() == null ? null : r.since().date().toString(),
            r.latest() == null ? null : r.latest().date().toString(),
            PositionsText.status(r),
            c.events(),
            c.outlets(),
            entries(r.claims())));
  }

  /** One row per shift. */
  public long shifts(List<Shift> shifts, boolean excel, Writer out) {
    CsvTable t =
        CsvTable.open(
            out,
            excel,
            List.of(
                "date",
                "party",
                "shift",
                "issue",
                "type",
                "regions",
                "before",
                "after",
                "why",
                "before_entries",
                "after_entries"));
    for (Shift s : shifts) {
      t.row(shiftRow(s));
    }
    t.flush();
    return t.rows();
  }

  private List<@Nullable String> shiftRow(Shift s) {
    return Arrays.asList(
        s.date() == null ? null : s.date().date().toString(),
        s.holder().value(),
        ShiftsText.label(s.kind()),
        phrases.issue(s.issue()),
        s.issue().type().code(),
        regions(s.issue().regions()),
        s.from() == null || s.before().isEmpty()
            ? null
            : phrases.stance(s.from(), s.before().get(0).claim().provision()),
        s.to() == null || s.after().isEmpty()
            ? null
            : phrases.stance(s.to(), s.after().get(0).claim().provision()),
        s.rule(),
        entries(s.before()),
        entries(s.after()));
  }

  /** One row per issue of the gap matrix. */
  public long gap(GapMatrix g, boolean excel, Writer out) {
    CsvTable t =
        CsvTable.open(
            out,
            excel,
            List.of(
                "issue",
                "type",
                "regions",
                "first_party",
                "first_position",
                "second_party",
                "second_position",
                "verdict",
                "why",
                "first_entries",
                "second_entries"));
    for (GapRow r : g.rows()) {
      t.row(gapRow(g, r));
    }
    t.flush();
    return t.rows();
  }

  private List<@Nullable String> gapRow(GapMatrix g, GapRow r) {
    return Arrays.asList(
        GapText.issue(r, names),
        r.type().code(),
        regions(r.regions()),
        g.first().value(),
        side(r.first()),
        g.second().value(),
        side(r.second()),
        r.verdict().code(),
        r.why(),
        r.first() == null ? null : entries(r.first().current().claims()),
        r.second() == null ? null : entries(r.second().current().claims()));
  }

  private @Nullable String side(@Nullable IssueThread thread) {
    return thread == null ? null : PositionsText.stance(phrases, thread.current());
  }

  /** One row per dispute: control figures first, then positions. */
  public long disputes(Disputes d, boolean excel, Writer out) {
    CsvTable t =
        CsvTable.open(
            out,
            excel,
            List.of(
                "family", "holder", "subject", "regions", "period", "reports", "why", "entries"));
    for (FigureDispute f : d.figures()) {
      t.row(figureRow(f));
    }
    for (PositionDispute p : d.positions()) {
      t.row(positionRow(p));
    }
    t.flush();
    return t.rows();
  }

  private List<@Nullable String> figureRow(FigureDispute f) {
    return Arrays.asList(
        "control figure",
        f.holder().value(),
        names.regions(f.regions()),
        regions(f.regions()),
        f.period(),
        f.figures().stream()
            .map(c -> Measures.label(c.claim().measure()) + " (" + outlet(c) + ")")
            .collect(Collectors.joining("; ")),
        f.why(),
        f.figures().stream().map(c -> c.entry().id().toString()).collect(Collectors.joining(";")));
  }

  private static List<@Nullable String> positionRow(PositionDispute p) {
    return Arrays.asList(
        "position",
        p.holder().value(),
        Phrases.label(p.type()) + (p.detail() == null ? "" : " — " + p.detail()),
        regions(p.regions()),
        p.period(),
        p.firstLabel()
            + ": "
            + entries(p.first())
            + "; "
            + p.secondLabel()
            + ": "
            + entries(p.second()),
        p.why(),
        entries(p.first()) + (p.second().isEmpty() ? "" : ";" + entries(p.second())));
  }

  private static String outlet(DatedControl c) {
    return c.entry().outlet() == null ? c.claim().doc().value() : c.entry().outlet();
  }

  private static String regions(List<RegionId> regions) {
    return regions.stream().map(RegionId::value).collect(Collectors.joining(";"));
  }

  private static String entries(List<DatedPosition> claims) {
    return claims.stream().map(c -> c.entry().id().toString()).collect(Collectors.joining(";"));
  }
}
