package org.parley.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.analysis.position.Citation;
import org.parley.analysis.position.PartyPositions;

/**
 * A briefing as one standalone HTML file: inline CSS, inline SVG charts (claims per party over
 * time; reported against measured control shares when maps were checked), no scripts and no
 * external resources, every claim linked to its numbered source with the article's words. Immutable
 * and thread-safe.
 */
public final class HtmlReport {
  private static final String HOW_TO_READ =
      "Parley reads news articles and records who demands, offers or rejects what, who controls"
          + " how much territory, and who met whom, each with its source. A position is what a"
          + " party last said on an issue; an earlier, different stance is shown as superseded."
          + " Dates are when a claim held or, marked (reported), the date of the article. Numbers"
          + " in brackets link to the sources at the end: document, date, outlet, how sure the"
          + " report is, and the words of the article.";

  private static final String STYLE =
      """
      body{font-family:Georgia,'Times New Roman',serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
      h1{font-size:1.9em;margin-bottom:.2em}h2{border-bottom:2px solid #ccc;margin-top:2em;padding-bottom:.2em}
      h3{margin-top:1.4em}.meta{color:#555}.howto{background:#f6f4ee;border-left:4px solid #b8a97a;padding:.6em 1em}
      table{border-collapse:collapse;width:100%;margin:.6em 0;font-family:system-ui,sans-serif;font-size:.86em}
      th,td{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}th{background:#f0f0f0}
      tr.superseded td{color:#777;font-size:.95em}a{color:#1f5f99;text-decoration:none}
      .v-conflicting{color:#fff;background:#b03a2e;padding:0 .3em}.v-compatible{color:#fff;background:#196f3d;padding:0 .3em}
      .v-one-sided{background:#f5cba7;padding:0 .3em}.c-inconsistent td{background:#fdecea}.c-consistent td{background:#eafaf1}
      .note{color:#555;font-size:.9em}.nowrap{white-space:nowrap}.chart{max-width:100%;height:auto;display:block;margin:.8em 0}
      ol.sources{font-family:system-ui,sans-serif;font-size:.85em}ol.sources li{margin-bottom:.6em}
      blockquote{margin:.2em 0 0 0;padding-left:.8em;border-left:3px solid #ddd;color:#333}
      """;

  private final Names names;
  private final HtmlTables tables;

  public HtmlReport(Names names) {
    this.names = Objects.requireNonNull(names, "names");
    this.tables = new HtmlTables(names);
  }

  /** The briefing as a complete HTML document. */
  public String render(Briefing b) {
    CitationIndex index = new CitationIndex();
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<title>Parley briefing, ledger as of ").append(b.asOf()).append("</title>\n");
    h.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    header(b, h);
    positions(b, index, h);
    h.append("<h2>2. Where the two main parties stand apart</h2>\n");
    h.append(
        b.gap() == null
            ? "<p>Fewer than two parties hold positions.</p>\n"
            : tables.gap(b.gap(), index));
    shifts(b, index, h);
    h.append("<h2>4. Disputes: the same fact reported differently</h2>\n");
    h.append(tables.disputes(b.disputes(), Briefing.DISPUTES_SHOWN, index));
    controls(b, index, h);
    h.append("<h2>6. Timeline</h2>\n");
    h.append(new SvgTimeline(names).render(b.timeline()));
    timelineTable(b.timeline(), h);
    meetings(b.timeline(), index, h);
    sources(index, h);
    return h.append("</body>\n</html>\n").toString();
  }

  private void positions(Briefing b, CitationIndex index, StringBuilder h) {
    h.append("<h2>1. Positions of the main parties</h2>\n");
    if (b.positions().isEmpty()) {
      h.append("<p>The ledger holds no demands, offers or rejections.</p>\n");
    }
    for (PartyPositions p : b.positions()) {
      h.append("<h3>").append(Html.esc(names.party(p.party()))).append("</h3>\n");
      h.append(
          p.issues().isEmpty()
              ? "<p>No positions.</p>\n"
              : tables.positions(p, Briefing.SUPERSEDED_SHOWN, index));
    }
  }

