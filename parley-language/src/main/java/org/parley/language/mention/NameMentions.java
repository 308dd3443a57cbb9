package org.parley.language.mention;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.kb.Actor;
import org.parley.kb.Aggregate;
import org.parley.kb.Alias;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Place;
import org.parley.kb.PlaceKind;
import org.parley.kb.Reading;
import org.parley.kb.Region;
import org.parley.kb.RegionKind;
import org.parley.model.RegionId;

/**
 * The dictionary matches left after people, sources and descriptions: outlets, parties (by name,
 * metonym, or adjective before a group noun) and regions. A form that is both a party and a
 * territory ("Kyiv", "Ukraine") reads as the territory after a place preposition ("in Kyiv",
 * "percent of Ukraine") and as the party otherwise.
 */
final class NameMentions {
  private NameMentions() {}

  static void find(WordWindow w, KnowledgeBase kb) {
    for (int i = 0; i < w.size(); i++) {
      WordWindow.Raw r = w.raw(i);
      if (r == null || !w.isFree(r.start(), r.end())) {
        continue;
      }
      int from = w.isFreeThe(r.start() - 1) ? r.start() - 1 : r.start();
      if (r.outlet() != null) {
        w.add(
            new OutletMention(w.span(from, r.end()), w.original(from, r.end()), r.outlet()),
            from,
            r.end());
      } else {
        read(w, kb, r, from);
      }
    }
  }

  private static void read(WordWindow w, KnowledgeBase kb, WordWindow.Raw r, int from) {
    Actor actor = null;
    Reading actorReading = null;
    List<Alias> places = new ArrayList<>();
    for (Alias a : r.readings()) {
      if (a.entry() instanceof Actor act && actor == null) {
        actor = act;
        actorReading = a.reading();
      } else if (!(a.entry() instanceof org.parley.kb.Person)) {
        places.add(a);
      }
    }
    if (actor != null && actorReading == Reading.ADJECTIVE) {
      adjective(w, r, actor, from);
      return;
    }
    boolean locative = isLocative(w, r.start());
    if (actor != null && (places.isEmpty() || !locative)) {
      ActorForm form = actorReading == Reading.METONYM ? ActorForm.METONYM : ActorForm.NAME;
      addActor(w, from, r.end(), actor, form, locative, regionsOf(kb, places));
    } else if (!places.isEmpty()) {
      w.add(region(w, kb, places, from, r.end()), from, r.end());
    }
  }

  private static void addActor(
      WordWindow w,
      int from,
      int end,
      Actor actor,
      ActorForm form,
      boolean locative,
      List<RegionId> regions) {
    w.add(
        new ActorMention(
            w.span(from, end), w.original(from, end), actor.id(), form, locative, regions),
        from,
        end);
  }

  private static void adjective(WordWindow w, WordWindow.Raw r, Actor actor, int from) {
    int end = r.end();
    boolean compound =
        end < w.size() && w.word(end).hyphenated() && Lexicon.COMPOUND_PARTS.contains(w.key(end));
    // "Russian forces"; a ministry may carry its field first ("the Russian foreign ministry")
    int head = end;
    if (head + 1 < w.size()
        && Lexicon.MINISTRY_FIELDS.contains(w.key(head))
        && w.key(head + 1).equals("ministry")) {
      head++;
    }
    boolean group = head < w.size() && Lexicon.GROUP_NOUNS.contains(w.key(head));
    if (!compound && !group || !w.isFree(end, head + 1)) {
      return;
    }
    end = head + 1;
    w.add(
        new ActorMention(
            w.span(from, end),
            w.original(from, end),
            actor.id(),
            ActorForm.ADJECTIVE,
            false,
            List.of()),
        from,
        end);
  }

  static RegionMention region(
      WordWindow w, KnowledgeBase kb, List<Alias> places, int from, int to) {
    List<RegionId> regions = regionsOf(kb, places);
    RegionReading reading = reading(places, isLocative(w, from));
    String entry = places.get(0).entry().key();
    return new RegionMention(
        w.span(from, to), w.original(from, to), regions, reading, entry, List.of());
  }

  static List<RegionId> regionsOf(KnowledgeBase kb, List<Alias> places) {
    List<RegionId> out = new ArrayList<>();
    for (Alias a : places) {
      out.addAll(kb.expand(a.entry().key()));
    }
    return out.stream().distinct().sorted().toList();
  }

  private static RegionReading reading(List<Alias> places, boolean locative) {
    boolean region = false;
    boolean city = false;
    for (Alias a : places) {
      switch (a.entry()) {
        case Region reg -> {
          if (reg.kind() == RegionKind.COUNTRY) {
            return RegionReading.COUNTRY;
          }
          region |= reg.kind() != RegionKind.CITY;
          city |= reg.kind() == RegionKind.CITY;
        }
        case Aggregate g -> {
          return RegionReading.AGGREGATE;
        }
        case Place p -> {
          if (p.kind() != PlaceKind.CITY) {
            return RegionReading.PLACE;
          }
          city = true;
        }
        default -> {}
      }
    }
    if (region && city) {
      return RegionReading.CITY_OR_REGION;
    }
    return city ? RegionReading.CITY : RegionReading.REGION;
  }

  /** Whether the words before {@code i} make a name a place: "in Kyiv", "percent of Ukraine". */
  static boolean isLocative(WordWindow w, int i) {
    int k = w.key(i - 1).equals("the") ? i - 2 : i - 1;
    String prep = w.key(k);
    if (Lexicon.LOCATIVE.contains(prep)) {
      return true;
    }
    return prep.equals("of") && Lexicon.PARTITIVE.contains(w.key(k - 1));
  }

  static @Nullable Actor actorOf(List<Alias> readings) {
    for (Alias a : readings) {
      if (a.entry() instanceof Actor act) {
        return act;
      }
    }
    return null;
  }
}
