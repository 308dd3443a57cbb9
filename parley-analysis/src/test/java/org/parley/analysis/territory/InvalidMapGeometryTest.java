package org.parley.analysis.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.geo.MalformedGeoJsonException;

/**
 * A map with invalid geometry is never measured silently: each invalid feature is repaired with JTS
 * and reported, one that nothing is left of is reported as left out, and a map with no valid
 * polygon at all is refused instead of read as no control.
 */
class InvalidMapGeometryTest {
  private static final LocalDate DAY = LocalDate.of(2023, 8, 24);
  private static final String BOW_TIE =
      "{\"type\":\"Polygon\",\"coordinates\":[[[37,47],[38,48],[38,47],[37,48],[37,47]]]}";
  private static final String FLAT =
      "{\"type\":\"Polygon\",\"coordinates\":[[[37,47],[38,47],[39,47],[37,47]]]}";

  @TempDir Path dir;
  private final ControlMapReader reader = new ControlMapReader();

  private Path map(String... features) {
    return TerritoryFixture.write(
        dir.resolve("20230824.geojson"), TerritoryFixture.collection(features));
  }

  @Test
  void repairsASelfIntersectingPolygonAndSaysSo() {
    ControlMap map =
        reader.read(
            map(
                TerritoryFixture.feature("", TerritoryFixture.box(39, 47, 40, 48)),
                TerritoryFixture.feature("", BOW_TIE)),
            DAY);

    assertThat(map.controlled().isValid()).isTrue();
    assertThat(map.controlled().getArea()).isCloseTo(1.5, within(1e-9));
    assertThat(map.repairs())
        .containsExactly(
            "feature 2 is invalid (Self-intersection at (37.5, 47.5)); repaired with JTS"
                + " GeometryFixer");
  }

  @Test
  void reportsAFeatureThatRepairsToNothing() {
    ControlMap map =
        reader.read(
            map(
                TerritoryFixture.feature("", TerritoryFixture.box(39, 47, 40, 48)),
                TerritoryFixture.feature("", FLAT)),
            DAY);

    assertThat(map.controlled().getArea()).isCloseTo(1.0, within(1e-9));
    assertThat(map.repairs()).hasSize(1);
    assertThat(map.repairs().getFirst())
        .startsWith("feature 2 is invalid (")
        .endsWith("nothing is left of it after repair, left out");
  }

  @Test
  void refusesAMapWithNoValidPolygonRatherThanMeasureNoControl() {
    Path file = map(TerritoryFixture.feature("", FLAT));

    assertThatThrownBy(() -> reader.read(file, DAY))
        .isInstanceOf(MalformedGeoJsonException.class)
        .hasMessageContaining(
            "20230824.geojson: has no valid polygon left after repair: feature 1");
  }

  @Test
  void aValidMapNeedsNoRepair() {
    assertThat(
            reader
                .read(map(TerritoryFixture.feature("", TerritoryFixture.box(37, 47, 38, 48))), DAY)
                .repairs())
        .isEmpty();
  }
}
