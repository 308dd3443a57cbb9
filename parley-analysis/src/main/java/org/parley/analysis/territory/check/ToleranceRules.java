package org.parley.analysis.territory.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.analysis.territory.Figures;
import org.parley.model.Measure;

/**
 * The written rules by which a measured share or area confirms a claim's {@link Measure}. Maps and
 * boundaries disagree by a point or two, so bounds get a little slack:
 *
 * <ul>
 *   <li>{@code exact}: share within ±2 percentage points; area within ±5 %;
 *   <li>{@code about}: share within ±5 pp; area within ±10 %;
 *   <li>{@code at_least}: share ≥ figure − 1 pp; area ≥ 95 % of the figure;
 *   <li>{@code at_most}: share ≤ figure + 1 pp; area ≤ 105 % of the figure;
 *   <li>{@code nearly_all}: share ≥ 90 %; {@code most}: share &gt; 50 %; {@code all}: share ≥ 99 %;
 *   <li>{@code part}: more than 1 km² held (so that slivers where two maps' lines disagree do not
 *       count).
 * </ul>
 *
 * A claim with both a share and an area must satisfy both. Qualitative degrees ({@code nearly_all},
 * {@code most}, {@code part}, {@code all}) are judged by their degree even when a figure is given.
 * Stateless.
 */
public final class ToleranceRules {
  static final double EXACT_PP = 0.02;
  static final double ABOUT_PP = 0.05;
  static final double BOUND_SLACK_PP = 0.01;
  static final double EXACT_AREA = 0.05;
  static final double ABOUT_AREA = 0.10;
  static final double BOUND_SLACK_AREA = 0.05;
  static final double NEARLY_ALL = 0.90;
  static final double MOST = 0.50;
  static final double ALL = 0.99;
  static final double PART_KM2 = 1.0;

  /**
   * The judgement of {@code held} against {@code reported}; empty when there is nothing to compare.
   */
  public Optional<Judgement> judge(Measure reported, HeldArea held) {
    double s = held.share();
    return switch (reported.approx()) {
      case NEARLY_ALL -> Optional.of(new Judgement(s >= NEARLY_ALL, "nearly all: ≥ 90 %"));
      case MOST -> Optional.of(new Judgement(s > MOST, "most: > 50 %"));
      case ALL -> Optional.of(new Judgement(s >= ALL, "all: ≥ 99 %"));
      case PART -> Optional.of(new Judgement(held.heldKm2() > PART_KM2, "part: > 1 km² held"));
      case EXACT, ABOUT, AT_LEAST, AT_MOST -> numeric(reported, held);
    };
  }

  private static Optional<Judgement> numeric(Measure m, HeldArea held) {
    List<Judgement> parts = new ArrayList<>();
    if (m.share() != null) {
      parts.add(share(m, m.share(), held.share()));
    }
    if (m.areaKm2() != null) {
      parts.add(area(m, m.areaKm2(), held.heldKm2()));
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    boolean all = parts.stream().allMatch(Judgement::consistent);
    return Optional.of(
        new Judgement(all, String.join("; ", parts.stream().map(Judgement::rule).toList())));
  }

  private static Judgement share(Measure m, double r, double s) {
    String f = Figures.percent(r);
    return switch (m.approx()) {
      case EXACT -> new Judgement(Math.abs(s - r) <= EXACT_PP + 1e-9, "exactly " + f + " ± 2 pp");
      case ABOUT -> new Judgement(Math.abs(s - r) <= ABOUT_PP + 1e-9, "about " + f + " ± 5 pp");
      case AT_LEAST -> new Judgement(s >= r - BOUND_SLACK_PP, "at least " + f + " (− 1 pp slack)");
      case AT_MOST -> new Judgement(s <= r + BOUND_SLACK_PP, "at most " + f + " (+ 1 pp slack)");
      case NEARLY_ALL, MOST, PART, ALL -> throw new IllegalStateException("qualitative");
    };
  }

  private static Judgement area(Measure m, double r, double a) {
    String f = Figures.km2(r);
    return switch (m.approx()) {
      case EXACT -> new Judgement(Math.abs(a - r) <= EXACT_AREA * r, "exactly " + f + " ± 5 %");
      case ABOUT -> new Judgement(Math.abs(a - r) <= ABOUT_AREA * r, "about " + f + " ± 10 %");
      case AT_LEAST ->
          new Judgement(a >= (1 - BOUND_SLACK_AREA) * r, "at least " + f + " (− 5 % slack)");
      case AT_MOST ->
          new Judgement(a <= (1 + BOUND_SLACK_AREA) * r, "at most " + f + " (+ 5 % slack)");
      case NEARLY_ALL, MOST, PART, ALL -> throw new IllegalStateException("qualitative");
    };
  }
}
