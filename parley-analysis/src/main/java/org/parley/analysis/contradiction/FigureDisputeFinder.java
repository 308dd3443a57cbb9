package org.parley.analysis.contradiction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.parley.model.Status;

/**
 * Finds control figures that disagree. Claims are bucketed by holder, exact region set and period
 * ({@link Period}); within a bucket the largest gap between what two claims allow ({@link Bounds})
 * decides: shares at least the share tolerance apart, or areas at least the area tolerance apart
 * (relative to the smaller), make the bucket a dispute. Areas are compared in km² only between
 * figures that can report the same extent: a bare area and a share at least ten times apart are not
 * ({@link AreaGap#isSameFact}). A bucket holding a claim its own text calls disputed or denied is a
 * dispute too. Undated claims are skipped. Stateless and thread-safe.
 */
public final class FigureDisputeFinder {
  private static final EnumSet<Status> CONTESTED = EnumSet.of(Status.DISPUTED, Status.DENIED);
  private static final Comparator<DatedControl> BY_FIGURE =
      Comparator.comparingDouble(
              (DatedControl c) -> Bounds.share(c.claim().measure()).map(Bounds::lo).orElse(2.0))
          .thenComparingDouble(
              c -> Bounds.area(c.claim().measure()).map(Bounds::lo).orElse(Double.MAX_VALUE))
          .thenComparing(DatedControl.ORDER);

  /** The disputes among {@code controls}, ordered by holder, regions and period. */
  public List<FigureDispute> find(List<DatedControl> controls, DisputeTolerance tolerance) {
    Map<String, List<DatedControl>> buckets = new TreeMap<>();
    for (DatedControl c : controls) {
      if (c.date() != null) {
        String key =
            c.claim().holder() + "|" + c.claim().regions() + "|" + tolerance.period().key(c.date());
        buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
      }
    }
    List<FigureDispute> out = new ArrayList<>();
    for (List<DatedControl> bucket : buckets.values()) {
      judge(bucket, tolerance)
          .ifPresent(
              why -> {
                DatedControl any = bucket.get(0);
                out.add(
                    new FigureDispute(
                        any.claim().holder(),
                        any.claim().regions(),
                        tolerance.period().key(any.date()),
                        bucket.stream().sorted(BY_FIGURE).toList(),
                        why));
              });
    }
    return out;
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

  private static Optional<String> shares(List<DatedControl> bucket, double points) {
    Spread s = spread(bucket, c -> Bounds.share(c.claim().measure()));
    if (s == null) {
      return Optional.empty();
    }
    double gap = Math.round((s.maxLo - s.minHi) * 1000) / 10.0;
    if (gap < points) {
      return Optional.empty();
    }
    return Optional.of(
        "%s vs %s: %s pp apart (tolerance %s pp)"
            .formatted(
                Measures.label(s.high.claim().measure()),
                Measures.label(s.low.claim().measure()),
                gap,
                trim(points)));
  }

  private static Optional<String> areas(List<DatedControl> bucket, double percent) {
    @Nullable AreaGap widest = null;
    for (DatedControl high : bucket) {
      for (DatedControl low : bucket) {
        AreaGap g = AreaGap.of(high, low);
        if (g != null && g.isSameFact() && (widest == null || g.relative() > widest.relative())) {
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

  private record Spread(DatedControl high, double maxLo, DatedControl low, double minHi) {}

  private static @Nullable Spread spread(
      List<DatedControl> bucket, Function<DatedControl, Optional<Bounds>> bounds) {
    @Nullable DatedControl high = null;
    @Nullable DatedControl low = null;
    double maxLo = Double.NEGATIVE_INFINITY;
    double minHi = Double.POSITIVE_INFINITY;
    int counted = 0;
    for (DatedControl c : bucket) {
      Optional<Bounds> b = bounds.apply(c);
      if (b.isEmpty()) {
        continue;
      }
      counted++;
      if (b.get().lo() > maxLo) {
        maxLo = b.get().lo();
        high = c;
      }
      if (b.get().hi() < minHi) {
        minHi = b.get().hi();
        low = c;
      }
    }
    if (counted < 2 || high == null || low == null || high == low) {
      return null;
    }
    return new Spread(high, maxLo, low, minHi);
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
