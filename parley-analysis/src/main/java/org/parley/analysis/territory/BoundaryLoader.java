package org.parley.analysis.territory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.parley.analysis.geo.EllipsoidalArea;
import org.parley.analysis.geo.GeoFeature;
import org.parley.analysis.geo.GeoJsonFeatureReader;
import org.parley.analysis.geo.MalformedGeoJsonException;
import org.parley.analysis.geo.PolygonRepair;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Region;
import org.parley.model.RegionId;

/**
 * Loads region boundaries: a geoBoundaries-style ADM1 GeoJSON (ISO 3166-2 code in {@code shapeISO},
 * name in {@code shapeName}), each polygon repaired and clipped to a land mask, exactly as the
 * shared per-oblast table was computed (geoBoundaries polygons include territorial sea); or the
 * simplified, already clipped copy that ships with Parley. Regions are named as the knowledge base
 * names them ({@code Zaporizhzhia Oblast}, where geoBoundaries spells {@code Zaporizhia Oblast}),
 * so that map output agrees with the rest of Parley; a region the knowledge base lacks keeps the
 * file's name. Stateless and thread-safe.
 */
public final class BoundaryLoader {
  /** The classpath resource of the bundled boundaries (ODbL; see NOTICE). */
  public static final String BUNDLED = "/org/parley/analysis/territory/ukr-adm1-land.geojson";

  /** The classpath resource of the bundled land outline (MIT, Nikkei; see NOTICE). */
  public static final String BUNDLED_LAND =
      "/org/parley/analysis/territory/ukraine-land-outline.geojson";

  /** How the bundled boundaries are described in output. */
  public static final String BUNDLED_DESCRIPTION =
      "bundled geoBoundaries UKR ADM1 (© OpenStreetMap contributors, ODbL), clipped to land,"
          + " simplified";

  private static final String CODE = "shapeISO";
  private static final String NAME = "shapeName";

  private final GeometryFactory factory = new GeometryFactory();
  private final GeoJsonFeatureReader reader = new GeoJsonFeatureReader(factory);
  private final KnowledgeBase kb;

  /** A loader that names regions by the knowledge base that ships with Parley. */
  public BoundaryLoader() {
    this(KnowledgeBase.loadDefault());
  }

  /** A loader that names regions by {@code kb}. */
  public BoundaryLoader(KnowledgeBase kb) {
    this.kb = Objects.requireNonNull(kb, "kb");
  }

  /** The boundaries that ship with Parley: Ukraine's 27 ADM1 units, on land. */
  public RegionBoundaries loadBundled() {
    return assemble(resource(BUNDLED), null, Path.of(BUNDLED), BUNDLED_DESCRIPTION);
  }

  /**
   * The bundled boundaries as the ledger's exports read them: each region's geometry under the ISO
   * code in feature property {@code isoProperty}.
   */
  public org.parley.ledger.export.Boundaries bundledForExport(String isoProperty) {
    try (InputStream in = BoundaryLoader.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("the bundled boundaries are missing from the class path");
      }
      return withCountryOutline(
          org.parley.ledger.export.Boundaries.read(in, BUNDLED_DESCRIPTION, isoProperty));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled boundaries", e);
    }
  }

  /**
   * {@code regions} with the bundled land outline of the theatre's contested country (Ukraine) as
   * the geometry of the whole country ({@code UA}) when they have none, so that a country-level
   * claim has a geometry in exports.
   */
  public org.parley.ledger.export.Boundaries withCountryOutline(
      org.parley.ledger.export.Boundaries regions) {
    RegionId country = kb.theatre().contested();
    if (regions.geometry(country).isPresent()) {
      return regions;
    }
    try (InputStream in = BoundaryLoader.class.getResourceAsStream(BUNDLED_LAND)) {
      if (in == null) {
        throw new IllegalStateException("the bundled land outline is missing from the class path");
      }
      com.fasterxml.jackson.databind.JsonNode outline =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(in)
              .path("features")
              .get(0)
              .get("geometry");
      return regions.with(country, outline);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled land outline", e);
    }
  }

  /** The regions of {@code adm1}, clipped to the land outline that ships with Parley. */
  public RegionBoundaries loadClippedToBundledLand(Path adm1) {
    List<Geometry> parts = resource(BUNDLED_LAND).stream().map(GeoFeature::geometry).toList();
    Geometry mask = PolygonRepair.union(parts, factory);
    String description = adm1.getFileName() + " clipped to the bundled land outline";
    return assemble(reader.read(adm1), mask, adm1, description);
  }

  /** The regions of {@code adm1}, clipped to {@code landMask} when one is given. */
  public RegionBoundaries load(Path adm1, @Nullable Path landMask) {
    Geometry mask = null;
    if (landMask != null) {
      List<Geometry> parts = reader.read(landMask).stream().map(GeoFeature::geometry).toList();
      mask = PolygonRepair.union(parts, factory);
    }
    String description =
        adm1.getFileName()
            + (landMask == null ? " (not clipped)" : " clipped to " + landMask.getFileName());
    return assemble(reader.read(adm1), mask, adm1, description);
  }

  private List<GeoFeature> resource(String name) {
    try (InputStream in = BoundaryLoader.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing from the class path: " + name);
      }
      return reader.read(in, Path.of(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private RegionBoundaries assemble(
      List<GeoFeature> features, @Nullable Geometry mask, Path file, String description) {
    Map<RegionId, List<Geometry>> parts = new LinkedHashMap<>();
    Map<RegionId, String> names = new LinkedHashMap<>();
    for (GeoFeature f : features) {
      RegionId id = code(f, file);
      parts.computeIfAbsent(id, k -> new ArrayList<>()).add(f.geometry());
      names.putIfAbsent(id, name(id, f));
    }
    if (parts.isEmpty()) {
      throw new MalformedGeoJsonException(file, "no region polygons");
    }
    List<RegionShape> shapes = new ArrayList<>();
    for (Map.Entry<RegionId, List<Geometry>> e : parts.entrySet()) {
      Geometry land = PolygonRepair.union(e.getValue(), factory);
      if (mask != null) {
        land = PolygonRepair.polygonal(OverlayNGRobust.overlay(land, mask, OverlayNG.INTERSECTION));
      }
      shapes.add(
          new RegionShape(e.getKey(), names.get(e.getKey()), land, EllipsoidalArea.km2(land)));
    }
    RegionId country = RegionId.of(shapes.get(0).id().country());
    return new RegionBoundaries(description, country, shapes);
  }

  private String name(RegionId id, GeoFeature f) {
    return kb.region(id).map(Region::name).or(() -> f.property(NAME)).orElse(id.value());
  }

  private static RegionId code(GeoFeature f, Path file) {
    String code = f.property(CODE).orElse("");
    if (!RegionId.isValid(code)) {
      throw new MalformedGeoJsonException(
          file, "a feature lacks an ISO 3166-2 code in '" + CODE + "' (found '" + code + "')");
    }
    return RegionId.of(code);
  }
}
