package org.parley.ledger.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerSnapshot;
import org.parley.model.ClaimKind;
import org.parley.model.Control;
import org.parley.model.Meeting;
import org.parley.model.RegionId;

/**
 * Writes the control claims of a snapshot as a GeoJSON FeatureCollection, one feature per claim:
 * its geometry is the region's (several regions become one MultiPolygon), its properties the
 * claim's holder, regions, measure, times and source. Given {@link PlacePoints}, meetings are
 * written too, each as a Point where its place lies. Every feature has a geometry: a control claim
 * none of whose regions has one, and a meeting whose place has no known point, is left out and
 * counted ({@link Written}); regions without a geometry in a claim that has some are listed in
 * {@code regions_without_geometry}. Stateless.
 */
public final class GeoJsonExport {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * What was written: features; control claims left out for want of geometry and the regions
   * missing; meetings left out for want of a point and their places ({@code (no place)} when none).
   */
  public record Written(
      long features, long leftOut, List<String> missing, long unplaced, List<String> places) {
    public Written {
      missing = List.copyOf(missing);
      places = List.copyOf(places);
    }
  }

  /** Writes the control claims matching {@code query}. */
  public Written write(
      LedgerSnapshot snapshot, ClaimQuery query, Boundaries boundaries, Writer out) {
    return write(snapshot, query, boundaries, null, out);
  }

  /** Writes the control claims and the meetings matching {@code query}, meetings as points. */
  public Written write(
      LedgerSnapshot snapshot,
      ClaimQuery query,
      Boundaries boundaries,
      @Nullable PlacePoints places,
      Writer out) {
    Tally tally = new Tally();
    Set<ClaimKind> kinds = kinds(query, places != null);
    try (JsonGenerator g = new JsonFactory(MAPPER).createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      if (!kinds.isEmpty()) {
        snapshot.forEachClaim(query.withKinds(kinds), e -> one(g, e, boundaries, places, tally));
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export", e);
    }
    return tally.written();
  }

  /** The kinds written ({@code query}'s kinds among them, when it names any). */
  private static Set<ClaimKind> kinds(ClaimQuery query, boolean meetings) {
    Set<ClaimKind> kinds = EnumSet.of(ClaimKind.CONTROL);
    if (meetings) {
      kinds.add(ClaimKind.MEETING);
    }
    if (!query.kinds().isEmpty()) {
      kinds.retainAll(query.kinds());
    }
    return kinds;
  }

  private static void one(
      JsonGenerator g,
      LedgerEntry e,
      Boundaries boundaries,
      @Nullable PlacePoints places,
      Tally tally) {
    try {
      switch (e.claim()) {
        case Control c -> control(g, e, c, boundaries, tally);
        case Meeting m -> meeting(g, e, m, java.util.Objects.requireNonNull(places), tally);
        default -> throw new IllegalStateException("not a mapped kind: " + e.claim().kind());
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write the export", ex);
    }
  }

  private static void control(
      JsonGenerator g, LedgerEntry e, Control c, Boundaries boundaries, Tally tally)
      throws IOException {
    if (c.regions().stream().noneMatch(r -> boundaries.geometry(r).isPresent())) {
      tally.leftOut++;
      c.regions().forEach(r -> tally.missing.add(r.value()));
      return;
    }
    feature(g, e, c, boundaries);
    tally.features++;
  }

  private static void meeting(
      JsonGenerator g, LedgerEntry e, Meeting m, PlacePoints places, Tally tally)
      throws IOException {
    String place = m.place();
    Optional<PlacePoints.Point> point = place == null ? Optional.empty() : places.point(place);
    if (point.isEmpty()) {
      tally.unplaced++;
      tally.places.add(place == null ? "(no place)" : place);
      return;
    }
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeNumberField("id", e.id().value());
    point(g, point.get());
    g.writeObjectFieldStart("properties");
    g.writeNumberField("entry", e.id().value());
    g.writeStringField("kind", "meeting");
    g.writeStringField("doc", m.doc().value());
    strings(g, "participants", m.participants().stream().map(p -> p.value()).toList());
    text(g, "place", place);
    times(g, e);
    g.writeEndObject();
    g.writeEndObject();
    tally.features++;
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
    g.writeStringField("kind", "control");
    g.writeStringField("doc", c.doc().value());
    g.writeStringField("holder", c.holder().value());
    text(g, "agent", c.agent());
    strings(g, "regions", c.regions().stream().map(RegionId::value).toList());
    measure(g, c);
    times(g, e);
    if (!missing.isEmpty()) {
      strings(g, "regions_without_geometry", missing);
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void measure(JsonGenerator g, Control c) throws IOException {
    if (c.measure().share() != null) {
      g.writeNumberField("share", c.measure().share());
    }
    if (c.measure().areaKm2() != null) {
      g.writeNumberField("area_km2", c.measure().areaKm2());
    }
    g.writeStringField("approx", c.measure().approx().code());
  }

  private static void point(JsonGenerator g, PlacePoints.Point point) throws IOException {
    g.writeObjectFieldStart("geometry");
    g.writeStringField("type", "Point");
    g.writeArrayFieldStart("coordinates");
    g.writeNumber(point.lon());
    g.writeNumber(point.lat());
    g.writeEndArray();
    g.writeEndObject();
  }

  /** The claim's times, status and source. */
  private static void times(JsonGenerator g, LedgerEntry e) throws IOException {
    var p = e.claim().provenance();
    text(g, "valid_time", p.validTime() == null ? null : p.validTime().toString());
    text(g, "reported", p.reported() == null ? null : p.reported().toString());
    text(g, "status", p.status() == null ? null : p.status().code());
    text(g, "outlet", e.outlet());
    g.writeStringField("recorded_at", e.recordedAt().toString());
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

  private static void text(JsonGenerator g, String field, @Nullable String v) throws IOException {
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

  /** Counts as the claims stream by. */
  private static final class Tally {
    private long features;
    private long leftOut;
    private long unplaced;
    private final Set<String> missing = new TreeSet<>();
    private final Set<String> places = new TreeSet<>();

    Written written() {
      return new Written(features, leftOut, List.copyOf(missing), unplaced, List.copyOf(places));
    }
  }
}
