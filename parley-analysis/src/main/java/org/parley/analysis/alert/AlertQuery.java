package org.parley.analysis.alert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.ledger.LedgerEntry;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.Control;
import org.parley.model.Meeting;
import org.parley.model.Position;
import org.parley.model.RegionId;
import org.parley.model.Statement;

/**
 * A saved query: {@code key=value} terms that must all hold, values may use {@code *} as a
 * wildcard. Keys: {@code party} (holder, agent or participant), {@code kind}, {@code type}
 * (provision type), {@code region}, {@code status}, {@code outlet}. {@code party=RUS
 * type=territory.*} selects Russia's positions on territory. Immutable and thread-safe.
 */
public record AlertQuery(String name, String text, Map<String, Pattern> terms) {
  private static final List<String> KEYS =
      List.of("party", "kind", "type", "region", "status", "outlet");

  public AlertQuery {
    Objects.requireNonNull(name, "name");
    terms = Map.copyOf(terms);
  }

  /**
   * Reads {@code text} ({@code party=RUS type=territory.*}); {@code name} names it in alerts.
   *
   * @throws IllegalArgumentException naming a term that is not {@code key=value} or an unknown key
   */
  public static AlertQuery parse(String name, String text) {
    Map<String, Pattern> terms = new LinkedHashMap<>();
    for (String term : text.strip().split("\\s+")) {
      if (term.isEmpty()) {
        continue;
      }
      int eq = term.indexOf('=');
      String key = eq < 0 ? "" : term.substring(0, eq).toLowerCase(Locale.ROOT);
      if (eq <= 0 || eq == term.length() - 1 || !KEYS.contains(key)) {
        throw new IllegalArgumentException(
            "alert '%s': '%s' is not KEY=VALUE with KEY one of %s".formatted(text, term, KEYS));
      }
      terms.put(key, glob(term.substring(eq + 1)));
    }
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("alert '" + text + "' has no terms");
    }
    return new AlertQuery(name, text.strip(), terms);
  }

  /**
   * The queries of a saved-query file: one per line, {@code NAME: QUERY} or just {@code QUERY};
   * blank lines and lines starting with {@code #} are skipped.
   */
  public static List<AlertQuery> parseFile(List<String> lines, String file) {
    List<AlertQuery> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      boolean named = colon > 0 && !line.substring(0, colon).contains("=");
      String where = file + ":" + (i + 1);
      try {
        out.add(
            named
                ? parse(line.substring(0, colon).strip(), line.substring(colon + 1))
                : parse(where, line));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** Whether a claim (with its outlet) passes every term. */
  public boolean matches(LedgerEntry e) {
    Claim c = e.claim();
    return any("party", parties(c))
        && any("kind", List.of(c.kind().code()))
        && any("type", c instanceof Position p ? List.of(p.provision().type().code()) : List.of())
        && any("region", regions(c))
        && any(
            "status",
            c.provenance().status() == null ? List.of() : List.of(c.provenance().status().code()))
        && any("outlet", e.outlet() == null ? List.of() : List.of(e.outlet()));
  }

  /** Whether a dispute about {@code holder}, {@code regions} and {@code type} passes the terms. */
  public boolean matchesSubject(
      @Nullable ActorId holder, List<RegionId> regions, @Nullable String type, String kind) {
    return any("party", holder == null ? List.of() : List.of(holder.value()))
        && any("region", regions.stream().map(RegionId::value).toList())
        && any("type", type == null ? List.of() : List.of(type))
        && any("kind", List.of(kind))
        && !terms.containsKey("status")
        && !terms.containsKey("outlet");
  }

  private boolean any(String key, List<String> values) {
    Pattern p = terms.get(key);
    return p == null || values.stream().anyMatch(v -> p.matcher(v).matches());
  }

  private static List<String> parties(Claim c) {
    List<String> out = new ArrayList<>();
    if (c.holder() != null) {
      out.add(c.holder().value());
    }
    if (c.agent() != null) {
      out.add(c.agent());
    }
    if (c instanceof Meeting m) {
      m.participants().forEach(a -> out.add(a.value()));
    }
    return out;
  }

  private static List<String> regions(Claim c) {
    List<RegionId> r =
        switch (c) {
          case Position p -> p.provision().regions();
          case Control k -> k.regions();
          case Statement s -> List.of();
          case Meeting m -> List.of();
        };
    return r.stream().map(RegionId::value).toList();
  }

  private static Pattern glob(String value) {
    StringBuilder re = new StringBuilder();
    for (String part : value.split("\\*", -1)) {
      if (!re.isEmpty()) {
        re.append(".*");
      }
      re.append(Pattern.quote(part));
    }
    return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE);
  }
}