  private void shifts(Briefing b, CitationIndex index, StringBuilder h) {
    h.append("<h2>3. Recent shifts")
        .append(b.shiftsSince() == null ? "" : " (since " + b.shiftsSince() + ")")
        .append("</h2>\n");
    h.append(tables.shifts(b.shifts(), index));
    if (b.shiftsTotal() > b.shifts().size()) {
      h.append("<p class=\"note\">… and ")
          .append(b.shiftsTotal() - b.shifts().size())
          .append(" earlier shifts (<code>parley shifts PARTY</code> lists them all).</p>\n");
    }
  }

  private static void header(Briefing b, StringBuilder h) {
    Briefing.Scope s = b.scope();
    h.append("<h1>Parley briefing</h1>\n<p class=\"meta\">Ledger as of <code>")
        .append(b.asOf())
        .append("</code> (recorded time; <code>--as-of ")
        .append(b.asOf())
        .append("</code> reproduces this briefing). ")
        .append(
            b.validAt() == null
                ? "Claims of every date."
                : "Claims dated on or before " + b.validAt() + ".")
        .append(" Based on ")
        .append(s.claims())
        .append(" claims from ")
        .append(s.documents())
        .append(" documents")
        .append(s.first() == null ? "" : ", dated " + s.first() + " to " + s.last())
        .append(".</p>\n<p class=\"howto\">")
        .append(Html.esc(HOW_TO_READ))
        .append("</p>\n");
  }

  private void controls(Briefing b, CitationIndex index, StringBuilder h) {
    h.append("<h2>5. Territorial control")
        .append(b.maps() == null ? "" : ", checked against maps")
        .append("</h2>\n");
    if (b.maps() != null) {
      h.append("<p class=\"note\">Maps: ").append(Html.esc(b.maps())).append("</p>\n");
      h.append(new SvgControlBars(names).render(b.controls()));
    }
    h.append(tables.controls(b.controls(), b.maps() != null, index));
  }

  private static void timelineTable(Timeline t, StringBuilder h) {
    if (t.periods().isEmpty()) {
      return;
    }
    h.append("<details><summary>Claims per party and period, as a table</summary>\n<table>\n");
    List<String> head = new ArrayList<>(List.of("Period"));
    t.lanes().forEach(l -> head.add(l.party().value()));
    h.append(Html.head(head.toArray(String[]::new)));
    for (int p = 0; p < t.periods().size(); p++) {
      List<String> cells = new ArrayList<>(List.of(Html.esc(t.periods().get(p))));
      for (Timeline.Lane l : t.lanes()) {
        int n = l.counts().get(p);
        cells.add(n == 0 ? "–" : Integer.toString(n));
      }
      h.append(Html.row("", cells.toArray(String[]::new)));
    }
    h.append("</table>\n</details>\n");
  }

  private static void meetings(Timeline t, CitationIndex index, StringBuilder h) {
    if (t.meetings().isEmpty()) {
      return;
    }
    h.append("<h3>Meetings</h3>\n<ul>\n");
    for (Timeline.Event m : t.meetings()) {
      h.append("<li>")
          .append(Html.esc(m.period() + ": " + m.what()))
          .append(' ')
          .append(Html.refs(List.of(m.citation()), index))
          .append("</li>\n");
    }
    h.append("</ul>\n");
  }

  private static void sources(CitationIndex index, StringBuilder h) {
    if (index.isEmpty()) {
      return;
    }
    h.append("<h2>Sources</h2>\n<ol class=\"sources\">\n");
    List<Citation> cited = index.cited();
    for (int i = 0; i < cited.size(); i++) {
      Citation c = cited.get(i);
      h.append("<li id=\"src-").append(i + 1).append("\">").append(Html.esc(Sources.header(c)));
      if (c.text() != null && !c.text().isBlank()) {
        h.append("<blockquote>").append(Html.esc(c.text().strip())).append("</blockquote>");
      }
      h.append("</li>\n");
    }
    h.append("</ol>\n");
  }
}
