package org.parley.analysis.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapCatalogTest {
  @TempDir Path dir;

  @Test
  void readsTheDateFromDeepStateAndIswFileNames() {
    assertThat(MapCatalog.dateInName(Path.of("deepstatemap_data_20250815.geojson")))
        .contains(LocalDate.of(2025, 8, 15));
    assertThat(MapCatalog.dateInName(Path.of("20220224_RussianAssessedCoTinUkraine.geojson")))
        .contains(LocalDate.of(2022, 2, 24));
    assertThat(MapCatalog.dateInName(Path.of("control-2023-08-24.json")))
        .contains(LocalDate.of(2023, 8, 24));
    assertThat(MapCatalog.dateInName(Path.of("map_20251399.geojson"))).isEmpty();
  }

  @Test
  void findsTheNewestMapOnOrBeforeTheDateWithinTheTolerance() {
    TerritoryFixture.map(dir, "20250801");
    TerritoryFixture.map(dir, "20250815");
    TerritoryFixture.map(dir, "20250901");
    MapCatalog catalog = MapCatalog.of(dir, null);
    LocalDate aug20 = LocalDate.of(2025, 8, 20);
    assertThat(catalog.lookup(aug20, aug20, 7))
        .isInstanceOfSatisfying(
            MapLookup.Found.class,
            f -> assertThat(f.entry().date()).isEqualTo(LocalDate.of(2025, 8, 15)));
    LocalDate aug30 = LocalDate.of(2025, 8, 30);
    assertThat(catalog.lookup(aug30, aug30, 7))
        .isInstanceOfSatisfying(
            MapLookup.Missing.class,
            m -> assertThat(m.reason()).contains("2025-08-23..2025-08-30").contains("3 maps"));
  }

  @Test
  void aMonthTakesTheNewestMapInsideIt() {
    TerritoryFixture.map(dir, "20250801");
    TerritoryFixture.map(dir, "20250815");
    MapCatalog catalog = MapCatalog.of(dir, null);
    MapLookup found = catalog.lookup(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 31), 7);
    assertThat(((MapLookup.Found) found).entry().date()).isEqualTo(LocalDate.of(2025, 8, 15));
  }

  @Test
  void aSingleFileTakesTheGivenDate() {
    Path file = TerritoryFixture.write(dir.resolve("frontline.geojson"), "{}");
    assertThat(MapCatalog.of(file, LocalDate.of(2024, 1, 2)).latest().date())
        .isEqualTo(LocalDate.of(2024, 1, 2));
    assertThatThrownBy(() -> MapCatalog.of(file, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("frontline.geojson")
        .hasMessageContaining("--date");
  }

  @Test
  void aFolderWithoutDatedMapsIsAnError() {
    TerritoryFixture.write(dir.resolve("notes.txt"), "x");
    assertThatThrownBy(() -> MapCatalog.of(dir, null)).hasMessageContaining("no GeoJSON map");
    assertThatThrownBy(() -> MapCatalog.of(dir.resolve("absent"), null))
        .hasMessageContaining("no such map file or folder");
  }
}
