package org.parley.analysis.settlement;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.model.ActorId;

/** The JSON form of an evaluated proposal (areas in km², shares 0..1, population estimates). */
public final class EvaluationJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EvaluationJson() {}

  /** The evaluation as compact JSON text. */
  public static String of(Evaluation e) {
    return tree(e).toString();
  }

  /** The evaluation as a JSON tree: proposal, map, transfers, totals, notes. */
  public static ObjectNode tree(Evaluation e) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("name", e.proposal().name());
    root.put("description", e.proposal().description());
    root.put("source", e.proposal().source());
    root.putObject("map").put("file", e.mapName()).put("date", e.mapDate().toString());
    root.put("boundaries", e.boundaries());
    ArrayNode rows = root.putArray("transfers");
    e.transfers().forEach(t -> rows.add(transfer(t)));
    ObjectNode totals = root.putObject("totals");
    for (ActorId id : e.sides()) {
      totals
          .putObject("to_" + id.value())
          .put("km2", e.km2To(id, false))
          .put("km2_upper_bound", e.km2To(id, true))
          .put("population_estimate", e.populationTo(id, false))
          .put("population_estimate_upper_bound", e.populationTo(id, true));
    }
    ArrayNode notes = root.putArray("notes");
    e.notes().forEach(notes::add);
    root.put("population_basis", e.populationBasis());
    return root;
  }

  private static ObjectNode transfer(Transfer t) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("action", t.term().action().code());
    n.put("party", t.term().party() == null ? null : t.term().party().value());
    n.put("region", t.region().value()).put("name", t.regionName());
    n.put("from", t.from() == null ? null : t.from().value());
    n.put("to", t.to() == null ? null : t.to().value());
    n.put("km2", t.km2())
        .put("region_land_km2", t.regionLandKm2())
        .put("russian_held_km2", t.controlledKm2())
        .put("share_of_region", t.shareOfRegion());
    n.put("upper_bound", t.upperBound());
    n.put("population_estimate", t.populationEstimate());
    n.put("note", t.term().note());
    return n;
  }
}
