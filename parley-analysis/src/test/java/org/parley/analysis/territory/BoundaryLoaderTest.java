package org.parley.analysis.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.RegionId;

class BoundaryLoaderTest {
  @TempDir Path dir;
  private final BoundaryLoader loader = new BoundaryLoader();

  @Test
  void theBundledBoundariesHoldUkrainesTwentySevenUnitsOnLand() {
    RegionBoundaries bundled = loader.loadBundled();
    assertThat(bundled.regions()).hasSize(27);
    assertThat(bundled.country()).isEqualTo(RegionId.of("UA"));
    assertThat(bundled.find(RegionId.of("UA-09")).orElseThrow().landKm2())
        .isCloseTo(26_040.4, within(100.0));
    assertThat(bundled.landKm2()).isCloseTo(596_824.5, within(1_000.0));
    assertThat(bundled.description()).contains("ODbL");
  }

  @Test
  void clipsRegionsToTheLandMask() {
    Path mask =
        TerritoryFixture.write(
            dir.resolve("mask.geojson"),
            TerritoryFixture.collection(
                TerritoryFixture.feature("", TerritoryFixture.box(37, 47, 38.5, 48))));
    RegionBoundaries clipped = loader.load(TerritoryFixture.boundaries(dir), mask);
    RegionShape luhansk = clipped.find(RegionId.of("UA-09")).orElseThrow();
    RegionShape donetsk = clipped.find(RegionId.of("UA-14")).orElseThrow();
    assertThat(luhansk.landKm2()).isCloseTo(donetsk.landKm2() / 2, within(5.0));
    assertThat(clipped.description()).contains("clipped to mask.geojson");
  }

  @Test
  void clipsAGivenFileToTheBundledLandOutline() {
    Path sea =
        TerritoryFixture.write(
            dir.resolve("sea.geojson"),
            TerritoryFixture.collection(
                TerritoryFixture.feature(
                    "\"shapeISO\":\"UA-43\"", TerritoryFixture.box(32, 44, 37, 46))));
    RegionShape crimea =
        loader.loadClippedToBundledLand(sea).find(RegionId.of("UA-43")).orElseThrow();
    assertThat(crimea.landKm2()).isBetween(20_000.0, 30_000.0);
  }

  @Test
  void namesRegionsAsTheKnowledgeBaseDoes() {
    Path adm1 =
        TerritoryFixture.write(
            dir.resolve("geoboundaries.geojson"),
            TerritoryFixture.collection(
                TerritoryFixture.feature(
                    "\"shapeISO\":\"UA-23\",\"shapeName\":\"Zaporizhia Oblast\"",
                    TerritoryFixture.box(35, 47, 36, 48))));

    assertThat(loader.load(adm1, null).find(RegionId.of("UA-23")).orElseThrow().name())
        .isEqualTo("Zaporizhzhia Oblast");
    assertThat(loader.loadBundled().find(RegionId.of("UA-51")).orElseThrow().name())
        .isEqualTo("Odesa Oblast");
  }

  @Test
  void aRegionTheKnowledgeBaseLacksKeepsTheFilesName() {
    Path adm1 =
        TerritoryFixture.write(
            dir.resolve("moldova.geojson"),
            TerritoryFixture.collection(
                TerritoryFixture.feature(
                    "\"shapeISO\":\"MD-SN\",\"shapeName\":\"Stînga Nistrului\"",
                    TerritoryFixture.box(29, 47, 30, 48))));

    assertThat(loader.load(adm1, null).find(RegionId.of("MD-SN")).orElseThrow().name())
        .isEqualTo("Stînga Nistrului");
  }

  @Test
  void aFeatureWithoutAnIsoCodeIsAnError() {
    Path bad =
        TerritoryFixture.write(
            dir.resolve("bad.geojson"),
            TerritoryFixture.collection(
                TerritoryFixture.feature(
                    "\"shapeName\":\"Nowhere\"", TerritoryFixture.box(0, 0, 1, 1))));
    assertThatThrownBy(() -> loader.load(bad, null))
        .hasMessageContaining("bad.geojson")
        .hasMessageContaining("shapeISO");
  }
}
