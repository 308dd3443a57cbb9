package org.parley.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parley.analysis.position.PartyPositions;

/**
 * A briefing as plain text for people who never used Parley: what it rests on, how to read it, the
 * main parties' positions, the gap between the first two, recent shifts, disputes, control claims
 * (with the map check), a timeline, and the numbered sources every line cites. Immutable and
 * thread-safe.
 */
public final class TextReport {
  private static final String HOW_TO_READ =
      """
      How to read this briefing: Parley reads news articles and records who demands, offers or
      rejects what, who controls how much territory, and who met whom — each with its source. A
      position is what a party last said on an issue; an earlier, different stance is marked
      "superseded". Dates are when a claim held (its valid time) or, marked "(reported)", the date
      of the article. Numbers in brackets [1] point to the sources at the end: document, date,
      outlet, how sure the report is (asserted, reported, unverified, estimated, disputed, denied)
      and the words of the article.
      """;

  private final Names names;

  public TextReport(Names names) {
    this.names = Objects.requireNonNull(names, "names");
  }

  /** The briefing as text, ending in a newline. */
  public String render(Briefing b) {
    CitationIndex index = new CitationIndex();
    StringBuilder out = new StringBuilder();
    header(b, out);
    positions(b, index, out);
    section(out, "2. Where the two main parties stand apart");
    if (b.gap() == null) {
      out.append("Fewer than two parties hold positions.\n");
    } else {
      new GapText(names).append(b.gap(), index, out);
    }
    shifts(b, index, out);
    section(out, "4. Disputes: the same fact reported differently");
    new DisputesText(names).append(b.disputes(), Briefing.DISPUTES_SHOWN, index, out);
    section(out, "5. Territorial control" + (b.maps() == null ? "" : ", checked against maps"));
    if (b.maps() != null) {
      out.append("Maps: ").append(b.maps()).append('\n');
    }
    new ControlText(names).append(b.controls(), b.maps() != null, index, out);
    section(out, "6. Timeline: claims per party and month");
    timeline(b.timeline(), index, out);
    out.append('\n');
    new Sources().append(index, out);
    return out.toString();
  }

  private void positions(Briefing b, CitationIndex index, StringBuilder out) {
    section(out, "1. Positions of the main parties");
    if (b.positions().isEmpty()) {
      out.append("The ledger holds no demands, offers or rejections.\n");
    }
    for (PartyPositions p : b.positions()) {
      out.append('\n').append(names.party(p.party())).append('\n');
      new PositionsText(names).append(p, Briefing.SUPERSEDED_SHOWN, index, out);
    }
  }

  private void shifts(Briefing b, CitationIndex index, StringBuilder out) {
    section(
        out,
        "3. Recent shifts" + (b.shiftsSince() == null ? "" : " (since " + b.shiftsSince() + ")"));
    new ShiftsText(names).append(b.shifts(), true, index, out);
    if (b.shiftsTotal() > b.shifts().size()) {
      out.append(
          "… and %d earlier shifts (parley shifts PARTY lists them all).\n"
              .formatted(b.shiftsTotal() - b.shifts().size()));
    }
  }

  private static void header(Briefing b, StringBuilder out) {
    out.append("PARLEY BRIEFING\n===============\n");
    out.append("Ledger as of ")
        .append(b.asOf())
        .append(" (recorded time; --as-of ")
        .append(b.asOf())
        .append(" reproduces this briefing)\n");
    out.append(
        b.validAt() == null
            ? "Claims counted: all, whatever their date\n"
            : "Claims counted: those dated on or before " + b.validAt() + "\n");
    Briefing.Scope s = b.scope();
    out.append(
        "Based on %d claims from %d documents%s.\n"
            .formatted(
                s.claims(),
                s.documents(),
                s.first() == null ? "" : ", dated " + s.first() + " to " + s.last()));
    out.append('\n').append(HOW_TO_READ);
  }

  private static void section(StringBuilder out, String title) {
    out.append('\n').append(title).append('\n').append("-".repeat(title.length())).append('\n');
  }

  private void timeline(Timeline t, CitationIndex index, StringBuilder out) {
    if (t.periods().isEmpty() && t.meetings().isEmpty()) {
      out.append("No dated claims.\n");
      return;
    }
    Map<String, List<String>> meetings = new TreeMap<>();
    t.meetings()
        .forEach(
            m ->
                meetings
                    .computeIfAbsent(m.period(), k -> new ArrayList<>())
                    .add(m.what() + " [" + index.number(m.citation()) + "]"));
    TreeSet<String> periods = new TreeSet<>(t.periods());
    periods.addAll(meetings.keySet());
    List<String> header = new ArrayList<>(List.of("PERIOD"));
    t.lanes().forEach(l -> header.add(l.party().value()));
    header.add("MEETINGS");
    TextTable table = new TextTable(header.toArray(String[]::new));
    for (String period : periods) {
      int at = t.periods().indexOf(period);
      List<String> row = new ArrayList<>(List.of(period));
      t.lanes()
          .forEach(
              l ->
                  row.add(at < 0 || l.counts().get(at) == 0 ? "-" : l.counts().get(at).toString()));
      row.add(String.join("; ", meetings.getOrDefault(period, List.of())));
      table.row(row.toArray(String[]::new));
    }
    table.appendTo(out);
  }
}
