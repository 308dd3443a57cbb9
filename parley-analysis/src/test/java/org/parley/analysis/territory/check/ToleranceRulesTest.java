package org.parley.analysis.territory.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorId;
import org.parley.model.Approx;
import org.parley.model.Measure;
import org.parley.model.RegionId;

class ToleranceRulesTest {
  private final ToleranceRules rules = new ToleranceRules();

  private static HeldArea held(double km2, double land) {
    return new HeldArea(ActorId.of("RUS"), List.of(RegionId.of("UA-14")), "Donetsk", km2, land);
  }

  private boolean holds(Measure m, double km2, double land) {
    return rules.judge(m, held(km2, land)).orElseThrow().consistent();
  }

  @Test
  void aboutAllowsFivePoints() {
    assertThat(holds(Measure.share(0.75, Approx.ABOUT), 748, 1000)).isTrue();
    assertThat(holds(Measure.share(0.75, Approx.ABOUT), 799, 1000)).isTrue();
    assertThat(holds(Measure.share(0.75, Approx.ABOUT), 801, 1000)).isFalse();
    assertThat(rules.judge(Measure.share(0.75, Approx.ABOUT), held(1, 2)).orElseThrow().rule())
        .isEqualTo("about 75 % ± 5 pp");
  }

  @Test
  void exactAllowsTwoPoints() {
    assertThat(holds(Measure.share(0.2, Approx.EXACT), 219, 1000)).isTrue();
    assertThat(holds(Measure.share(0.2, Approx.EXACT), 221, 1000)).isFalse();
  }

  @Test
  void boundsAllowOnePointOfSlack() {
    assertThat(holds(Measure.share(0.2, Approx.AT_MOST), 188, 1000)).isTrue();
    assertThat(holds(Measure.share(0.2, Approx.AT_MOST), 209, 1000)).isTrue();
    assertThat(holds(Measure.share(0.2, Approx.AT_MOST), 211, 1000)).isFalse();
    assertThat(holds(Measure.share(0.5, Approx.AT_LEAST), 491, 1000)).isTrue();
    assertThat(holds(Measure.share(0.5, Approx.AT_LEAST), 489, 1000)).isFalse();
  }

  @Test
  void qualitativeDegreesHaveFixedThresholds() {
    assertThat(holds(Measure.qualitative(Approx.NEARLY_ALL), 994, 1000)).isTrue();
    assertThat(holds(Measure.qualitative(Approx.NEARLY_ALL), 899, 1000)).isFalse();
    assertThat(holds(Measure.qualitative(Approx.MOST), 501, 1000)).isTrue();
    assertThat(holds(Measure.qualitative(Approx.MOST), 500, 1000)).isFalse();
    assertThat(holds(Measure.qualitative(Approx.ALL), 990, 1000)).isTrue();
    assertThat(holds(Measure.qualitative(Approx.ALL), 963, 1000)).isFalse();
    assertThat(holds(Measure.qualitative(Approx.PART), 3.6, 31_912)).isTrue();
    assertThat(holds(Measure.qualitative(Approx.PART), 0.4, 31_912)).isFalse();
  }

  @Test
  void areasAllowTenPercentWhenApproximate() {
    assertThat(holds(Measure.area(388.5, Approx.ABOUT), 420, 50_000)).isTrue();
    assertThat(holds(Measure.area(388.5, Approx.ABOUT), 1_313, 50_000)).isFalse();
    assertThat(holds(Measure.area(1000, Approx.AT_MOST), 1_040, 50_000)).isTrue();
  }

  @Test
  void aClaimWithShareAndAreaMustSatisfyBoth() {
    Measure both = new Measure(0.5, 500.0, Approx.ABOUT);
    assertThat(holds(both, 500, 1000)).isTrue();
    assertThat(holds(both, 520, 1000)).isTrue();
    assertThat(holds(both, 560, 1000)).isFalse();
    assertThat(rules.judge(both, held(500, 1000)).orElseThrow().rule()).contains("; ");
  }

  @Test
  void aNumericQualifierWithoutAFigureCannotBeJudged() {
    assertThat(rules.judge(Measure.qualitative(Approx.ABOUT), held(1, 2))).isEmpty();
  }
}
