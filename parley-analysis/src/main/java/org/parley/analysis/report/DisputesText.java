package org.parley.analysis.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.analysis.contradiction.DatedControl;
import org.parley.analysis.contradiction.Disputes;
import org.parley.analysis.contradiction.FigureDispute;
import org.parley.analysis.contradiction.Measures;
import org.parley.analysis.contradiction.PositionDispute;
import org.parley.analysis.event.Event;
import org.parley.analysis.event.EventLinker;
import org.parley.analysis.position.Citation;
import org.parley.analysis.position.DatedPosition;
import org.parley.ledger.EntryId;

/**
 * Disputes as two text tables: control figures (every figure of the bucket with its outlet and
 * source number, side by side) and positions (the two sides with theirs). Immutable and
 * thread-safe.
 */
public final class DisputesText {
  private static final int MAX_SIDE = 4;

  private final Names names;

  public DisputesText(Names names) {
    this.names = Objects.requireNonNull(names, "names");
  }

  /** Appends both tables, or a line saying there are none. */
  public void append(Disputes disputes, CitationIndex index, StringBuilder out) {
    append(disputes, Integer.MAX_VALUE, index, out);
  }

  /** As {@link #append}, with at most {@code limit} disputes of each family (the newest). */
  public void append(Disputes disputes, int limit, CitationIndex index, StringBuilder out) {
    var tol = disputes.tolerance();
    out.append(
        ("Control figures that disagree (two sources; shares %s pp or more apart, areas %s %% or"
                + " more, dated at most %d days apart)\n")
            .formatted(trim(tol.sharePoints()), trim(tol.areaPercent()), tol.figureDays()));
    figures(newest(disputes.figures(), FigureDispute::period, limit), index, out);
    more(disputes.figures().size(), limit, out);
    out.append("\nPositions reported two ways by two sources (same holder, provision and ")
        .append(tol.period().code())
        .append(")\n");
    positions(newest(disputes.positions(), PositionDispute::period, limit), index, out);
    more(disputes.positions().size(), limit, out);
  }

  /** The newest {@code limit} items by period, in their original order. */
  static <T> List<T> newest(List<T> items, Function<T, String> period, int limit) {
    if (items.size() <= limit) {
      return items;
    }
    List<T> keep =
        items.stream().sorted(Comparator.comparing(period).reversed()).limit(limit).toList();
    return items.stream().filter(keep::contains).toList();
  }

  private static void more(int total, int limit, StringBuilder out) {
    if (total > limit) {
      out.append("… and %d earlier (parley disputes lists them all).\n".formatted(total - limit));
    }
  }

  private void figures(List<FigureDispute> figures, CitationIndex index, StringBuilder out) {
    if (figures.isEmpty()) {
      out.append("None.\n");
      return;
    }
    TextTable t = new TextTable("HOLDER", "REGIONS", "PERIOD", "FIGURES (SOURCE)", "WHY");
    for (FigureDispute d : figures) {
      t.row(d.holder().value(), names.regions(d.regions()), d.period(), figures(d, index), d.why());
    }
    t.appendTo(out);
  }

  private void positions(List<PositionDispute> positions, CitationIndex index, StringBuilder out) {
    if (positions.isEmpty()) {
      out.append("None.\n");
      return;
    }
    TextTable t = new TextTable("HOLDER", "ISSUE", "PERIOD", "ONE SIDE", "OTHER SIDE", "WHY");
    for (PositionDispute d : positions) {
      t.row(
          d.holder().value(),
          issue(d),
          d.period(),
          side(d.firstLabel(), d.first(), index),
          side(d.secondLabel(), d.second(), index),
          d.why());
    }
    t.appendTo(out);
  }

  private String issue(PositionDispute d) {
    String where = d.regions().isEmpty() ? "" : " (" + names.regions(d.regions()) + ")";
    return Phrases.label(d.type()) + where + (d.detail() == null ? "" : " — " + d.detail());
  }

  /** Each figure once per event, with its sources and how many outlets report it. */
  private static String figures(FigureDispute d, CitationIndex index) {
    Map<EntryId, Event> events =
        new EventLinker().index(d.figures().stream().map(DatedControl::entry).toList());
    Map<EntryId, List<DatedControl>> byEvent = new LinkedHashMap<>();
    d.figures()
        .forEach(
            c ->
                byEvent
                    .computeIfAbsent(events.get(c.entry().id()).id(), k -> new ArrayList<>())
                    .add(c));
    return byEvent.entrySet().stream()
        .map(
            en ->
                Measures.label(en.getValue().get(0).claim().measure())
                    + " "
                    + en.getValue().stream()
                        .map(c -> source(c.citation(), index))
                        .collect(Collectors.joining(""))
                    + (en.getValue().size() > 1
                        ? " " + events.get(en.getKey()).corroboration()
                        : ""))
        .collect(Collectors.joining("; "));
  }

  private static String side(String label, List<DatedPosition> claims, CitationIndex index) {
    if (claims.isEmpty()) {
      return label + ": no other source";
    }
    return label
        + ": "
        + claims.stream()
            .limit(MAX_SIDE)
            .map(p -> source(p.citation(), index))
            .collect(Collectors.joining(" "))
        + (claims.size() > MAX_SIDE ? " +" + (claims.size() - MAX_SIDE) : "");
  }

  private static String source(Citation c, CitationIndex index) {
    return "(" + (c.outlet() == null ? c.doc().value() : c.outlet()) + ")[" + index.number(c) + "]";
  }

  static String trim(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
