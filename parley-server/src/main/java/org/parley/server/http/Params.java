package org.parley.server.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.parley.model.PartialDate;

/**
 * Reads a request's parameters: an HTTP query, or the arguments of an MCP tool call. A parameter
 * the route does not know, one given twice, or a value that does not parse is a 400 naming the
 * parameter ({@link ApiProblem#badParameter}): a misspelt filter never silently widens an answer.
 * Immutable; one per request.
 */
public final class Params {
  private final Map<String, String> values;

  private Params(Map<String, String> values) {
    Map<String, String> kept = new TreeMap<>();
    values.forEach(
        (k, v) -> {
          if (v != null) {
            kept.put(k, v);
          }
        });
    this.values = Map.copyOf(kept);
  }

  /** Parameters given as a map (an MCP tool's arguments), which may only be {@code allowed}. */
  public static Params of(Map<String, String> values, String... allowed) {
    Set<String> known = known(allowed);
    for (String name : new TreeSet<>(values.keySet())) {
      if (!known.contains(name)) {
        throw unknown(name, known);
      }
    }
    return new Params(values);
  }

  /**
   * The parameters of {@code ctx}, which may only be {@code allowed} (plus {@code as_of}).
   *
   * @throws ApiProblem naming the first unknown or repeated parameter
   */
  public static Params of(Context ctx, String... allowed) {
    Set<String> known = known(allowed);
    Map<String, String> values = new TreeMap<>();
    for (var e : new TreeMap<>(ctx.queryParamMap()).entrySet()) {
      if (!known.contains(e.getKey())) {
        throw unknown(e.getKey(), known);
      }
      if (e.getValue().size() > 1) {
        throw ApiProblem.badParameter(
            e.getKey(), "'%s' given more than once".formatted(e.getKey()));
      }
      values.put(e.getKey(), e.getValue().get(0));
    }
    return new Params(values);
  }

  private static Set<String> known(String... allowed) {
    Set<String> known = new TreeSet<>(List.of(allowed));
    known.add("as_of");
    return known;
  }

  private static ApiProblem unknown(String name, Set<String> known) {
    return ApiProblem.badParameter(
        name, "unknown parameter '%s'; this takes %s".formatted(name, known));
  }

  /** The raw value, or {@code null} when absent or blank. */
  public @Nullable String text(String name) {
    String v = values.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** The raw value; absent is a 400. */
  public String required(String name) {
    String v = text(name);
    if (v == null) {
      throw ApiProblem.badParameter(name, "'%s' is required".formatted(name));
    }
    return v;
  }

  /** The value parsed by {@code parser}; its {@link IllegalArgumentException} becomes a 400. */
  public <T> @Nullable T parsed(String name, Function<String, T> parser) {
    String v = text(name);
    return v == null ? null : parse(name, v, parser);
  }

  /** A whole number in [{@code min}, {@code max}], {@code fallback} when absent. */
  public int integer(String name, int fallback, int min, int max) {
    String v = text(name);
    if (v == null) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ApiProblem.badParameter(name, "'%s' is not a whole number: '%s'".formatted(name, v));
    }
    if (n < min || n > max) {
      throw ApiProblem.badParameter(
          name, "'%s' must lie in %d..%d, not %d".formatted(name, min, max, n));
    }
    return n;
  }

  /** A number in [{@code min}, {@code max}], {@code fallback} when absent. */
  public double number(String name, double fallback, double min, double max) {
    String v = text(name);
    if (v == null) {
      return fallback;
    }
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw ApiProblem.badParameter(name, "'%s' is not a number: '%s'".formatted(name, v));
    }
    if (!(d >= min && d <= max)) {
      throw ApiProblem.badParameter(
          name, "'%s' must lie in %s..%s, not %s".formatted(name, min, max, v));
    }
    return d;
  }

  /** {@code true} for "true", {@code false} for "false" or absent. */
  public boolean flag(String name) {
    String v = text(name);
    if (v == null || v.equals("false")) {
      return false;
    }
    if (v.equals("true")) {
      return true;
    }
    throw ApiProblem.badParameter(name, "'%s' is true or false, not '%s'".formatted(name, v));
  }

  /** The first day of a date (YYYY, YYYY-MM or YYYY-MM-DD): 2025-08 → 2025-08-01. */
  public @Nullable LocalDate firstDay(String name) {
    PartialDate d = parsed(name, PartialDate::parse);
    return d == null ? null : d.start();
  }

  /** The last day of a date: 2024 → 2024-12-31. */
  public @Nullable LocalDate lastDay(String name) {
    PartialDate d = parsed(name, PartialDate::parse);
    return d == null ? null : d.end();
  }

  /** Applies {@code parser}, turning its {@link IllegalArgumentException} into a 400. */
  public static <T> T parse(String name, String value, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw ApiProblem.badParameter(name, "'%s' = '%s': %s".formatted(name, value, e.getMessage()));
    }
  }
}
