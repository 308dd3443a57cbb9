package org.parley.cli.kb;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.parley.kb.Actor;
import org.parley.kb.Aggregate;
import org.parley.kb.Alias;
import org.parley.kb.KbEntry;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Person;
import org.parley.kb.Place;
import org.parley.kb.Region;
import org.parley.model.RegionId;

/** The JSON forms of knowledge-base entries (areas in km²; keys in snake_case). */
final class KbJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private KbJson() {}

  static String show(KnowledgeBase kb, List<KbEntry> entries) {
    ArrayNode out = MAPPER.createArrayNode();
    for (KbEntry e : entries) {
      ObjectNode n = entry(e);
      List<RegionId> ids = kb.expand(e.key());
      if (!ids.isEmpty()) {
        RegionTable t = RegionTable.of(kb, ids);
        ArrayNode regions = n.putArray("regions");
        t.regions().forEach(r -> regions.add(region(r)));
        ObjectNode total = n.putObject("total");
        total.put("area_km2", t.areaKm2()).put("population", t.population());
        ArrayNode unknown = total.putArray("population_unknown");
        t.unknown().forEach(id -> unknown.add(id.value()));
      }
      out.add(n);
    }
    return out.toString();
  }

  static String find(KnowledgeBase kb, String mention, List<Alias> readings) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("mention", mention);
    ArrayNode list = root.putArray("readings");
    for (Alias a : readings) {
      ObjectNode n = list.addObject();
      n.put("form", a.form()).put("reading", a.reading().name().toLowerCase(Locale.ROOT));
      n.setAll(entry(a.entry()));
      ArrayNode regions = n.putArray("regions");
      kb.expand(a.entry().key()).forEach(id -> regions.add(id.value()));
    }
    return root.toString();
  }

  static String list(List<KbEntry> entries) {
    ArrayNode out = MAPPER.createArrayNode();
    for (KbEntry e : entries) {
      out.addObject().put("kind", e.kindName()).put("id", e.key()).put("name", e.name());
    }
    return out.toString();
  }

  private static ObjectNode entry(KbEntry e) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("kind", e.kindName()).put("id", e.key()).put("name", e.name());
    strings(n, "aliases", e.aliases());
    switch (e) {
      case Actor a -> {
        strings(n, "adjectives", a.adjectives());
        strings(n, "metonyms", a.metonyms());
        strings(n, "territory", a.territory().stream().map(RegionId::value).toList());
      }
      case Person p -> {
        n.put("party", p.party().value());
        strings(n, "titles", p.titles());
      }
      case Region r -> n.put("region_kind", lower(r.kind().name()));
      case Aggregate g -> strings(n, "members", g.regions().stream().map(RegionId::value).toList());
      case Place p -> n.put("place_kind", lower(p.kind().name())).put("region", p.region().value());
    }
    return n;
  }

  private static ObjectNode region(Region r) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", r.id().value()).put("name", r.name()).put("area_km2", r.areaKm2());
    if (r.population().isPresent()) {
      n.put("population", r.population().getAsLong());
    } else {
      n.putNull("population");
    }
    return n;
  }

  private static void strings(ObjectNode n, String key, List<String> values) {
    ArrayNode a = n.putArray(key);
    values.forEach(a::add);
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
