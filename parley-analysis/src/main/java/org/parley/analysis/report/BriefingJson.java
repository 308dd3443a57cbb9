package org.parley.analysis.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.contradiction.DatedControl;
import org.parley.analysis.territory.check.ControlCheck;

/** A briefing as one JSON tree: the answers of {@link AnalysisJson} plus controls and timeline. */
final class BriefingJson {
  private final AnalysisJson answers;

  BriefingJson(AnalysisJson answers) {
    this.answers = answers;
  }

  ObjectNode tree(Briefing b) {
    ObjectNode n = JsonTrees.NODES.objectNode();
    n.put("as_of", b.asOf().toString());
    n.put("valid_at", b.validAt() == null ? null : b.validAt().toString());
    n.putObject("scope")
        .put("claims", b.scope().claims())
        .put("documents", b.scope().documents())
        .put("first", b.scope().first())
        .put("last", b.scope().last());
    ArrayNode positions = n.putArray("positions");
    b.positions().forEach(p -> positions.add(answers.positionsNode(p)));
    n.set("gap", b.gap() == null ? null : answers.gapNode(b.gap()));
    n.put("shifts_since", b.shiftsSince() == null ? null : b.shiftsSince().toString());
    n.put("shifts_total", b.shiftsTotal());
    n.set("shifts", AnalysisJson.shiftsNode(b.shifts()));
    n.set("disputes", AnalysisJson.disputesNode(b.disputes()));
    n.put("maps", b.maps());
    ArrayNode controls = n.putArray("controls");
    b.controls().forEach(r -> controls.add(control(r)));
    n.set("timeline", timeline(b.timeline()));
    return n;
  }

  private static ObjectNode control(ControlRow r) {
    DatedControl c = r.latest();
    ObjectNode n = JsonTrees.citation(c.citation());
    n.put("holder", c.claim().holder().value());
    n.set("regions", JsonTrees.regions(c.claim().regions()));
    n.put("share", c.claim().measure().share());
    n.put("area_km2", c.claim().measure().areaKm2());
    n.put("approx", c.claim().measure().approx().code());
    n.put("events", r.reported().events());
    n.put("outlets", r.reported().outlets());
    n.set("check", check(r.check()));
    return n;
  }

  private static @Nullable ObjectNode check(@Nullable ControlCheck check) {
    if (check == null) {
      return null;
    }
    ObjectNode n = JsonTrees.NODES.objectNode();
    n.put("verdict", check.verdict().label());
    switch (check) {
      case ControlCheck.Measured m -> {
        n.put("rule", m.rule());
        n.put("map_date", m.map().date().toString());
        n.put("held_share", m.held().share());
        n.put("held_km2", m.held().heldKm2());
        n.put("land_km2", m.held().landKm2());
      }
      case ControlCheck.NoMap nm -> n.put("reason", nm.reason());
      case ControlCheck.NotCheckable nc -> n.put("reason", nc.reason());
    }
    return n;
  }

  private static ObjectNode timeline(Timeline t) {
    ObjectNode n = JsonTrees.NODES.objectNode();
    ArrayNode periods = n.putArray("periods");
    t.periods().forEach(periods::add);
    ArrayNode lanes = n.putArray("lanes");
    for (Timeline.Lane l : t.lanes()) {
      ArrayNode counts = lanes.addObject().put("party", l.party().value()).putArray("counts");
      l.counts().forEach(counts::add);
    }
    ArrayNode meetings = n.putArray("meetings");
    for (Timeline.Event e : t.meetings()) {
      ObjectNode m = meetings.addObject().put("period", e.period()).put("what", e.what());
      m.set("citation", JsonTrees.citation(e.citation()));
    }
    return n;
  }
}
