package org.parley.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.contradiction.DatedControl;
import org.parley.analysis.contradiction.Disputes;
import org.parley.analysis.contradiction.FigureDispute;
import org.parley.analysis.contradiction.Measures;
import org.parley.analysis.contradiction.PositionDispute;
import org.parley.analysis.gap.GapMatrix;
import org.parley.analysis.gap.GapRow;
import org.parley.analysis.gap.GapVerdict;
import org.parley.analysis.position.ClaimDate;
import org.parley.analysis.position.DatedPosition;
import org.parley.analysis.position.IssueThread;
import org.parley.analysis.position.PartyPositions;
import org.parley.analysis.position.Stance;
import org.parley.analysis.position.StanceRun;
import org.parley.analysis.shift.Shift;

/**
 * The briefing's tables as HTML: positions, gap, shifts, disputes and control claims, each cell
 * escaped and each claim linked to its numbered source. Immutable and thread-safe.
 */
final class HtmlTables {
  private final Names names;
  private final Phrases phrases;

  HtmlTables(Names names) {
    this.names = Objects.requireNonNull(names, "names");
    this.phrases = new Phrases(names);
  }

  String positions(PartyPositions p, int maxSuperseded, CitationIndex index) {
    StringBuilder t = new StringBuilder("<table>\n");
    t.append(Html.head("Issue", "Position", "Since", "Latest", "Status", "Sources"));
    for (IssueThread thread : p.issues()) {
      t.append(run(Html.esc(phrases.issue(thread.issue())), thread.current(), "", index));
      thread.superseded().stream()
          .limit(maxSuperseded)
          .forEach(old -> t.append(run("<em>superseded</em>", old, "superseded", index)));
      int hidden = thread.superseded().size() - maxSuperseded;
      if (hidden > 0) {
        t.append(Html.row("superseded", "<em>… " + hidden + " earlier</em>", "", "", "", "", ""));
      }
    }
    return t.append("</table>\n").toString();
  }

  private String run(String label, StanceRun r, String css, CitationIndex index) {
    return Html.row(
        css,
        label,
        Html.esc(PositionsText.stance(phrases, r)),
        date(r.since()),
        date(r.latest()),
        Html.esc(PositionsText.status(r)),
        Html.refs(r.citations(), index));
  }

  String gap(GapMatrix g, CitationIndex index) {
    StringBuilder t = new StringBuilder("<table>\n");
    t.append(
        Html.head(
            "Issue", names.actor(g.first()), names.actor(g.second()), "Verdict", "Why", "Sources"));
    for (GapRow r : g.rows()) {
      if (r.verdict() == GapVerdict.UNADDRESSED) {
        continue;
      }
      t.append(
          Html.row(
              "",
              Html.esc(GapText.issue(r, names)),
              cell(r.first()),
              cell(r.second()),
              "<span class=\"v-" + r.verdict().code() + "\">" + r.verdict().code() + "</span>",
              Html.esc(r.why()),
              refs(r.first(), index) + " / " + refs(r.second(), index)));
    }
    t.append("</table>\n");
    String unaddressed =
        g.rows().stream()
            .filter(r -> r.verdict() == GapVerdict.UNADDRESSED)
            .map(r -> Phrases.label(r.type()))
            .collect(Collectors.joining(", "));
    if (!unaddressed.isEmpty()) {
      t.append("<p class=\"note\">Unaddressed by both: ")
          .append(Html.esc(unaddressed))
          .append("</p>\n");
    }
    return t.toString();
  }

  String shifts(List<Shift> shifts, CitationIndex index) {
    if (shifts.isEmpty()) {
      return "<p>No shifts.</p>\n";
    }
    StringBuilder t = new StringBuilder("<table>\n");
    t.append(Html.head("Date", "Party", "Shift", "Issue", "Before", "After", "Why", "Sources"));
    for (Shift s : shifts) {
      t.append(
          Html.row(
              "",
              date(s.date()),
              Html.esc(s.holder().value()),
              "<span class=\"s-" + s.kind().code() + "\">" + ShiftsText.label(s.kind()) + "</span>",
              Html.esc(phrases.issue(s.issue())),
              side(s.from(), s.before()),
              side(s.to(), s.after()),
              Html.esc(s.rule()),
              Html.refs(cited(s.before()), index) + " → " + Html.refs(cited(s.after()), index)));
    }
    return t.append("</table>\n").toString();
  }

  String disputes(Disputes d, int limit, CitationIndex index) {
    List<FigureDispute> figures = DisputesText.newest(d.figures(), FigureDispute::period, limit);
    List<PositionDispute> positions =
        DisputesText.newest(d.positions(), PositionDispute::period, limit);
    return "<h3>Control figures that disagree</h3>\n"
        + figureDisputes(figures, index)
        + more(d.figures().size(), limit)
        + "<h3>Positions reported two ways</h3>\n"
        + positionDisputes(positions, index)
        + more(d.positions().size(), limit);
  }

