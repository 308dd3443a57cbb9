package org.parley.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The timeline as an inline SVG picture: one lane per party, a circle per month sized by the number
 * of claims (a tooltip gives the count), a lane of meetings, and a year axis. It spans at most ten
 * years before the newest period; earlier periods are counted in a note. Immutable and thread-safe.
 */
final class SvgTimeline {
  /**
   * The least distance between the centres of two year labels, in px: a four-digit year at 11 px is
   * about 26 px wide, and a gap keeps neighbours readable.
   */
  static final int MIN_LABEL_GAP = 36;

  private static final int WIDTH = 760;
  private static final int LEFT = 150;
  private static final int RIGHT = 24;
  private static final int TOP = 16;
  private static final int LANE = 40;

  /** The most months the picture spans; earlier claims are counted in a note, not drawn. */
  private static final int MAX_MONTHS = 120;

  private static final String[] COLOURS = {
    "#b03a2e", "#1f5f99", "#7d6608", "#196f3d", "#6c3483", "#2e4053"
  };

  private final Names names;

  SvgTimeline(Names names) {
    this.names = Objects.requireNonNull(names, "names");
  }

  /** The picture, or an empty string when nothing is dated. */
  String render(Timeline t) {
    List<String> all = new ArrayList<>(t.periods());
    t.meetings().forEach(m -> all.add(m.period()));
    if (all.isEmpty()) {
      return "";
    }
    int max = all.stream().mapToInt(SvgTimeline::month).max().orElseThrow();
    int first = all.stream().mapToInt(SvgTimeline::month).min().orElseThrow();
    Scale scale = new Scale(Math.max(first, max - MAX_MONTHS + 1), max);
    int height = TOP + (t.lanes().size() + 1) * LANE + 30;
    StringBuilder svg = new StringBuilder();
    svg.append(
        ("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 %d"
                + " %d\" width=\"%d\" height=\"%d\" aria-label=\"Claims per party and month\">\n")
            .formatted(WIDTH, height, WIDTH, height));
    svg.append("<title>Claims per party and month</title>\n");
    for (int i = 0; i < t.lanes().size(); i++) {
      lane(svg, t, i, scale);
    }
    meetings(svg, t, scale);
    axis(svg, scale, TOP + (t.lanes().size() + 1) * LANE);
    long hidden = all.stream().filter(p -> month(p) < scale.min()).count();
    if (hidden > 0) {
      svg.append(
          "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#555\">%d earlier period%s not drawn (see the table)</text>\n"
              .formatted(LEFT, height - 4, hidden, hidden == 1 ? "" : "s"));
    }
    return svg.append("</svg>\n").toString();
  }

  /** Months since year 0 of a period: {@code 2025-08}, or {@code 2014} (its January). */
  static int month(String period) {
    int year = Integer.parseInt(period.substring(0, 4));
    int m = period.length() >= 7 ? Integer.parseInt(period.substring(5, 7)) : 1;
    return year * 12 + m - 1;
  }

  static String num(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  private void lane(StringBuilder svg, Timeline t, int i, Scale scale) {
    Timeline.Lane lane = t.lanes().get(i);
    int y = TOP + i * LANE + LANE / 2;
    label(svg, y, names.actor(lane.party()) + " (" + lane.party() + ")");
    for (int p = 0; p < t.periods().size(); p++) {
      int n = lane.counts().get(p);
      String period = t.periods().get(p);
      if (n > 0 && month(period) >= scale.min()) {
        svg.append(
            ("<circle cx=\"%s\" cy=\"%d\" r=\"%s\" fill=\"%s\" fill-opacity=\"0.75\">"
                    + "<title>%s · %s · %d claim%s</title></circle>\n")
                .formatted(
                    num(scale.x(month(period))),
                    y,
                    num(3 + 2.5 * Math.sqrt(n)),
                    COLOURS[i % COLOURS.length],
                    Html.esc(lane.party().value()),
                    period,
                    n,
                    n == 1 ? "" : "s"));
      }
    }
  }

  private static void meetings(StringBuilder svg, Timeline t, Scale scale) {
    int y = TOP + t.lanes().size() * LANE + LANE / 2;
    label(svg, y, "Meetings");
    for (Timeline.Event m : t.meetings()) {
      if (month(m.period()) >= scale.min()) {
        svg.append(
            "<path d=\"M%s %d l6 6 l-6 6 l-6 -6 z\" fill=\"#555\"><title>%s · %s</title></path>\n"
                .formatted(num(scale.x(month(m.period()))), y - 6, m.period(), Html.esc(m.what())));
      }
    }
  }

  private static void label(StringBuilder svg, int y, String text) {
    svg.append(
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>\n"
            .formatted(LEFT, y, WIDTH - RIGHT, y));
    svg.append(
        "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"12\">%s</text>\n"
            .formatted(LEFT - 8, y + 4, Html.esc(text)));
  }

  private static void axis(StringBuilder svg, Scale scale, int y) {
    svg.append(
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>\n"
            .formatted(LEFT, y, WIDTH - RIGHT, y));
    for (YearLabel label : yearLabels(scale)) {
      svg.append(
          "<text x=\"%s\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%d</text>\n"
              .formatted(num(label.x()), y + 16, label.year()));
    }
  }

  /**
   * The year labels of the axis, left to right, at least {@link #MIN_LABEL_GAP} apart: every {@code
   * step}-th January inside the picture, the step chosen so that they keep that distance; a year
   * that began before the picture is labelled at its left edge only where that leaves room before
   * the first January label (a picture from November 2015 would otherwise print 2015 on top of
   * 2016).
   */
  static List<YearLabel> yearLabels(Scale scale) {
    if (scale.max() == scale.min()) {
      return List.of(new YearLabel(scale.min() / 12, scale.x(scale.min())));
    }
    double perYear = scale.x(scale.min() + 12) - scale.x(scale.min());
    int step = Math.max(1, (int) Math.ceil(MIN_LABEL_GAP / perYear));
    int firstJanuary = (scale.min() + 11) / 12;
    List<YearLabel> labels = new ArrayList<>();
    for (int year = firstJanuary; year * 12 <= scale.max(); year += step) {
      labels.add(new YearLabel(year, scale.x(year * 12)));
    }
    if (scale.min() % 12 != 0) {
      YearLabel edge = new YearLabel(scale.min() / 12, scale.x(scale.min()));
      if (labels.isEmpty() || labels.get(0).x() - edge.x() >= MIN_LABEL_GAP) {
        labels.add(0, edge);
      }
    }
    return labels;
  }

  /** A year printed under the axis at {@code x}. */
  record YearLabel(int year, double x) {}

  /** The months drawn, first to last, and where a month lies across the picture. */
  record Scale(int min, int max) {
    double x(int month) {
      int span = max - min;
      double inner = WIDTH - LEFT - RIGHT - 20;
      return span == 0 ? LEFT + 10 + inner / 2 : LEFT + 10 + inner * (month - min) / span;
    }
  }
}
