package org.parley.analysis.contradiction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.Approx;
import org.parley.model.Measure;

class BoundsTest {
  @Test
  void figuresWithoutBoundsArePoints() {
    assertThat(Bounds.share(Measure.share(0.75, Approx.ABOUT))).contains(new Bounds(0.75, 0.75));
  }

  @Test
  void atMostAndAtLeastAreHalfOpen() {
    assertThat(Bounds.share(Measure.share(0.2, Approx.AT_MOST))).contains(new Bounds(0, 0.2));
    assertThat(Bounds.share(Measure.share(0.2, Approx.AT_LEAST))).contains(new Bounds(0.2, 1));
    assertThat(Bounds.area(Measure.area(400, Approx.AT_LEAST)))
        .contains(new Bounds(400, Double.POSITIVE_INFINITY));
  }

  @Test
  void qualitativeDegreesBecomeShareRanges() {
    assertThat(Bounds.share(Measure.qualitative(Approx.NEARLY_ALL))).contains(new Bounds(0.9, 1));
    assertThat(Bounds.share(Measure.qualitative(Approx.MOST))).contains(new Bounds(0.5, 1));
    assertThat(Bounds.share(Measure.qualitative(Approx.ALL))).contains(new Bounds(1, 1));
    assertThat(Bounds.share(Measure.qualitative(Approx.PART))).isEmpty();
  }

  @Test
  void anAreaSaysNothingAboutTheShare() {
    assertThat(Bounds.share(Measure.area(388.5, Approx.ABOUT))).isEmpty();
  }
}
