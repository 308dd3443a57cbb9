package org.parley.analysis.settlement;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.RegionId;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a settlement proposal from YAML (format in {@code docs/proposal-format.md}). Unknown keys
 * are errors, since a misspelt {@code share} would silently move everything; every error names the
 * file and the place ({@code terms[2].to}). A relative {@code map} is resolved against the file's
 * folder. Stateless and thread-safe (a YAML parser is made per call).
 */
public final class ProposalReader {
  private static final Set<String> TOP_KEYS =
      Set.of("name", "description", "source", "reference", "map", "terms");
  private static final Set<String> TERM_KEYS =
      Set.of(
          "cede",
          "withdraw",
          "freeze",
          "return",
          "to",
          "who",
          "by",
          "share",
          "area_km2",
          "extent",
          "note");

  /** The proposal in {@code file}. */
  public Proposal read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read proposal " + file, e);
    }
  }

  /**
   * The proposal in {@code text} (YAML, or JSON, which is YAML too), named {@code name} in
   * messages; a relative {@code map} in it resolves against the working folder.
   */
  public Proposal read(String text, String name) {
    try {
      return read(new java.io.StringReader(text), Path.of(name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read proposal " + name, e);
    }
  }

  private Proposal read(Reader in, Path file) throws IOException {
    Object root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (YAMLException e) {
      throw new IllegalArgumentException(file + ": not YAML: " + e.getMessage(), e);
    }
    try {
      return proposal(map(root, "the document"), file);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  private static Proposal proposal(Map<String, Object> top, Path file) {
    checkKeys(top, TOP_KEYS, "the document");
    String map = text(top, "map", "map");
    Path folder = file.toAbsolutePath().getParent();
    Path mapPath = map == null ? null : (folder == null ? Path.of(map) : folder.resolve(map));
    List<Term> terms = new ArrayList<>();
    Object list = top.get("terms");
    if (!(list instanceof List<?> items)) {
      throw new IllegalArgumentException("'terms' must be a list of terms");
    }
    for (int i = 0; i < items.size(); i++) {
      String where = "terms[" + i + "]";
      try {
        terms.add(term(map(items.get(i), where), where));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            e.getMessage().startsWith(where) ? e.getMessage() : where + ": " + e.getMessage(), e);
      }
    }
    String name = text(top, "name", "name");
    return new Proposal(
        name == null ? "" : name,
        text(top, "description", "description"),
        text(top, "source", "source"),
        date(top.get("reference")),
        mapPath,
        terms);
  }

  private static Term term(Map<String, Object> t, String where) {
    checkKeys(t, TERM_KEYS, where);
    TermAction action = action(t, where);
    String partyKey = Term.partyKey(action);
    String party = text(t, partyKey, where + "." + partyKey);
    for (String k : List.of("to", "who", "by")) {
      if (!k.equals(partyKey) && t.containsKey(k)) {
        throw new IllegalArgumentException(
            "%s: '%s' does not go with %s (use '%s')".formatted(where, k, action.code(), partyKey));
      }
    }
    String extent = text(t, "extent", where + ".extent");
    if (extent != null && !extent.equals("all") && !extent.equals("some")) {
      throw new IllegalArgumentException(where + ".extent: 'all' or 'some', not '" + extent + "'");
    }
    return new Term(
        action,
        regions(t.get(action.code()), where + "." + action.code()),
        party == null ? null : ActorId.of(party),
        number(t, "share", where),
        number(t, "area_km2", where),
        "some".equals(extent),
        text(t, "note", where + ".note"));
  }

  private static TermAction action(Map<String, Object> t, String where) {
    List<TermAction> found = new ArrayList<>();
    for (TermAction a : TermAction.values()) {
      if (t.containsKey(a.code())) {
        found.add(a);
      }
    }
    if (found.size() != 1) {
      throw new IllegalArgumentException(
          where
              + ": a term has exactly one of cede, withdraw, freeze, return (found "
              + found.size()
              + ")");
    }
    return found.get(0);
  }

  private static List<RegionId> regions(@Nullable Object value, String where) {
    List<?> items = value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
    List<RegionId> out = new ArrayList<>();
    for (Object o : items) {
      if (!(o instanceof String s) || !RegionId.isValid(s.strip())) {
        throw new IllegalArgumentException(where + ": not an ISO 3166-2 region id (UA-14): " + o);
      }
      out.add(RegionId.of(s.strip()));
    }
    return out;
  }

  private static @Nullable Double number(Map<String, Object> t, String key, String where) {
    Object v = t.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof Number n)) {
      throw new IllegalArgumentException(where + "." + key + ": not a number: " + v);
    }
    return n.doubleValue();
  }

  private static @Nullable LocalDate date(@Nullable Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Date d) {
      return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
    try {
      return LocalDate.parse(v.toString().strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("reference: not a date (YYYY-MM-DD): " + v, e);
    }
  }

  private static @Nullable String text(Map<String, Object> m, String key, String where) {
    Object v = m.get(key);
    if (v != null && !(v instanceof String) && !(v instanceof Number)) {
      throw new IllegalArgumentException(where + ": expected text, found " + v);
    }
    return v == null ? null : v.toString().strip();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(@Nullable Object o, String where) {
    if (!(o instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException(where + ": expected a mapping of keys to values");
    }
    return (Map<String, Object>) m;
  }

  private static void checkKeys(Map<String, Object> m, Set<String> allowed, String where) {
    for (Object k : m.keySet()) {
      if (!allowed.contains(String.valueOf(k))) {
        throw new IllegalArgumentException(
            "%s: unknown key '%s' (allowed: %s)"
                .formatted(where, k, String.join(", ", allowed.stream().sorted().toList())));
      }
    }
  }
}
