package org.parley.cli.checkcontrol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Synthetic map files for CLI tests: two one-degree cells as regions (UA-14 at 37–38°E, UA-09 at
 * 38–39°E, 47–48°N) and DeepState-style maps where Russia holds 37.5–39°E.
 */
public final class MapFixture {
  private MapFixture() {}

  private static String box(double west, double south, double east, double north) {
    return String.format(
        Locale.ROOT,
        "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}",
        west,
        south,
        east,
        south,
        east,
        north,
        west,
        north,
        west,
        south);
  }

  private static String feature(String properties, String geometry) {
    return "{\"type\":\"Feature\",\"properties\":{"
        + properties
        + "},\"geometry\":"
        + geometry
        + "}";
  }

  /** Boundaries of the two regions, geoBoundaries style. */
  public static Path boundaries(Path dir) {
    return write(
        dir.resolve("adm1.geojson"),
        "{\"type\":\"FeatureCollection\",\"features\":["
            + feature(
                "\"shapeISO\":\"UA-14\",\"shapeName\":\"Donetsk Oblast\"", box(37, 47, 38, 48))
            + ","
            + feature(
                "\"shapeISO\":\"UA-09\",\"shapeName\":\"Luhansk Oblast\"", box(38, 47, 39, 48))
            + "]}");
  }

  /** A map of {@code yyyymmdd} in {@code dir}. */
  public static Path map(Path dir, String yyyymmdd) {
    return write(
        dir.resolve("deepstatemap_data_" + yyyymmdd + ".geojson"),
        "{\"type\":\"FeatureCollection\",\"features\":["
            + feature("", box(37.5, 47, 39, 48))
            + "]}");
  }

  public static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
