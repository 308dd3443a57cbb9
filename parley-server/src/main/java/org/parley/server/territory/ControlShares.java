package org.parley.server.territory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.contradiction.ControlReader;
import org.parley.analysis.contradiction.DatedControl;
import org.parley.analysis.territory.ControlTable;
import org.parley.analysis.territory.MapLookup;
import org.parley.analysis.territory.MapSides;
import org.parley.analysis.territory.MeasuredMaps;
import org.parley.analysis.territory.RegionBoundaries;
import org.parley.analysis.territory.RegionControl;
import org.parley.analysis.territory.RegionShape;
import org.parley.ledger.LedgerSnapshot;
import org.parley.model.RegionId;
import org.parley.server.http.Json;

/**
 * Russian-controlled share per region on one day: measured on the newest control map within the
 * tolerance before it when the server has maps, else the latest share that the ledger's control
 * claims report for the region alone (holder on the map's controlling side, {@link MapSides}) on or
 * before that day. Every region of the boundaries gets a row; a region without a figure has a
 * {@code null} share. Thread-safe.
 */
final class ControlShares {
  private final RegionBoundaries boundaries;
  private final @Nullable MeasuredMaps maps;
  private final int toleranceDays;
  private final MapSides sides;

  ControlShares(
      RegionBoundaries boundaries, @Nullable MeasuredMaps maps, int toleranceDays, MapSides sides) {
    this.boundaries = boundaries;
    this.maps = maps;
    this.toleranceDays = toleranceDays;
    this.sides = sides;
  }

  /** The shares on {@code date}, as read from {@code s}. */
  ObjectNode on(LocalDate date, LedgerSnapshot s) {
    ObjectNode body = Json.answer(s.asOf());
    body.put("date", date.toString());
    Map<RegionId, Integer> counts = new TreeMap<>();
    Map<RegionId, DatedControl> latest = new TreeMap<>();
    for (DatedControl c : new ControlReader().read(s, date)) {
      for (RegionId r : c.claim().regions()) {
        counts.merge(r, 1, Integer::sum);
      }
      if (c.claim().regions().size() == 1
          && sides.holdsControlled(c.claim().holder())
          && c.claim().measure().share() != null) {
        latest.put(c.claim().regions().get(0), c);
      }
    }
    ControlTable table = maps == null ? null : table(date, body);
    if (maps == null) {
      body.put("source", "claims");
      body.putNull("map");
    }
    ArrayNode rows = body.putArray("regions");
    for (RegionShape r : boundaries.regions()) {
      ObjectNode row = rows.addObject();
      row.put("region", r.id().value()).put("name", r.name());
      fill(row, r.id(), table, latest.get(r.id()));
      row.put("claims", counts.getOrDefault(r.id(), 0));
    }
    return body;
  }

  /** The days the slider can stop at: map dates with maps, else the control claims' days. */
  List<String> dates(LedgerSnapshot s) {
    TreeSet<String> out = new TreeSet<>();
    if (maps != null) {
      maps.catalog().entries().forEach(e -> out.add(e.date().toString()));
    } else {
      for (DatedControl c : new ControlReader().read(s, null)) {
        if (c.date() != null) {
          out.add(c.date().date().end().toString());
        }
      }
    }
    return List.copyOf(out);
  }

  private @Nullable ControlTable table(LocalDate date, ObjectNode body) {
    body.put("source", "map");
    MapLookup found = maps.catalog().lookup(date, date, toleranceDays);
    if (found instanceof MapLookup.Found f) {
      body.putObject("map")
          .put("date", f.entry().date().toString())
          .put("file", String.valueOf(f.entry().file().getFileName()));
      return maps.table(f.entry());
    }
    body.putNull("map");
    body.put("note", ((MapLookup.Missing) found).reason());
    return null;
  }

  private static void fill(
      ObjectNode row, RegionId id, @Nullable ControlTable table, @Nullable DatedControl claim) {
    if (table != null) {
      RegionControl rc = table.region(id).orElse(null);
      row.put("share", rc == null ? null : rc.share());
      row.put("controlled_km2", rc == null ? null : rc.controlledKm2());
      row.putNull("entry");
    } else if (claim != null) {
      row.put("share", claim.claim().measure().share());
      row.putNull("controlled_km2");
      row.put("entry", claim.entry().id().value());
    } else {
      row.putNull("share");
      row.putNull("controlled_km2");
      row.putNull("entry");
    }
  }
}
