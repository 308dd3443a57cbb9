package org.parley.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.parley.model.ActorId;
import org.parley.model.RegionId;

/**
 * Turns a {@link RawRecord} into a typed entry with its surface forms, or reports why it cannot.
 * References to other entries (a person's party, a place's region) are checked later, once every
 * file is read.
 */
final class EntryBuilder {
  private static final String SHARED = "~";

  private EntryBuilder() {}

  static Optional<Draft> build(RawRecord r, List<String> problems) {
    FieldReader f = new FieldReader(r, problems);
    List<Draft.Form> forms = new ArrayList<>();
    String name = form(r.name(), Reading.NAME, forms);
    List<String> aliases = forms(f.list("aliases"), Reading.ALIAS, forms);
    Optional<KbEntry> entry =
        switch (r.kind()) {
          case "state", "org", "entity" -> actor(r, f, name, aliases, forms);
          case "person" -> person(r, f, name, aliases);
          case "region" -> region(r, f, name, aliases);
          case "aggregate" -> aggregate(r, f, name, aliases);
          case "place" -> place(r, f, name, aliases);
          default -> throw new IllegalStateException("unchecked kind " + r.kind());
        };
    if (!f.succeeded() || entry.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Draft(entry.get(), r.at(), forms));
  }

  private static Optional<KbEntry> actor(
      RawRecord r, FieldReader f, String name, List<String> aliases, List<Draft.Form> forms) {
    ActorType type =
        switch (r.kind()) {
          case "state" -> ActorType.STATE;
          case "org" -> ActorType.ORGANISATION;
          default -> ActorType.ENTITY;
        };
    List<String> adjectives = forms(f.list("adjectives"), Reading.ADJECTIVE, forms);
    List<String> metonyms = forms(f.list("metonyms"), Reading.METONYM, forms);
    List<RegionId> territory = f.each("territory", "a region id (UA-14)", RegionId::of);
    return construct(
        f,
        () -> new Actor(ActorId.of(r.id()), type, name, aliases, adjectives, metonyms, territory));
  }

  private static Optional<KbEntry> person(
      RawRecord r, FieldReader f, String name, List<String> aliases) {
    Optional<ActorId> party = f.parse(f.required("party"), "an actor id (RUS, NATO)", ActorId::of);
    List<String> titles = f.list("titles");
    Gender gender = gender(f);
    return party.flatMap(
        p -> construct(f, () -> new Person(ActorId.of(r.id()), name, aliases, p, titles, gender)));
  }

  /** {@code gender=m} or {@code gender=f}; absent is {@link Gender#UNKNOWN}. */
  private static Gender gender(FieldReader f) {
    return switch (f.optional("gender").orElse("")) {
      case "" -> Gender.UNKNOWN;
      case "m" -> Gender.MALE;
      case "f" -> Gender.FEMALE;
      default -> {
        f.fail("'" + f.optional("gender").orElse("") + "' is not a gender (m|f)");
        yield Gender.UNKNOWN;
      }
    };
  }

  private static Optional<KbEntry> region(
      RawRecord r, FieldReader f, String name, List<String> aliases) {
    Optional<Double> area = f.parse(f.required("area"), "an area in km²", Double::valueOf);
    OptionalLong population = OptionalLong.empty();
    Optional<String> pop = f.optional("population");
    if (pop.isPresent()) {
      Optional<Long> p = f.parse(pop.get(), "a population (a whole number)", Long::valueOf);
      population = p.map(OptionalLong::of).orElse(OptionalLong.empty());
    }
    Optional<RegionKind> kind = f.enumValue("kind", RegionKind.class);
    if (area.isEmpty() || kind.isEmpty()) {
      return Optional.empty();
    }
    OptionalLong people = population;
    return construct(
        f, () -> new Region(RegionId.of(r.id()), name, aliases, area.get(), people, kind.get()));
  }

  private static Optional<KbEntry> aggregate(
      RawRecord r, FieldReader f, String name, List<String> aliases) {
    f.required("regions");
    List<RegionId> regions = f.each("regions", "a region id (UA-14)", RegionId::of);
    return construct(f, () -> new Aggregate(r.id(), name, aliases, regions));
  }

  private static Optional<KbEntry> place(
      RawRecord r, FieldReader f, String name, List<String> aliases) {
    Optional<RegionId> region = f.parse(f.required("region"), "a region id (UA-14)", RegionId::of);
    Optional<PlaceKind> kind = f.enumValue("kind", PlaceKind.class);
    Optional<GeoPoint> point = point(f);
    if (region.isEmpty() || kind.isEmpty()) {
      return Optional.empty();
    }
    return construct(f, () -> new Place(r.id(), name, aliases, region.get(), kind.get(), point));
  }

  /** {@code lat=} and {@code lon=} in WGS84 decimal degrees: both or neither. */
  private static Optional<GeoPoint> point(FieldReader f) {
    Optional<String> lat = f.optional("lat");
    Optional<String> lon = f.optional("lon");
    if (lat.isEmpty() && lon.isEmpty()) {
      return Optional.empty();
    }
    if (lat.isEmpty() || lon.isEmpty()) {
      f.fail("lat= and lon= go together (" + (lat.isEmpty() ? "lat" : "lon") + "= is missing)");
      return Optional.empty();
    }
    Optional<Double> y = f.parse(lat.get(), "a latitude in degrees", Double::valueOf);
    Optional<Double> x = f.parse(lon.get(), "a longitude in degrees", Double::valueOf);
    if (y.isEmpty() || x.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new GeoPoint(y.get(), x.get()));
    } catch (IllegalArgumentException e) {
      f.fail(e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<KbEntry> construct(
      FieldReader f, java.util.function.Supplier<KbEntry> make) {
    try {
      return Optional.of(make.get());
    } catch (IllegalArgumentException e) {
      f.fail(e.getMessage());
      return Optional.empty();
    }
  }

  static List<String> forms(List<String> raw, Reading reading, List<Draft.Form> forms) {
    List<String> clean = new ArrayList<>(raw.size());
    for (String s : raw) {
      clean.add(form(s, reading, forms));
    }
    return clean;
  }

  static String form(String raw, Reading reading, List<Draft.Form> forms) {
    boolean shared = raw.startsWith(SHARED);
    String text = shared ? raw.substring(1).strip() : raw;
    forms.add(new Draft.Form(text, reading, shared));
    return text;
  }
}
