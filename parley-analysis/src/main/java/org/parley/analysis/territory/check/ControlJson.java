package org.parley.analysis.territory.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.analysis.territory.ControlTable;
import org.parley.analysis.territory.RegionControl;
import org.parley.model.Control;
import org.parley.model.Measure;
import org.parley.model.RegionId;

/**
 * The JSON forms of a control check and of a map's per-region table (areas in km², shares 0..1),
 * fields in a fixed order. Stateless and thread-safe.
 */
public final class ControlJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ControlJson() {}

  /** One checked claim: its document, holder, regions, dates, figure, verdict and measurement. */
  public static ObjectNode check(ControlCheck check) {
    Control claim = check.claim();
    ObjectNode n = NODES.objectNode();
    n.put("doc", claim.doc().value()).put("holder", claim.holder().value());
    ArrayNode regions = n.putArray("regions");
    claim.regions().forEach(r -> regions.add(r.value()));
    var p = claim.provenance();
    n.put("valid_time", p.validTime() == null ? null : p.validTime().toString());
    n.put("reported", p.reported() == null ? null : p.reported().toString());
    n.set("measure", measure(claim.measure()));
    n.put("verdict", check.verdict().label());
    switch (check) {
      case ControlCheck.Measured m -> {
        n.putObject("map")
            .put("date", m.map().date().toString())
            .put("file", String.valueOf(m.map().file().getFileName()));
        n.putObject("measured")
            .put("share", m.held().share())
            .put("km2", m.held().heldKm2())
            .put("land_km2", m.held().landKm2());
        n.put("rule", m.rule());
      }
      case ControlCheck.NoMap m -> n.put("reason", m.reason());
      case ControlCheck.NotCheckable m -> n.put("reason", m.reason());
    }
    return n;
  }

  /** The map's name and date, the boundaries, one row per region and the whole country. */
  public static ObjectNode table(ControlTable t) {
    ObjectNode root = NODES.objectNode();
    root.put("map", t.mapName()).put("date", t.date().toString()).put("boundaries", t.boundaries());
    ArrayNode rows = root.putArray("regions");
    t.rows().forEach(r -> rows.add(row(r)));
    root.set("total", row(t.whole()));
    return root;
  }

  private static ObjectNode measure(Measure m) {
    ObjectNode n = NODES.objectNode();
    n.put("share", m.share()).put("area_km2", m.areaKm2()).put("approx", m.approx().code());
    return n;
  }

  private static ObjectNode row(RegionControl r) {
    ObjectNode n = NODES.objectNode();
    n.put("region", String.join("+", r.regions().stream().map(RegionId::value).toList()));
    n.put("name", r.name())
        .put("controlled_km2", r.controlledKm2())
        .put("land_km2", r.landKm2())
        .put("share", r.share());
    return n;
  }
}
