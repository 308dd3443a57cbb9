package org.parley.kb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.RegionId;

/**
 * The loaded knowledge base: entries by id, surface forms by folded key, and the expansion of
 * aggregates and places to ISO regions. Instances are immutable and safe to share between threads;
 * {@link #loadDefault()} returns one shared instance.
 */
public final class KnowledgeBase {
  private final List<KbEntry> entries;
  private final Map<String, KbEntry> byKey;
  private final Map<String, List<Alias>> readings;
  private final List<Alias> aliases;
  private final Outlets outlets;
  private final Theatre theatre;
  private final List<String> notes;
  private final String version;

  /** The outlets in load order and by folded form. */
  record Outlets(List<Outlet> all, Map<String, Outlet> byForm) {
    Outlets {
      all = List.copyOf(all);
      byForm = Map.copyOf(byForm);
    }
  }

  KnowledgeBase(
      List<KbEntry> entries,
      Map<String, List<Alias>> readings,
      List<Alias> aliases,
      Outlets outlets,
      Theatre theatre,
      List<String> notes,
      String version) {
    this.entries = List.copyOf(entries);
    Map<String, KbEntry> keys = new LinkedHashMap<>();
    for (KbEntry e : entries) {
      keys.put(e.key(), e);
    }
    this.byKey = Map.copyOf(keys);
    this.readings = Map.copyOf(readings);
    this.aliases = List.copyOf(aliases);
    this.outlets = outlets;
    this.theatre = theatre;
    this.notes = List.copyOf(notes);
    this.version = version;
  }

  /**
   * A fingerprint of the data loaded (the first 12 hex digits of the SHA-256 of every file's text,
   * in load order): two knowledge bases with the same version resolve every name the same way.
   */
  public String version() {
    return version;
  }

  /** The bundled data files from the class path; loaded once and shared. */
  public static KnowledgeBase loadDefault() {
    return Bundled.INSTANCE;
  }

  /**
   * The bundled data files followed by {@code userFiles}, in order; an entry in a later file
   * replaces an earlier one with the same id (see {@link #notes()}).
   *
   * @throws KbFormatException naming each file and line that cannot be loaded, and why
   */
  public static KnowledgeBase load(List<Path> userFiles) {
    return userFiles.isEmpty() ? loadDefault() : KbLoader.load(List.copyOf(userFiles));
  }

  /** A state, organisation or entity by id ({@code RUS}, {@code NATO}, {@code DPR}). */
  public Optional<Actor> actor(ActorId id) {
    return typed(id.value(), Actor.class);
  }

  /** A person by slug id ({@code zelensky}). */
  public Optional<Person> person(ActorId id) {
    return typed(id.value(), Person.class);
  }

  /** A region by ISO 3166-2 code ({@code UA-14}, {@code UA}). */
  public Optional<Region> region(RegionId id) {
    return typed(id.value(), Region.class);
  }

  /** An aggregate by id ({@code donbas}). */
  public Optional<Aggregate> aggregate(String id) {
    return typed(id, Aggregate.class);
  }

  /** A place by id ({@code bakhmut}, {@code kharkiv-city}). */
  public Optional<Place> place(String id) {
    return typed(id, Place.class);
  }

  /** Any entry by its key, whatever its kind. */
  public Optional<KbEntry> entry(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /**
   * Every entry that {@code mention} may denote, in entry order (actors, people, regions,
   * aggregates, places; then by key); empty when no form folds to the same key. "Kyiv" gives the
   * state UKR (as a metonym) and the region UA-30; {@link #readings(String)} says how each reads.
   */
  public List<KbEntry> find(String mention) {
    return readings(mention).stream().map(Alias::entry).distinct().toList();
  }

  /** The forms that {@code mention} matches, each with its entry and reading, in entry order. */
  public List<Alias> readings(String mention) {
    return readings.getOrDefault(FormNormalizer.normalize(mention), List.of());
  }

  /** Every (surface form, entry) pair: entries in entry order, each entry's forms in file order. */
  public Collection<Alias> aliases() {
    return aliases;
  }

  /**
   * The ISO regions an id or form stands for, sorted and distinct: a region gives itself, an
   * aggregate its members, a place its region and an entity (DPR) its territory. Forms with several
   * readings give the union ("Kharkiv": the region and the city both give UA-63); states and people
   * give nothing. Empty when nothing matches.
   */
  public List<RegionId> expand(String idOrAlias) {
    Set<RegionId> out = new TreeSet<>();
    KbEntry byId = byKey.get(idOrAlias);
    if (byId != null) {
      addRegions(byId, out);
    } else {
      find(idOrAlias).forEach(e -> addRegions(e, out));
    }
    return List.copyOf(out);
  }

  /** Every entry, in entry order. */
  public List<KbEntry> entries() {
    return entries;
  }

  /** Every entry of one type ({@code Person.class}), in key order. */
  public <T extends KbEntry> List<T> entries(Class<T> type) {
    return entries.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * Every news outlet, agency, broadcaster and research institute, in load order. Outlets are not
   * entries: {@link #find}, {@link #aliases()} and {@link #entries()} never give them.
   */
  public List<Outlet> outlets() {
    return outlets.all();
  }

  /** An outlet by id ({@code reuters}, {@code nyt}). */
  public Optional<Outlet> outlet(String id) {
    return outlets.all().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /**
   * The press office whose domain {@code outlet} or {@code url} names (a document published on
   * kremlin.ru), if any.
   */
  public Optional<Outlet> publisher(@Nullable String outlet, @Nullable String url) {
    String where = (outlet == null ? "" : outlet) + " " + (url == null ? "" : url);
    return outlets.all().stream()
        .filter(o -> o.pressOffice().map(p -> p.publishes(where)).orElse(false))
        .findFirst();
  }

  /** The outlet one of whose forms {@code mention} folds to ("the New York Times", "NYT"). */
  public Optional<Outlet> outletNamed(String mention) {
    return Optional.ofNullable(outlets.byForm().get(FormNormalizer.normalize(mention)));
  }

  /**
   * The conflict the data describes: its sides, contested country, default beneficiaries and
   * vocabulary ({@code theatre.tsv}).
   */
  public Theatre theatre() {
    return theatre;
  }

  /** Informational messages from loading, e.g. which user entry replaced which bundled one. */
  public List<String> notes() {
    return notes;
  }

  /**
   * Up to {@code limit} known forms that look like {@code mention} (small edit distance, or one
   * containing the other), best first: suggestions for a name that {@link #find} does not know.
   */
  public List<String> suggest(String mention, int limit) {
    Set<String> known = new LinkedHashSet<>();
    aliases.forEach(a -> known.add(a.form()));
    known.addAll(byKey.keySet());
    return NearMatches.rank(mention, new ArrayList<>(known), limit);
  }

  private static void addRegions(KbEntry e, Set<RegionId> out) {
    switch (e) {
      case Actor a -> out.addAll(a.type() == ActorType.ENTITY ? a.territory() : List.of());
      case Person p -> {}
      case Region r -> out.add(r.id());
      case Aggregate g -> out.addAll(g.regions());
      case Place p -> out.add(p.region());
    }
  }

  private <T extends KbEntry> Optional<T> typed(String key, Class<T> type) {
    KbEntry e = byKey.get(key);
    return type.isInstance(e) ? Optional.of(type.cast(e)) : Optional.empty();
  }

  /** Holder of the shared default instance, loaded on first use (JLS 12.4.2 makes it safe). */
  private static final class Bundled {
    static final KnowledgeBase INSTANCE = KbLoader.load(List.of());
  }
}
