package org.parley.ledger.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerSnapshot;
import org.parley.model.ClaimKind;
import org.parley.model.Control;
import org.parley.model.RegionId;

/**
 * Writes the control claims of a snapshot as a GeoJSON FeatureCollection, one feature per claim:
 * its geometry is the region's (several regions become one MultiPolygon), its properties the
 * claim's holder, regions, measure, times and source. Every feature has a geometry: a claim none of
 * whose regions has one is left out and counted ({@link Written}); regions without a geometry in a
 * claim that has some are listed in {@code regions_without_geometry}. Stateless.
 */
public final class GeoJsonExport {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** What was written: features, claims left out for want of geometry, and the regions missing. */
  public record Written(long features, long leftOut, List<String> missing) {
    public Written {
      missing = List.copyOf(missing);
    }
  }

  /** Writes the control claims matching {@code query}. */
  public Written write(
      LedgerSnapshot snapshot, ClaimQuery query, Boundaries boundaries, Writer out) {
    long[] count = {0, 0};
    java.util.Set<String> missing = new java.util.TreeSet<>();
    try (JsonGenerator g = new JsonFactory(MAPPER).createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      snapshot.forEachClaim(
          query.withKinds(Set.of(ClaimKind.CONTROL)),
          e -> {
            Control c = (Control) e.claim();
            if (c.regions().stream().noneMatch(r -> boundaries.geometry(r).isPresent())) {
              count[1]++;
              c.regions().forEach(r -> missing.add(r.value()));
              return;
            }
            try {
              feature(g, e, c, boundaries);
              count[0]++;
            } catch (IOException ex) {
              throw new UncheckedIOException("cannot write the export", ex);
            }
          });
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export", e);
    }
    return new Written(count[0], count[1], List.copyOf(missing));
  }

  private static void feature(JsonGenerator g, LedgerEntry e, Control c, Boundaries b)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeNumberField("id", e.id().value());
    List<JsonNode> shapes = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (RegionId r : c.regions()) {
      b.geometry(r).ifPresentOrElse(shapes::add, () -> missing.add(r.value()));
    }
    g.writeFieldName("geometry");
    g.writeTree(merged(shapes));
    g.writeObjectFieldStart("properties");
    g.writeNumberField("entry", e.id().value());
    g.writeStringField("doc", c.doc().value());
    g.writeStringField("holder", c.holder().value());
    text(g, "agent", c.agent());
    strings(g, "regions", c.regions().stream().map(RegionId::value).toList());
    if (c.measure().share() != null) {
      g.writeNumberField("share", c.measure().share());
    }
    if (c.measure().areaKm2() != null) {
      g.writeNumberField("area_km2", c.measure().areaKm2());
    }
    g.writeStringField("approx", c.measure().approx().code());
    var p = c.provenance();
    text(g, "valid_time", p.validTime() == null ? null : p.validTime().toString());
    text(g, "reported", p.reported() == null ? null : p.reported().toString());
    text(g, "status", p.status() == null ? null : p.status().code());
    text(g, "outlet", e.outlet());
    g.writeStringField("recorded_at", e.recordedAt().toString());
    if (!missing.isEmpty()) {
      strings(g, "regions_without_geometry", missing);
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** One geometry, or all polygons of several as one MultiPolygon, or null. */
  static JsonNode merged(List<JsonNode> shapes) {
    if (shapes.isEmpty()) {
      return MAPPER.nullNode();
    }
    if (shapes.size() == 1) {
      return shapes.get(0);
    }
    var multi = MAPPER.createObjectNode().put("type", "MultiPolygon");
    var polygons = multi.putArray("coordinates");
    for (JsonNode s : shapes) {
      switch (s.path("type").asText()) {
        case "Polygon" -> polygons.add(s.get("coordinates"));
        case "MultiPolygon" -> s.get("coordinates").forEach(polygons::add);
        default ->
            throw new IllegalArgumentException(
                "a region geometry is neither Polygon nor MultiPolygon: "
                    + s.path("type").asText());
      }
    }
    return multi;
  }

  private static void text(
      JsonGenerator g, String field, @org.jspecify.annotations.Nullable String v)
      throws IOException {
    if (v != null) {
      g.writeStringField(field, v);
    }
  }

  private static void strings(JsonGenerator g, String field, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
