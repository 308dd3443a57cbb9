package org.parley.analysis.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.event.Corroboration;
import org.parley.analysis.position.Citation;
import org.parley.analysis.position.ClaimDate;
import org.parley.analysis.position.DatedPosition;
import org.parley.analysis.position.Issue;
import org.parley.analysis.position.IssueThread;
import org.parley.analysis.position.Stance;
import org.parley.analysis.position.StanceRun;
import org.parley.model.ActorId;
import org.parley.model.Provision;
import org.parley.model.RegionId;
import org.parley.model.Span;

/** JSON trees of the analysis values, fields in a fixed order, names in snake_case. */
final class JsonTrees {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTrees() {}

  static ObjectNode citation(Citation c) {
    ObjectNode n = NODES.objectNode();
    n.put("entry", c.entry().value());
    n.put("kind", c.kind().code());
    n.put("doc", c.doc().value());
    date(n, c.date());
    n.put("reported", c.reported() == null ? null : c.reported().toString());
    n.put("outlet", c.outlet());
    ArrayNode via = n.putArray("via");
    c.via().forEach(via::add);
    n.put("source", c.source());
    n.put("status", c.status() == null ? null : c.status().code());
    n.put("agent", c.agent());
    ArrayNode spans = n.putArray("evidence");
    for (Span s : c.spans()) {
      spans.addObject().put("start", s.start()).put("end", s.end());
    }
    n.put("text", c.text());
    if (c.review() != null) {
      n.put("review", c.review());
    }
    return n;
  }

  static void date(ObjectNode n, @Nullable ClaimDate d) {
    n.put("date", d == null ? null : d.date().toString());
    n.put("date_is", d == null ? null : d.isValidTime() ? "valid_time" : "reported");
  }

  static ArrayNode regions(List<RegionId> regions) {
    ArrayNode a = NODES.arrayNode();
    regions.forEach(r -> a.add(r.value()));
    return a;
  }

  static ObjectNode issue(Issue i) {
    ObjectNode n = NODES.objectNode();
    n.put("type", i.type().code());
    n.set("regions", regions(i.regions()));
    n.put("detail", i.detail());
    ActorId withdrawer = i.withdrawer();
    if (withdrawer != null) {
      n.put("withdrawer", withdrawer.value());
    }
    return n;
  }

  static ObjectNode stance(Stance s, @Nullable Provision latest) {
    ObjectNode n = NODES.objectNode();
    n.put("kind", s.kind().code());
    n.put("polarity", s.polarity().code());
    n.put("wish", s.wish().code());
    n.set("regions", regions(s.regions()));
    n.put(
        "beneficiary",
        latest == null || latest.beneficiary() == null ? null : latest.beneficiary().value());
    n.put("detail", latest == null ? null : latest.detail());
    return n;
  }

  static ObjectNode run(StanceRun r) {
    ObjectNode n = stance(r.stance(), r.last().claim().provision());
    n.put("since", r.since() == null ? null : r.since().date().toString());
    n.put("latest", r.latest() == null ? null : r.latest().date().toString());
    Corroboration c = PositionsText.corroboration(r);
    n.put("events", c.events());
    n.put("outlets", c.outlets());
    n.set("claims", claims(r.newestFirst()));
    return n;
  }

  static ArrayNode claims(List<DatedPosition> claims) {
    ArrayNode a = NODES.arrayNode();
    claims.forEach(p -> a.add(citation(p.citation())));
    return a;
  }

  static ObjectNode thread(IssueThread t) {
    ObjectNode n = NODES.objectNode();
    n.set("issue", issue(t.issue()));
    n.set("current", run(t.current()));
    ArrayNode old = n.putArray("superseded");
    t.superseded().forEach(r -> old.add(run(r)));
    return n;
  }
}
