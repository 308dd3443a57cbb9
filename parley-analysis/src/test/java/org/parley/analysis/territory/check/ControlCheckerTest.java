package org.parley.analysis.territory.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.territory.BoundaryLoader;
import org.parley.analysis.territory.MapCatalog;
import org.parley.analysis.territory.MeasuredMaps;
import org.parley.analysis.territory.TerritoryFixture;
import org.parley.model.ActorId;
import org.parley.model.Approx;
import org.parley.model.Attribution;
import org.parley.model.Control;
import org.parley.model.DocumentId;
import org.parley.model.Evidence;
import org.parley.model.Measure;
import org.parley.model.PartialDate;
import org.parley.model.Provenance;
import org.parley.model.RegionId;
import org.parley.model.Span;
import org.parley.model.Status;

class ControlCheckerTest {
  @TempDir Path dir;
  private MeasuredMaps maps;
  private final ControlChecker checker = new ControlChecker();

  @BeforeEach
  void maps() {
    Path mapDir = dir.resolve("maps");
    TerritoryFixture.map(mapDir, "20250801");
    TerritoryFixture.map(mapDir, "20250815");
    maps =
        new MeasuredMaps(
            MapCatalog.of(mapDir, null),
            new BoundaryLoader().load(TerritoryFixture.boundaries(dir), null));
  }

  private static Control claim(
      String holder, String validTime, Measure measure, String... regions) {
    Provenance p =
        new Provenance(
            new Evidence(new DocumentId("doc"), List.of(new Span(0, 5)), "words"),
            validTime == null ? null : PartialDate.parse(validTime),
            LocalDate.of(2025, 8, 21),
            Status.ASSERTED,
            Attribution.onRecord(),
            null,
            null);
    return new Control(
        p, ActorId.of(holder), null, List.of(regions).stream().map(RegionId::of).toList(), measure);
  }

  private ControlCheck check(Control c) {
    return checker.check(List.of(c), maps, 7).get(0);
  }

  @Test
  void aReportedShareWithinFivePointsIsConsistent() {
    ControlCheck result =
        check(claim("RUS", null, Measure.share(0.75, Approx.ABOUT), "UA-09", "UA-14"));
    assertThat(result.verdict()).isEqualTo(Verdict.CONSISTENT);
    ControlCheck.Measured m = (ControlCheck.Measured) result;
    assertThat(m.map().date()).isEqualTo(LocalDate.of(2025, 8, 15));
    assertThat(m.held().share()).isCloseTo(0.75, within(0.001));
    assertThat(m.rule()).isEqualTo("about 75 % ± 5 pp");
  }

  @Test
  void aShareFarFromTheMapIsInconsistent() {
    assertThat(
            check(claim("RUS", "2025-08-15", Measure.share(0.2, Approx.ABOUT), "UA-14")).verdict())
        .isEqualTo(Verdict.INCONSISTENT);
  }

  @Test
  void ukraineHoldsTheRestOfTheLand() {
    ControlCheck result =
        check(claim("UKR", "2025-08-15", Measure.share(0.5, Approx.ABOUT), "UA-14"));
    assertThat(result.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(((ControlCheck.Measured) result).held().share()).isCloseTo(0.5, within(0.001));
  }

  @Test
  void theWholeCountryIsEveryRegionTogether() {
    ControlCheck result = check(claim("RUS", null, Measure.share(0.2, Approx.AT_MOST), "UA"));
    assertThat(result.verdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(((ControlCheck.Measured) result).held().share()).isCloseTo(0.75, within(0.001));
  }

  @Test
  void aClaimAboutAnotherYearHasNoMap() {
    ControlCheck result = check(claim("RUS", "2014", Measure.qualitative(Approx.ALL), "UA-14"));
    assertThat(result.verdict()).isEqualTo(Verdict.NO_MAP);
    assertThat(((ControlCheck.NoMap) result).reason()).contains("2013-12-25..2014-12-31");
  }

  @Test
  void aClaimAboutAMonthUsesItsNewestMap() {
    ControlCheck result =
        check(claim("RUS", "2025-08", Measure.qualitative(Approx.MOST), "UA-14", "UA-09"));
    assertThat(((ControlCheck.Measured) result).map().date()).isEqualTo(LocalDate.of(2025, 8, 15));
  }

  @Test
  void otherHoldersRegionsWithoutBoundariesAndMissingFiguresAreNotCheckable() {
    assertThat(check(claim("USA", null, Measure.share(0.1, Approx.ABOUT), "UA-14")))
        .isInstanceOfSatisfying(
            ControlCheck.NotCheckable.class, n -> assertThat(n.reason()).contains("USA"));
    assertThat(check(claim("UKR", null, Measure.area(1000, Approx.ABOUT), "RU-KRS")))
        .isInstanceOfSatisfying(
            ControlCheck.NotCheckable.class, n -> assertThat(n.reason()).contains("RU-KRS"));
    assertThat(check(claim("RUS", null, Measure.qualitative(Approx.ABOUT), "UA-14")).verdict())
        .isEqualTo(Verdict.NOT_CHECKABLE);
  }

  @Test
  void aRegionWithoutABoundaryIsNotCheckableEvenOnADateWithoutAMap() {
    ControlCheck result =
        check(claim("UKR", "2024-08-12", Measure.area(1000, Approx.ABOUT), "RU-KRS"));

    assertThat(result)
        .isInstanceOfSatisfying(
            ControlCheck.NotCheckable.class,
            n -> assertThat(n.reason()).startsWith("no boundary for RU-KRS in "));
    assertThat(result.verdict().label()).isEqualTo("not checkable");
  }
}
