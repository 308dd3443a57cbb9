package org.parley.analysis.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlMapReaderTest {
  private static final LocalDate DAY = LocalDate.of(2023, 8, 24);
  @TempDir Path dir;
  private final ControlMapReader reader = new ControlMapReader();

  private static String layer(String name, double west) {
    return TerritoryFixture.feature(
        "\"layer\":\"" + name + "\"", TerritoryFixture.box(west, 47, west + 1, 48));
  }

  @Test
  void takesOnlyTheAssessedControlLayerOfAnAllLayersFile() {
    Path file =
        TerritoryFixture.write(
            dir.resolve("20230824_all.geojson"),
            TerritoryFixture.collection(
                layer(ControlMapReader.ISW_ASSESSED_CONTROL, 37),
                layer("VIEW_ClaimedRussianTerritoryinUkraine_V2", 35),
                layer("MDS_AssessedRussianAdvanceInUkraine_view", 33)));
    ControlMap map = reader.read(file, DAY);
    assertThat(map.controlled().getEnvelopeInternal().getMinX()).isEqualTo(37.0);
    assertThat(map.controlled().getArea()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void readsTheJapaneseLabelledControlLayer() {
    Path file =
        TerritoryFixture.write(
            dir.resolve("20230501.geojson"),
            TerritoryFixture.collection(
                layer(ControlMapReader.ISW_ASSESSED_CONTROL_JA, 37), layer("ロシア軍侵攻エリア", 35)));
    assertThat(reader.read(file, DAY).controlled().getArea()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void unionsTheFeaturesOfAnUnlayeredFile() {
    Path file =
        TerritoryFixture.write(
            dir.resolve("20220224.geojson"),
            TerritoryFixture.collection(
                TerritoryFixture.feature("\"OBJECTID\":1", TerritoryFixture.box(37, 47, 38, 48)),
                TerritoryFixture.feature(
                    "\"OBJECTID\":2", TerritoryFixture.box(37.5, 47, 38.5, 48))));
    ControlMap map = reader.read(file, DAY);
    assertThat(map.controlled().isValid()).isTrue();
    assertThat(map.controlled().getArea()).isCloseTo(1.5, within(1e-9));
    assertThat(map.name()).isEqualTo("20220224.geojson");
  }

  @Test
  void aLayeredFileWithoutTheControlLayerIsAnError() {
    Path file =
        TerritoryFixture.write(
            dir.resolve("20230824.geojson"),
            TerritoryFixture.collection(layer("VIEW_ClaimedUkrainianCounteroffensives_V2", 37)));
    assertThatThrownBy(() -> reader.read(file, DAY))
        .hasMessageContaining("20230824.geojson")
        .hasMessageContaining("none of assessed control");
  }
}
