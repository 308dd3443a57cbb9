package org.parley.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The timeline as an inline SVG picture: one lane per party, a circle per month sized by the number
 * of claims (a tooltip gives the count), a lane of meetings, and a year axis. The axis spans only
 * the years that have claims, each as wide as the others, with a break mark where years without
 * claims are left out; at most the ten newest such years are drawn, earlier periods are counted in
 * a note. Immutable and thread-safe.
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

  /** The most years the picture spans; earlier claims are counted in a note, not drawn. */
  private static final int MAX_YEARS = 10;

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
    List<Integer> years = all.stream().map(p -> month(p) / 12).distinct().sorted().toList();
    Scale scale = new Scale(years.subList(Math.max(0, years.size() - MAX_YEARS), years.size()));
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
    for (int i = 1; i < scale.years().size(); i++) {
      if (scale.years().get(i) > scale.years().get(i - 1) + 1) {
        double x = scale.slotStart(i);
        svg.append(
            ("<path d=\"M%s %d l4 -8 M%s %d l4 -8\" stroke=\"#888\" fill=\"none\">"
                    + "<title>%d–%d: no claims</title></path>\n")
                .formatted(
                    num(x - 4),
                    y + 4,
                    num(x),
                    y + 4,
                    scale.years().get(i - 1) + 1,
                    scale.years().get(i) - 1));
      }
    }
  }

  /**
   * The year labels of the axis, left to right, at the middle of each year's slot, every {@code
   * step}-th year so that they keep {@link #MIN_LABEL_GAP} apart.
   */
  static List<YearLabel> yearLabels(Scale scale) {
    int step = Math.max(1, (int) Math.ceil(MIN_LABEL_GAP / scale.slotWidth()));
    List<YearLabel> labels = new ArrayList<>();
    for (int i = 0; i < scale.years().size(); i += step) {
      labels.add(new YearLabel(scale.years().get(i), scale.slotStart(i) + scale.slotWidth() / 2));
    }
    return labels;
  }

  /** A year printed under the axis at {@code x}. */
  record YearLabel(int year, double x) {}

  /** The years drawn (those with claims, ascending), each one slot wide, and where a month lies. */
  record Scale(List<Integer> years) {
    Scale {
      years = List.copyOf(years);
    }

    /** The first month drawn. */
    int min() {
      return years.get(0) * 12;
    }

    double slotWidth() {
      return (double) (WIDTH - LEFT - RIGHT - 20) / years.size();
    }

    double slotStart(int slot) {
      return LEFT + 10 + slot * slotWidth();
    }

    /** The middle of the month's place in its year's slot; months of years not drawn sit at 0. */
    double x(int month) {
      int slot = years.indexOf(month / 12);
      return slot < 0 ? 0 : slotStart(slot) + slotWidth() * ((month % 12) + 0.5) / 12;
    }
  }
}
