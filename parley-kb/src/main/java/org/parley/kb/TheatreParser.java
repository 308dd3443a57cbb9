package org.parley.kb;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import org.parley.model.ActorId;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;

/**
 * Reads the {@code side} and {@code theatre} lines of a knowledge-base file, reporting a field that
 * does not parse (an actor id, a region, a {@code type:actor} pair, a word that is not a regular
 * expression) with the file and line, as every other line's problems are.
 */
final class TheatreParser {
  private static final String ACTOR = "an actor id (RUS, NATO)";
  private static final String REGION = "a country code (UA)";

  private TheatreParser() {}

  /** The side of a {@code side} line: {@code country=}, {@code allies=} and its words. */
  static Optional<TheatreSide> side(RawRecord r, List<String> problems) {
    FieldReader f = new FieldReader(r, problems);
    Optional<RegionId> country = f.parse(f.required("country"), REGION, RegionId::of);
    List<ActorId> allies = f.each("allies", ACTOR, ActorId::of);
    TheatreWords words = words(f, "words", false);
    TheatreWords possessives = words(f, "possessives", true);
    TheatreWords subjects = words(f, "subjects", false);
    Optional<ActorId> principal = f.parse(r.id(), ACTOR, ActorId::of);
    if (!f.succeeded() || country.isEmpty() || principal.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new TheatreSide(
              principal.get(), r.name(), country.get(), allies, words, possessives, subjects));
    } catch (IllegalArgumentException e) {
      f.fail(e.getMessage());
      return Optional.empty();
    }
  }

  /** The theatre of a {@code theatre} line; its sides are resolved later. */
  static Optional<TheatreLine> theatre(RawRecord r, List<String> problems) {
    FieldReader f = new FieldReader(r, problems);
    TheatreFields t = TheatreFields.read(f);
    if (t.sides().size() < 2) {
      f.fail("sides= needs at least two side ids");
    }
    if (!f.succeeded()
        || t.contested().isEmpty()
        || t.warAims().isEmpty()
        || t.relevance().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(line(r, t, t.contested().get(), t.warAims().get(), t.relevance().get()));
  }

  private static TheatreLine line(
      RawRecord r, TheatreFields t, RegionId contested, ActorId aims, ActorId relevant) {
    List<ActorId> actors = new ArrayList<>(t.voices());
    actors.addAll(t.beneficiaries().values());
    actors.addAll(t.named().values());
    actors.addAll(t.own().values());
    actors.add(aims);
    return new TheatreLine(
        r.at(),
        r.id(),
        t.sides(),
        actors,
        contested,
        resolved ->
            new Theatre(
                r.id(),
                r.name(),
                resolved,
                contested,
                Set.copyOf(t.voices()),
                t.beneficiaries(),
                t.named(),
                t.own(),
                aims,
                relevant,
                t.conflict(),
                t.war()));
  }

  /** The fields of a {@code theatre} line, read in the line's documented order. */
  private record TheatreFields(
      List<ActorId> sides,
      Optional<RegionId> contested,
      List<ActorId> voices,
      Map<ProvisionType, ActorId> beneficiaries,
      Map<ProvisionType, ActorId> named,
      Map<ProvisionType, ActorId> own,
      Optional<ActorId> warAims,
      Optional<ActorId> relevance,
      TheatreWords conflict,
      TheatreWords war) {
    static TheatreFields read(FieldReader f) {
      List<ActorId> sides = f.each("sides", ACTOR, ActorId::of);
      Optional<RegionId> contested = f.parse(f.required("contested"), REGION, RegionId::of);
      List<ActorId> voices = f.each("alliance-voices", ACTOR, ActorId::of);
      Map<ProvisionType, ActorId> beneficiaries = byType(f, "beneficiaries");
      Map<ProvisionType, ActorId> named = byType(f, "named-beneficiaries");
      Map<ProvisionType, ActorId> own = byType(f, "own-interests");
      Optional<ActorId> warAims = f.parse(f.required("war-aims"), ACTOR, ActorId::of);
      Optional<ActorId> relevance = f.parse(f.required("relevance-side"), ACTOR, ActorId::of);
      return new TheatreFields(
          sides,
          contested,
          voices,
          beneficiaries,
          named,
          own,
          warAims,
          relevance,
          words(f, "conflict-words", true),
          words(f, "war-words", true));
    }
  }

  /** A field of {@code type:actor} pairs ({@code territory.cede:RUS|territory.return:UKR}). */
  private static Map<ProvisionType, ActorId> byType(FieldReader f, String key) {
    Map<ProvisionType, ActorId> out = new EnumMap<>(ProvisionType.class);
    for (String pair : f.list(key)) {
      int colon = pair.indexOf(':');
      try {
        ProvisionType type = ProvisionType.fromCode(pair.substring(0, Math.max(colon, 0)));
        if (out.put(type, ActorId.of(pair.substring(colon + 1))) != null) {
          f.fail(key + " gives " + type.code() + " twice");
        }
      } catch (IllegalArgumentException e) {
        f.fail("'" + pair + "' in " + key + "= is not provision-type:actor (territory.cede:RUS)");
      }
    }
    return out;
  }

  private static TheatreWords words(FieldReader f, String key, boolean ignoreCase) {
    List<String> fragments = f.list(key);
    try {
      return TheatreWords.of(fragments, ignoreCase);
    } catch (PatternSyntaxException e) {
      f.fail(key + "= is not a list of regular expressions: " + e.getDescription());
      return TheatreWords.none();
    }
  }
}
