package org.parley.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.kb.KnowledgeBase;
import org.parley.model.ActorId;

class SvgTimelineTest {
  private static final Pattern YEAR =
      Pattern.compile(
          "<text x=\"([0-9.]+)\" y=\"\\d+\" text-anchor=\"middle\"[^>]*>(\\d{4})</text>");

  /** A four-digit year at 11 px is about 26 px wide: label centres closer than this overlap. */
  private static final double LABEL_WIDTH = 30;

  private final SvgTimeline timeline = new SvgTimeline(new Names(KnowledgeBase.loadDefault()));

  private record Label(double x, int year) {}

  /** The year labels of a picture whose claims fall in {@code periods}, left to right. */
  private List<Label> yearLabels(String... periods) {
    List<Integer> counts = new ArrayList<>();
    for (String ignored : periods) {
      counts.add(1);
    }
    Timeline t =
        new Timeline(
            List.of(periods), List.of(new Timeline.Lane(ActorId.of("RUS"), counts)), List.of());
    Matcher m = YEAR.matcher(timeline.render(t));
    List<Label> labels = new ArrayList<>();
    while (m.find()) {
      labels.add(new Label(Double.parseDouble(m.group(1)), Integer.parseInt(m.group(2))));
    }
    return labels;
  }

  private static void assertApart(List<Label> labels) {
    for (int i = 1; i < labels.size(); i++) {
      assertThat(labels.get(i).x() - labels.get(i - 1).x())
          .as("%s and %s", labels.get(i - 1).year(), labels.get(i).year())
          .isGreaterThanOrEqualTo(LABEL_WIDTH);
    }
  }

  @Test
  void theAxisSpansOnlyTheYearsThatHaveClaims() {
    List<Label> labels = yearLabels("2015-11", "2020-03", "2025-10");

    assertApart(labels);
    assertThat(labels).extracting(Label::year).containsExactly(2015, 2020, 2025);
  }

  @Test
  void manyYearsWithClaimsKeepTheirLabelsApart() {
    List<Label> labels =
        yearLabels(
            "2014", "2015-01", "2016-01", "2017-01", "2018-01", "2019-01", "2020-01", "2021-01",
            "2022-01", "2023-01", "2024-01", "2025-01");

    assertApart(labels);
    assertThat(labels).extracting(Label::year).contains(2025);
  }

  @Test
  void aPictureStartingEarlyInAYearLabelsThatYearAtItsEdge() {
    List<Label> labels = yearLabels("2024-02", "2025-08");

    assertApart(labels);
    assertThat(labels).extracting(Label::year).containsExactly(2024, 2025);
  }

  @Test
  void aPictureOfOneMonthLabelsItsYearOnce() {
    assertThat(yearLabels("2025-08")).extracting(Label::year).containsExactly(2025);
  }
}
