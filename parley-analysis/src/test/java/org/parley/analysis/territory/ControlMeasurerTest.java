package org.parley.analysis.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.RegionId;

class ControlMeasurerTest {
  private static final RegionId DONETSK = RegionId.of("UA-14");
  private static final RegionId LUHANSK = RegionId.of("UA-09");
  @TempDir Path dir;

  private ControlTable table() {
    RegionBoundaries boundaries = new BoundaryLoader().load(TerritoryFixture.boundaries(dir), null);
    ControlMap map =
        new ControlMapReader()
            .read(TerritoryFixture.map(dir, "20250815"), LocalDate.of(2025, 8, 15));
    return new ControlMeasurer().measure(map, boundaries);
  }

  @Test
  void measuresEachRegionOnTheEllipsoid() {
    ControlTable table = table();
    RegionControl donetsk = table.region(DONETSK).orElseThrow();
    RegionControl luhansk = table.region(LUHANSK).orElseThrow();
    assertThat(donetsk.landKm2()).isCloseTo(8_376.5, within(1.0));
    assertThat(donetsk.share()).isCloseTo(0.5, within(0.001));
    assertThat(luhansk.share()).isEqualTo(1.0);
    assertThat(luhansk.controlledKm2()).isEqualTo(luhansk.landKm2());
    assertThat(donetsk.name()).isEqualTo("Donetsk Oblast");
  }

  @Test
  void combinesRegionsAndTheWholeCountryBySumming() {
    ControlTable table = table();
    RegionControl both = table.combined(List.of(DONETSK, LUHANSK)).orElseThrow();
    assertThat(both.regions()).containsExactly(LUHANSK, DONETSK);
    assertThat(both.share()).isCloseTo(0.75, within(0.001));
    assertThat(table.whole().regions()).containsExactly(RegionId.of("UA"));
    assertThat(table.whole().controlledKm2()).isCloseTo(both.controlledKm2(), within(1e-6));
    assertThat(table.combined(List.of(RegionId.of("UA")))).contains(table.whole());
    assertThat(table.combined(List.of(RegionId.of("RU-KRS")))).isEmpty();
  }

  @Test
  void aMapThatMissesARegionMeasuresZeroThere() {
    RegionBoundaries boundaries = new BoundaryLoader().load(TerritoryFixture.boundaries(dir), null);
    Path far =
        TerritoryFixture.write(
            dir.resolve("20250101.geojson"),
            TerritoryFixture.collection(
                TerritoryFixture.feature("", TerritoryFixture.box(30, 45, 31, 46))));
    ControlTable table =
        new ControlMeasurer()
            .measure(new ControlMapReader().read(far, LocalDate.of(2025, 1, 1)), boundaries);
    assertThat(table.whole().controlledKm2()).isZero();
  }
}
