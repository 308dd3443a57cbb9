package org.parley.analysis.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.model.RegionId;
import org.parley.testkit.SharedData;

/**
 * Reproduces the shared per-oblast table ({@code
 * territory/russian_control_area_by_oblast_daily.csv}, computed with pyproj from the same sources)
 * within 1 percentage point, for both map sources, with the shared full-resolution boundaries and
 * with the simplified ones Parley ships. Skipped when the shared data is absent.
 */
class SharedTableReproductionTest {
  private static final double ONE_POINT = 0.01;
  private static final String TABLE = "data/territory/russian_control_area_by_oblast_daily.csv";
  private static RegionBoundaries full;
  private static RegionBoundaries bundled;

  private static synchronized RegionBoundaries full() {
    if (full == null) {
      Path b = SharedData.require("data/boundaries");
      full =
          new BoundaryLoader()
              .load(
                  b.resolve("geoBoundaries-UKR-ADM1.geojson"),
                  b.resolve("ukraine_outline_land_mask_nikkei.geojson"));
    }
    return full;
  }

  private static synchronized RegionBoundaries bundled() {
    if (bundled == null) {
      bundled = new BoundaryLoader().loadBundled();
    }
    return bundled;
  }

  /** The table's shares (0..1) for one source and day, by region code (TOTAL for the country). */
  private static Map<String, Double> published(String source, LocalDate date) throws IOException {
    Map<String, Double> shares = new HashMap<>();
    List<String> lines = Files.readAllLines(SharedData.require(TABLE), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (f[0].startsWith(source) && f[1].equals(date.toString())) {
        shares.put(f[2], Double.parseDouble(f[6]) / 100);
      }
    }
    return shares;
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "DeepStateMap, deepstate/deepstatemap_data_20240708.geojson",
    "DeepStateMap, deepstate/deepstatemap_data_20250815.geojson",
    "DeepStateMap, deepstate/deepstatemap_data_20260822.geojson",
    "ISW, isw/20220224_RussianAssessedCoTinUkraine.geojson",
    "ISW, isw/20221130_RussianAssessedCoTinUkraine.geojson",
    "ISW, isw/20230824_all_ISW_layers.geojson"
  })
  void reproducesThePublishedSharesWithinOnePoint(String source, String file) throws IOException {
    Path path = SharedData.require("data/territory/" + file);
    LocalDate date = MapCatalog.dateInName(path).orElseThrow();
    Map<String, Double> expected = published(source, date);
    assertThat(expected).as("published rows for %s %s", source, date).containsKey("TOTAL");
    ControlMap map = new ControlMapReader().read(path, date);
    SoftAssertions soft = new SoftAssertions();
    for (RegionBoundaries boundaries : List.of(full(), bundled())) {
      ControlTable table = new ControlMeasurer().measure(map, boundaries);
      for (RegionControl row : table.rows()) {
        RegionId id = row.regions().get(0);
        soft.assertThat(row.share())
            .as("%s %s %s with %s", source, date, id, boundaries.description())
            .isCloseTo(expected.getOrDefault(id.value(), 0.0), within(ONE_POINT));
      }
      soft.assertThat(table.whole().share())
          .as("%s %s whole country with %s", source, date, boundaries.description())
          .isCloseTo(expected.get("TOTAL"), within(ONE_POINT));
    }
    soft.assertAll();
  }
}
