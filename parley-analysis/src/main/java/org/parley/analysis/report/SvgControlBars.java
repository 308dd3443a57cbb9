package org.parley.analysis.report;

import java.util.List;
import java.util.Objects;
import org.parley.analysis.territory.check.ControlCheck;

/**
 * Reported against measured control shares as an inline SVG bar chart: per checked claim that gives
 * a share, one bar for the share reported and one for the share the map shows, with the verdict.
 * Immutable and thread-safe.
 */
final class SvgControlBars {
  private static final int WIDTH = 760;
  private static final int LEFT = 190;
  private static final int RIGHT = 130;
  private static final int ROW = 44;

  private final Names names;

  SvgControlBars(Names names) {
    this.names = Objects.requireNonNull(names, "names");
  }

  /** The chart, or an empty string when no checked claim gives a share. */
  String render(List<ControlRow> rows) {
    List<ControlCheck.Measured> measured =
        rows.stream()
            .map(ControlRow::check)
            .filter(
                c -> c instanceof ControlCheck.Measured m && m.claim().measure().share() != null)
            .map(ControlCheck.Measured.class::cast)
            .toList();
    if (measured.isEmpty()) {
      return "";
    }
    int height = 40 + measured.size() * ROW;
    StringBuilder svg = new StringBuilder();
    svg.append(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" aria-label=\"Reported and measured control shares\">\n"
            .formatted(WIDTH, height, WIDTH, height));
    svg.append("<title>Reported and measured control shares</title>\n");
    legend(svg);
    for (int i = 0; i < measured.size(); i++) {
      bar(svg, measured.get(i), 34 + i * ROW);
    }
    return svg.append("</svg>\n").toString();
  }

  private void bar(StringBuilder svg, ControlCheck.Measured m, int y) {
    double reported = m.claim().measure().share();
    double held = m.held().share();
    String label = m.claim().holder() + " · " + names.regions(m.claim().regions());
    svg.append(
        "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"12\">%s</text>\n"
            .formatted(LEFT - 8, y + 15, Html.esc(label)));
    rect(svg, y, reported, "#1f5f99", "reported " + pct(reported));
    rect(svg, y + 16, held, "#e67e22", "map of " + m.map().date() + ": " + pct(held));
    svg.append(
        "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>\n"
            .formatted(WIDTH - RIGHT + 8, y + 15, Html.esc(m.verdict().label())));
  }

  private static void rect(StringBuilder svg, int y, double share, String colour, String title) {
    double w = (WIDTH - LEFT - RIGHT) * Math.max(0, Math.min(1, share));
    svg.append(
        "<rect x=\"%d\" y=\"%d\" width=\"%s\" height=\"13\" fill=\"%s\"><title>%s</title></rect>\n"
            .formatted(LEFT, y, SvgTimeline.num(w), colour, Html.esc(title)));
    svg.append(
        "<text x=\"%s\" y=\"%d\" font-size=\"10\">%s</text>\n"
            .formatted(SvgTimeline.num(LEFT + w + 4), y + 11, Html.esc(pct(share))));
  }

  private static void legend(StringBuilder svg) {
    svg.append(
        "<rect x=\"%d\" y=\"8\" width=\"12\" height=\"12\" fill=\"#1f5f99\"/>".formatted(LEFT));
    svg.append(
        "<text x=\"%d\" y=\"18\" font-size=\"12\">reported share</text>\n".formatted(LEFT + 16));
    svg.append(
        "<rect x=\"%d\" y=\"8\" width=\"12\" height=\"12\" fill=\"#e67e22\"/>"
            .formatted(LEFT + 130));
    svg.append(
        "<text x=\"%d\" y=\"18\" font-size=\"12\">share on the map</text>\n".formatted(LEFT + 146));
  }

  private static String pct(double share) {
    return org.parley.analysis.territory.Figures.percent(share);
  }
}
