package org.parley.analysis.contradiction;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.event.ReportSource;
import org.parley.analysis.position.ClaimDate;
import org.parley.model.PartialDate;
import org.parley.model.Status;

/**
 * Finds control figures that disagree. Claims are grouped by holder and exact region set, and
 * compared within windows of dates ({@link DisputeTolerance#figureDays} from a window's first
 * figure; figures dated only to a year only with figures of the same year). Only two figures from
 * different sources ({@link ReportSource#differ}) can disagree: one outlet against itself is no
 * dispute. Within a window the largest gap between what two claims allow ({@link Bounds}) decides:
 * shares at least the share tolerance apart, or areas at least the area tolerance apart (relative
 * to the smaller), make the bucket a dispute. Areas are compared in km² only between figures that
 * can report the same extent: a bare area and a share at least ten times apart are not ({@link
 * AreaGap#isSameFact}). A bucket holding a claim its own text calls disputed or denied is a dispute
 * too. Undated claims are skipped. Stateless and thread-safe.
 */
public final class FigureDisputeFinder {
  private static final EnumSet<Status> CONTESTED = EnumSet.of(Status.DISPUTED, Status.DENIED);
  private static final Comparator<DatedControl> BY_FIGURE =
      Comparator.comparingDouble(
              (DatedControl c) -> Bounds.share(c.claim().measure()).map(Bounds::lo).orElse(2.0))
          .thenComparingDouble(
              c -> Bounds.area(c.claim().measure()).map(Bounds::lo).orElse(Double.MAX_VALUE))
          .thenComparing(DatedControl.ORDER);

  /** The disputes among {@code controls}, ordered by holder, regions and date. */
  public List<FigureDispute> find(List<DatedControl> controls, DisputeTolerance tolerance) {
    Map<String, List<DatedControl>> groups = new TreeMap<>();
    for (DatedControl c : controls) {
      if (c.date() != null) {
        String key = c.claim().holder() + "|" + c.claim().regions() + "|" + coarse(c.date());
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
      }
    }
    List<FigureDispute> out = new ArrayList<>();
    for (List<DatedControl> group : groups.values()) {
      for (List<DatedControl> window : windows(group, tolerance.figureDays())) {
        judge(window, tolerance)
            .ifPresent(
                why -> {
                  DatedControl any = window.get(0);
                  out.add(
                      new FigureDispute(
                          any.claim().holder(),
                          any.claim().regions(),
                          period(window),
                          window.stream().sorted(BY_FIGURE).toList(),
                          why));
                });
      }
    }
    return out;
  }

  /** Figures dated to a day or a month are compared by window; a year only with its own year. */
  private static String coarse(ClaimDate d) {
    return d.date().precision() == PartialDate.Precision.YEAR ? d.date().toString() : "window";
  }

  /**
   * Figures in date order, cut where one starts more than {@code days} after the end of its
   * window's first (a figure of a month ends on the month's last day).
   */
  private static List<List<DatedControl>> windows(List<DatedControl> group, int days) {
    List<DatedControl> sorted = group.stream().sorted(DatedControl.ORDER).toList();
    List<List<DatedControl>> out = new ArrayList<>();
    List<DatedControl> current = new ArrayList<>();
    for (DatedControl c : sorted) {
      if (!current.isEmpty() && ChronoUnit.DAYS.between(start(current.get(0)), start(c)) > days) {
        out.add(current);
        current = new ArrayList<>();
      }
      current.add(c);
    }
    out.add(current);
    return out;
  }

  private static LocalDate start(DatedControl c) {
    return Objects.requireNonNull(c.date()).date().start();
  }

  private static LocalDate end(DatedControl c) {
    return Objects.requireNonNull(c.date()).date().end();
  }

  /** {@code 2025-07}, or {@code 2025-07-01 to 2025-08-17} for a window of several dates. */
  private static String period(List<DatedControl> window) {
    String first = Objects.requireNonNull(window.get(0).date()).date().toString();
    String last = Objects.requireNonNull(window.get(window.size() - 1).date()).date().toString();
    return first.equals(last) ? first : first + " to " + last;
  }

  private static Optional<String> judge(List<DatedControl> bucket, DisputeTolerance tolerance) {
    Optional<String> share = shares(bucket, tolerance.sharePoints());
    if (share.isPresent()) {
      return share;
    }
    Optional<String> area = areas(bucket, tolerance.areaPercent());
    if (area.isPresent()) {
      return area;
    }
    return bucket.stream()
        .filter(c -> CONTESTED.contains(c.claim().provenance().status()))
        .findFirst()
        .map(c -> "a text reports the figure as " + c.claim().provenance().status().code());
  }