  private static String more(int total, int limit) {
    return total <= limit
        ? ""
        : "<p class=\"note\">… and %d earlier (<code>parley disputes</code> lists them all).</p>\n"
            .formatted(total - limit);
  }

  private String figureDisputes(List<FigureDispute> disputes, CitationIndex index) {
    if (disputes.isEmpty()) {
      return "<p>None.</p>\n";
    }
    StringBuilder t = new StringBuilder("<table>\n");
    t.append(Html.head("Holder", "Regions", "Period", "Figures", "Why"));
    for (FigureDispute f : disputes) {
      String figures =
          f.figures().stream()
              .map(
                  c ->
                      Html.esc(Measures.label(c.claim().measure()) + " — " + outlet(c))
                          + " "
                          + Html.refs(List.of(c.citation()), index))
              .collect(Collectors.joining("<br>"));
      t.append(
          Html.row(
              "",
              Html.esc(f.holder().value()),
              Html.esc(names.regions(f.regions())),
              Html.esc(f.period()),
              figures,
              Html.esc(f.why())));
    }
    return t.append("</table>\n").toString();
  }

  private String positionDisputes(List<PositionDispute> positions, CitationIndex index) {
    if (positions.isEmpty()) {
      return "<p>None.</p>\n";
    }
    StringBuilder t = new StringBuilder("<table>\n");
    t.append(Html.head("Holder", "Issue", "Period", "One side", "Other side", "Why"));
    for (PositionDispute p : positions) {
      String where = p.regions().isEmpty() ? "" : " (" + names.regions(p.regions()) + ")";
      t.append(
          Html.row(
              "",
              Html.esc(p.holder().value()),
              Html.esc(Phrases.label(p.type()) + where),
              Html.esc(p.period()),
              Html.esc(p.firstLabel()) + ": " + Html.refs(cited(p.first()), index),
              Html.esc(p.secondLabel()) + ": " + Html.refs(cited(p.second()), index),
              Html.esc(p.why())));
    }
    return t.append("</table>\n").toString();
  }

  String controls(List<ControlRow> rows, boolean withMaps, CitationIndex index) {
    if (rows.isEmpty()) {
      return "<p>No control claims.</p>\n";
    }
    StringBuilder t = new StringBuilder("<table>\n");
    t.append(
        withMaps
            ? Html.head(
                "Holder", "Regions", "Latest claim", "Date", "Reported", "Map check", "Source")
            : Html.head("Holder", "Regions", "Latest claim", "Date", "Reported", "Source"));
    for (ControlRow r : rows) {
      String css =
          r.check() == null ? "" : "c-" + r.check().verdict().name().toLowerCase(Locale.ROOT);
      List<String> cells = new ArrayList<>(controlCells(r.latest(), r.reported().label()));
      if (withMaps) {
        cells.add(cells.size() - 1, Html.esc(ControlText.check(r.check())));
      }
      cells.set(cells.size() - 1, Html.refs(List.of(r.latest().citation()), index));
      t.append(Html.row(css, cells.toArray(String[]::new)));
    }
    return t.append("</table>\n").toString();
  }

  /** Holder, regions, figure, date, reports and a placeholder for the source. */
  private List<String> controlCells(DatedControl c, String reported) {
    return List.of(
        Html.esc(c.claim().holder().value()),
        Html.esc(names.regions(c.claim().regions())),
        Html.esc(Measures.label(c.claim().measure())),
        date(c.date()),
        Html.esc(reported),
        "");
  }

  private String side(@Nullable Stance stance, List<DatedPosition> claims) {
    if (stance == null || claims.isEmpty()) {
      return "–";
    }
    return Html.esc(phrases.stance(stance, claims.get(0).claim().provision()));
  }

  private String cell(@Nullable IssueThread t) {
    return t == null ? "–" : Html.esc(PositionsText.stance(phrases, t.current()));
  }

  private static String refs(@Nullable IssueThread t, CitationIndex index) {
    return t == null ? "–" : Html.refs(t.current().citations(), index);
  }

  private static List<org.parley.analysis.position.Citation> cited(List<DatedPosition> claims) {
    return claims.stream().map(DatedPosition::citation).toList();
  }

  private static String outlet(DatedControl c) {
    return c.entry().outlet() == null ? c.claim().doc().value() : c.entry().outlet();
  }

  private static String date(@Nullable ClaimDate d) {
    return "<span class=\"nowrap\">" + (d == null ? "undated" : Html.esc(d.label())) + "</span>";
  }
}
