package org.parley.analysis.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.territory.TerritoryFixture;

class GeoJsonFeatureReaderTest {
  @TempDir Path dir;
  private final GeoJsonFeatureReader reader = new GeoJsonFeatureReader();

  @Test
  void readsFeaturesWithTheirScalarProperties() {
    Path file =
        TerritoryFixture.write(
            dir.resolve("a.geojson"),
            TerritoryFixture.collection(
                TerritoryFixture.feature(
                    "\"layer\":\"x\",\"n\":3,\"nested\":{\"a\":1}",
                    TerritoryFixture.box(0, 0, 1, 1))));
    List<GeoFeature> features = reader.read(file);
    assertThat(features).hasSize(1);
    assertThat(features.get(0).properties()).containsEntry("layer", "x").containsEntry("n", "3");
    assertThat(features.get(0).properties()).doesNotContainKey("nested");
    assertThat(features.get(0).geometry().getGeometryType()).isEqualTo("Polygon");
  }

  @Test
  void skipsFeaturesWithoutGeometry() {
    Path file =
        TerritoryFixture.write(
            dir.resolve("b.geojson"),
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":null}]}");
    assertThat(reader.read(file)).isEmpty();
  }

  @Test
  void closesUnclosedRingsAndReadsMultiPolygons() {
    Path file =
        TerritoryFixture.write(
            dir.resolve("c.geojson"),
            "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,1]]],"
                + "[[[2,0],[3,0],[3,1],[2,0]]]]}");
    GeoFeature only = reader.read(file).get(0);
    assertThat(only.geometry().getNumGeometries()).isEqualTo(2);
    assertThat(only.geometry().isValid()).isTrue();
  }

  @Test
  void namesTheFileWhenItIsNotJson() {
    Path file = TerritoryFixture.write(dir.resolve("broken.geojson"), "{\"type\": ");
    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(MalformedGeoJsonException.class)
        .hasMessageContaining("broken.geojson")
        .hasMessageContaining("not JSON");
  }

  @Test
  void namesThePlaceOfABadPosition() {
    Path file =
        TerritoryFixture.write(
            dir.resolve("d.geojson"),
            TerritoryFixture.collection(
                TerritoryFixture.feature("", "{\"type\":\"Polygon\",\"coordinates\":[[[0]]]}")));
    assertThatThrownBy(() -> reader.read(file))
        .hasMessageContaining("d.geojson")
        .hasMessageContaining("features[0].geometry");
  }

  @Test
  void refusesProjectedCoordinates() {
    Path file =
        TerritoryFixture.write(
            dir.resolve("e.geojson"),
            "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"urn:ogc:def:crs:EPSG::3857\"}},\"features\":[]}");
    assertThatThrownBy(() -> reader.read(file)).hasMessageContaining("longitude/latitude");
  }
}