  /** The widest share gap between two figures from different sources. */
  private static Optional<String> shares(List<DatedControl> bucket, double points) {
    @Nullable DatedControl high = null;
    @Nullable DatedControl low = null;
    double widest = Double.NEGATIVE_INFINITY;
    for (DatedControl h : bucket) {
      for (DatedControl l : bucket) {
        Optional<Bounds> hb = Bounds.share(h.claim().measure());
        Optional<Bounds> lb = Bounds.share(l.claim().measure());
        if (h != l
            && hb.isPresent()
            && lb.isPresent()
            && fromTwoSources(h, l)
            && hb.get().lo() - lb.get().hi() > widest) {
          widest = hb.get().lo() - lb.get().hi();
          high = h;
          low = l;
        }
      }
    }
    double gap = Math.round(widest * 1000) / 10.0;
    if (high == null || low == null || gap < points) {
      return Optional.empty();
    }
    return Optional.of(
        "%s vs %s: %s pp apart (tolerance %s pp)"
            .formatted(
                Measures.label(high.claim().measure()),
                Measures.label(low.claim().measure()),
                gap,
                trim(points)));
  }

  /** One outlet against itself is not a dispute between sources ({@link ReportSource#differ}). */
  private static boolean fromTwoSources(DatedControl a, DatedControl b) {
    return ReportSource.differ(a.entry(), b.entry());
  }

  private static Optional<String> areas(List<DatedControl> bucket, double percent) {
    @Nullable AreaGap widest = null;
    for (DatedControl high : bucket) {
      for (DatedControl low : bucket) {
        AreaGap g = AreaGap.of(high, low);
        if (g != null
            && g.isSameFact()
            && fromTwoSources(high, low)
            && (widest == null || g.relative() > widest.relative())) {
          widest = g;
        }
      }
    }
    if (widest == null) {
      return Optional.empty();
    }
    double pct = Math.round(widest.relative() * 1000) / 10.0;
    if (pct < percent) {
      return Optional.empty();
    }
    return Optional.of(
        "%s vs %s: %s (tolerance %s %%)"
            .formatted(
                Measures.label(widest.high().claim().measure()),
                Measures.label(widest.low().claim().measure()),
                apart(widest.relative(), pct),
                trim(percent)));
  }

  /**
   * How far apart two areas are, in words: {@code 15.0 % apart} up to the largest tolerance one may
   * set (1,000 %), beyond it the ratio ({@code 20.0 times the smaller}), never a five-digit
   * percent.
   */
  private static String apart(double relative, double pct) {
    if (Double.isInfinite(relative)) {
      return "infinitely apart";
    }
    return pct <= 1000
        ? pct + " % apart"
        : "%s times the smaller".formatted(Math.round((1 + relative) * 10) / 10.0);
  }

  /**
   * The gap between the area {@code high} allows at least and the area {@code low} allows at most,
   * relative to the latter; {@code null} unless both give areas and the first exceeds the second.
   */
  private record AreaGap(DatedControl high, DatedControl low, double lo, double hi) {
    /** Figures of different kinds this many times apart are not two reports of one fact. */
    private static final double OTHER_FACT_RATIO = 10;

    static @Nullable AreaGap of(DatedControl high, DatedControl low) {
      Optional<Bounds> h = Bounds.area(high.claim().measure());
      Optional<Bounds> l = Bounds.area(low.claim().measure());
      if (high == low || h.isEmpty() || l.isEmpty() || h.get().lo() <= l.get().hi()) {
        return null;
      }
      return new AreaGap(high, low, h.get().lo(), l.get().hi());
    }

    double relative() {
      return hi == 0 ? Double.POSITIVE_INFINITY : (lo - hi) / hi;
    }

    /**
     * Whether the two figures can be reports of the same extent. A bare area beside a share (with
     * or without its own area) is a figure of another kind; when the two are ten times apart or
     * more, the bare area is about a part of the region set (an advance, one district, a region
     * misread as the country), not a rival estimate: "about 19 %, 113,000 km²" of Ukraine and
     * "about 207 km²" are not compared.
     */
    boolean isSameFact() {
      return isBareArea(high) == isBareArea(low) || lo < OTHER_FACT_RATIO * hi;
    }

    private static boolean isBareArea(DatedControl c) {
      return Bounds.share(c.claim().measure()).isEmpty();
    }
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
