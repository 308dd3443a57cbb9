package org.parley.cli.kb;

import java.io.PrintWriter;
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

/** Prints knowledge-base entries as plain text for a terminal. */
final class EntryText {
  private EntryText() {}

  static void show(KnowledgeBase kb, KbEntry e, PrintWriter out) {
    out.println(e.kindName() + " " + e.key() + "  " + e.name() + detail(kb, e));
    switch (e) {
      case Actor a -> {
        line(out, "aliases", a.aliases());
        line(out, "adjectives", a.adjectives());
        line(out, "metonyms", a.metonyms());
      }
      case Person p -> {
        out.println("  party: " + p.party() + partyName(kb, p));
        line(out, "titles", p.titles());
        line(out, "aliases", p.aliases());
      }
      case Region r -> line(out, "aliases", r.aliases());
      case Aggregate g -> line(out, "aliases", g.aliases());
      case Place p -> line(out, "aliases", p.aliases());
    }
    List<RegionId> regions = kb.expand(e.key());
    if (!regions.isEmpty()) {
      RegionTable.of(kb, regions).print(out);
    }
  }

  static void find(KnowledgeBase kb, List<Alias> readings, PrintWriter out) {
    for (Alias a : readings) {
      KbEntry e = a.entry();
      String regions = kb.expand(e.key()).toString();
      out.printf(
          Locale.ROOT,
          "%-9s %-10s %-22s %s%s%s%n",
          a.reading().name().toLowerCase(Locale.ROOT),
          e.kindName(),
          e.key(),
          e.name(),
          detail(kb, e),
          regions.equals("[]") ? "" : "  -> " + regions);
    }
  }

  static void list(List<KbEntry> entries, PrintWriter out) {
    for (KbEntry e : entries) {
      out.printf(Locale.ROOT, "%-9s %-22s %s%n", e.kindName(), e.key(), e.name());
    }
    out.println(entries.size() + " entries");
  }

  private static String detail(KnowledgeBase kb, KbEntry e) {
    return switch (e) {
      case Actor a -> "";
      case Person p -> " (" + p.party() + ")";
      case Region r -> " (" + r.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
      case Aggregate g -> "";
      case Place p ->
          " ("
              + p.kind().name().toLowerCase(Locale.ROOT)
              + " in "
              + kb.region(p.region()).map(Region::name).orElse(p.region().value())
              + ")";
    };
  }

  private static String partyName(KnowledgeBase kb, Person p) {
    return kb.actor(p.party()).map(a -> " (" + a.name() + ")").orElse("");
  }

  private static void line(PrintWriter out, String label, List<?> values) {
    if (!values.isEmpty()) {
      out.println(
          "  " + label + ": " + String.join(", ", values.stream().map(String::valueOf).toList()));
    }
  }
}
