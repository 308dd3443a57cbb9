package org.parley.cli.checkcontrol;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.parley.analysis.territory.ControlTable;
import org.parley.analysis.territory.check.ControlJson;

/** The JSON forms of control checks and of a map's per-region table (areas in km², shares 0..1). */
final class ControlCheckJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ControlCheckJson() {}

  static String checks(List<CheckedClaim> checks) {
    ArrayNode all = MAPPER.createArrayNode();
    for (CheckedClaim c : checks) {
      all.addObject().put("where", c.where()).setAll(ControlJson.check(c.check()));
    }
    return all.toString();
  }

  static String table(ControlTable t) {
    return ControlJson.table(t).toString();
  }
}
