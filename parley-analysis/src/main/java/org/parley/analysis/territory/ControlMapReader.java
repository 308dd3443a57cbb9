package org.parley.analysis.territory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.parley.analysis.geo.GeoFeature;
import org.parley.analysis.geo.GeoJsonFeatureReader;
import org.parley.analysis.geo.MalformedGeoJsonException;
import org.parley.analysis.geo.PolygonRepair;

/**
 * Reads one control map file into a {@link ControlMap}: the union of its polygons, repaired, with a
 * note for each invalid feature (a map with nothing valid left fails, naming why, rather than read
 * as no control at all). Files whose features carry a {@code layer} property (ISW's all-layers
 * exports) contribute only the assessed-control layer ({@value #ISW_ASSESSED_CONTROL}, or {@value
 * #ISW_ASSESSED_CONTROL_JA} in the Japanese-labelled files before 2023-05-20); advances, claimed
 * areas and counteroffensives are left out. DeepStateMap's single MultiPolygon and ISW's
 * single-layer files are taken whole. Stateless and thread-safe.
 */
public final class ControlMapReader {
  /** ISW's layer of assessed Russian control in the English-labelled exports. */
  public static final String ISW_ASSESSED_CONTROL = "VIEW_RussiaCoTinUkraine_V3";

  /** The same layer in the Japanese-labelled exports ("area controlled by the Russian army"). */
  public static final String ISW_ASSESSED_CONTROL_JA = "ロシア軍支配エリア";

  private static final Set<String> CONTROL_LAYERS =
      Set.of(ISW_ASSESSED_CONTROL, ISW_ASSESSED_CONTROL_JA);
  private static final String LAYER = "layer";

  private final GeometryFactory factory = new GeometryFactory();
  private final GeoJsonFeatureReader reader = new GeoJsonFeatureReader(factory);

  /** Reads {@code file} as the map of {@code date}. */
  public ControlMap read(Path file, LocalDate date) {
    List<GeoFeature> features = reader.read(file);
    boolean layered = features.stream().anyMatch(f -> f.property(LAYER).isPresent());
    List<Geometry> parts = new ArrayList<>();
    List<String> repairs = new ArrayList<>();
    for (int i = 0; i < features.size(); i++) {
      GeoFeature f = features.get(i);
      Optional<String> layer = f.property(LAYER);
      if (!layered || layer.filter(CONTROL_LAYERS::contains).isPresent()) {
        parts.add(f.geometry());
        int feature = i + 1;
        PolygonRepair.problem(f.geometry())
            .ifPresent(p -> repairs.add(repairNote(feature, p, f.geometry())));
      }
    }
    if (layered && parts.isEmpty()) {
      throw new MalformedGeoJsonException(
          file,
          "has layers but none of assessed control (" + String.join(", ", CONTROL_LAYERS) + ")");
    }
    Geometry controlled = PolygonRepair.union(parts, factory);
    if (controlled.isEmpty() && !parts.stream().allMatch(Geometry::isEmpty)) {
      // a map whose polygons all repair to nothing would read as 0 % control everywhere
      throw new MalformedGeoJsonException(
          file, "has no valid polygon left after repair: " + String.join("; ", repairs));
    }
    return new ControlMap(date, file, controlled, repairs);
  }

  private static String repairNote(int feature, String problem, Geometry geometry) {
    boolean lost = PolygonRepair.polygonal(geometry).isEmpty();
    return "feature %d is invalid (%s); %s"
        .formatted(
            feature,
            problem,
            lost
                ? "nothing is left of it after repair, left out"
                : "repaired with JTS GeometryFixer");
  }
}
