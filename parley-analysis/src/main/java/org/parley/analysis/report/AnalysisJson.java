package org.parley.analysis.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.contradiction.DatedControl;
import org.parley.analysis.contradiction.Disputes;
import org.parley.analysis.contradiction.FigureDispute;
import org.parley.analysis.contradiction.PositionDispute;
import org.parley.analysis.gap.GapMatrix;
import org.parley.analysis.gap.GapRow;
import org.parley.analysis.position.PartyPositions;
import org.parley.analysis.shift.PartyShifts;
import org.parley.analysis.shift.Shift;
import org.parley.model.ActorId;
import org.parley.model.Provision;

/**
 * The answers as JSON documents for machines: positions, shifts, disputes and the gap matrix, every
 * claim cited with its entry, document, date, outlet, chain, status and evidence. Fields keep a
 * fixed order, so the same answer prints the same bytes. Immutable and thread-safe.
 */
public final class AnalysisJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Names names;

  public AnalysisJson(Names names) {
    this.names = Objects.requireNonNull(names, "names");
  }

  public String positions(PartyPositions p) {
    return write(positionsNode(p));
  }

  public String shifts(PartyShifts s) {
    return write(shiftsTree(s));
  }

  public String disputes(Disputes d) {
    return write(disputesNode(d));
  }

  public String gap(GapMatrix g) {
    return write(gapNode(g));
  }

  /** The whole briefing: scope, positions, gap, shifts, disputes, controls and timeline. */
  public String briefing(Briefing b) {
    return write(new BriefingJson(this).tree(b));
  }

  /** The shifts answer as a JSON tree: party, name, as of, since, months, shifts. */
  public ObjectNode shiftsTree(PartyShifts s) {
    ObjectNode n = party(s.party(), s.asOf().toString());
    n.put("since", s.since() == null ? null : s.since().toString());
    n.put("stale_months", s.staleMonths());
    n.set("shifts", shiftsNode(s.shifts()));
    return n;
  }

  /** The positions answer as a JSON tree: party, name, as of, valid at, issues. */
  public ObjectNode positionsNode(PartyPositions p) {
    ObjectNode n = party(p.party(), p.asOf().toString());
    n.put("valid_at", p.validAt() == null ? null : p.validAt().toString());
    ArrayNode issues = n.putArray("issues");
    p.issues().forEach(t -> issues.add(JsonTrees.thread(t)));
    return n;
  }

  /**
   * One cited claim as JSON: entry, kind, document, date, outlet, chain, status, agent, evidence
   * spans and text.
   */
  public static ObjectNode citation(org.parley.analysis.position.Citation c) {
    return JsonTrees.citation(c);
  }

  static ArrayNode shiftsNode(List<Shift> shifts) {
    ArrayNode a = JsonTrees.NODES.arrayNode();
    for (Shift s : shifts) {
      ObjectNode n = a.addObject();
      n.put("kind", s.kind().code());
      n.put("holder", s.holder().value());
      n.set("issue", JsonTrees.issue(s.issue()));
      JsonTrees.date(n, s.date());
      n.set("from", s.from() == null ? null : JsonTrees.stance(s.from(), provision(s, true)));
      n.set("to", s.to() == null ? null : JsonTrees.stance(s.to(), provision(s, false)));
      n.put("rule", s.rule());
      n.set("before", JsonTrees.claims(s.before()));
      n.set("after", JsonTrees.claims(s.after()));
    }
    return a;
  }

  /** The disputes answer as a JSON tree: as of, tolerance, figures, positions. */
  public static ObjectNode disputesNode(Disputes d) {
    ObjectNode n = JsonTrees.NODES.objectNode();
    n.put("as_of", d.asOf().toString());
    ObjectNode tol = n.putObject("tolerance");
    tol.put("share_points", d.tolerance().sharePoints());
    tol.put("area_percent", d.tolerance().areaPercent());
    tol.put("period", d.tolerance().period().code());
    ArrayNode figures = n.putArray("figures");
    d.figures().forEach(f -> figures.add(figureDispute(f)));
    ArrayNode positions = n.putArray("positions");
    d.positions().forEach(p -> positions.add(positionDispute(p)));
    return n;
  }

  private static ObjectNode figureDispute(FigureDispute f) {
    ObjectNode o = JsonTrees.NODES.objectNode();
    o.put("holder", f.holder().value());
    o.set("regions", JsonTrees.regions(f.regions()));
    o.put("period", f.period());
    o.put("why", f.why());
    ArrayNode claims = o.putArray("claims");
    for (DatedControl c : f.figures()) {
      ObjectNode cn = JsonTrees.citation(c.citation());
      cn.put("share", c.claim().measure().share());
      cn.put("area_km2", c.claim().measure().areaKm2());
      cn.put("approx", c.claim().measure().approx().code());
      claims.add(cn);
    }
    return o;
  }

  private static ObjectNode positionDispute(PositionDispute p) {
    ObjectNode o = JsonTrees.NODES.objectNode();
    o.put("holder", p.holder().value());
    o.put("type", p.type().code());
    o.put("detail", p.detail());
    o.set("regions", JsonTrees.regions(p.regions()));
    o.put("period", p.period());
    o.put("why", p.why());
    o.putObject("first").put("label", p.firstLabel()).set("claims", JsonTrees.claims(p.first()));
    o.putObject("second").put("label", p.secondLabel()).set("claims", JsonTrees.claims(p.second()));
    return o;
  }

  /** The gap answer as a JSON tree: the two parties, as of, valid at, rows. */
  public ObjectNode gapNode(GapMatrix g) {
    ObjectNode n = JsonTrees.NODES.objectNode();
    n.put("first", g.first().value());
    n.put("second", g.second().value());
    n.put("as_of", g.asOf().toString());
    n.put("valid_at", g.validAt() == null ? null : g.validAt().toString());
    ArrayNode rows = n.putArray("rows");
    for (GapRow r : g.rows()) {
      ObjectNode o = rows.addObject();
      o.put("type", r.type().code());
      o.set("regions", JsonTrees.regions(r.regions()));
      o.put("verdict", r.verdict().code());
      o.put("why", r.why());
      o.set("first", r.first() == null ? null : JsonTrees.thread(r.first()));
      o.set("second", r.second() == null ? null : JsonTrees.thread(r.second()));
    }
    return n;
  }

  private ObjectNode party(ActorId party, String asOf) {
    ObjectNode n = JsonTrees.NODES.objectNode();
    n.put("party", party.value());
    n.put("name", names.actor(party));
    n.put("as_of", asOf);
    return n;
  }

  private static @Nullable Provision provision(Shift s, boolean before) {
    var claims = before ? s.before() : s.after();
    return claims.isEmpty() ? null : claims.get(0).claim().provision();
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }
}
