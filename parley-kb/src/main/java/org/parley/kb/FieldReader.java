package org.parley.kb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the typed values of one {@link RawRecord}'s fields, recording problems (a missing required
 * field, a value that does not parse, a field the kind does not have) instead of throwing.
 */
final class FieldReader {
  /** Fields any record may carry; they document the data and are not loaded. */
  private static final Set<String> FREE = Set.of("note", "source");

  private final RawRecord record;
  private final List<String> problems;
  private final Set<String> used = new HashSet<>(FREE);
  private boolean failed;

  FieldReader(RawRecord record, List<String> problems) {
    this.record = record;
    this.problems = problems;
  }

  /** The {@code |}-separated values of a field, empty when absent. */
  List<String> list(String key) {
    used.add(key);
    String v = record.fields().get(key);
    if (v == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : v.split("\\|")) {
      String s = part.strip();
      if (s.isEmpty() || s.equals("~")) {
        fail("field '" + key + "' has an empty value");
      } else {
        out.add(s);
      }
    }
    return out;
  }

  Optional<String> optional(String key) {
    used.add(key);
    return Optional.ofNullable(record.fields().get(key));
  }

  String required(String key) {
    Optional<String> v = optional(key);
    if (v.isEmpty() || v.get().isBlank()) {
      fail("missing required field '" + key + "='");
      return "";
    }
    return v.get();
  }

  <T> List<T> each(String key, String what, Function<String, T> parse) {
    List<T> out = new ArrayList<>();
    for (String s : list(key)) {
      parse(s, what, parse).ifPresent(out::add);
    }
    return out;
  }

  <T> Optional<T> parse(String value, String what, Function<String, T> parse) {
    try {
      return Optional.of(parse.apply(value));
    } catch (IllegalArgumentException e) {
      fail("'" + value + "' is not " + what);
      return Optional.empty();
    }
  }

  <E extends Enum<E>> Optional<E> enumValue(String key, Class<E> type) {
    String v = required(key);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_')));
    } catch (IllegalArgumentException e) {
      fail("'" + v + "' is not a " + key + " (" + names(type) + ")");
      return Optional.empty();
    }
  }

  void fail(String message) {
    failed = true;
    problems.add(record.at().problem(record.kind() + " " + record.id() + ": " + message));
  }

  /** Whether every field was read and parsed; reports the fields this kind does not have. */
  boolean succeeded() {
    for (String key : record.fields().keySet()) {
      if (!used.contains(key)) {
        fail("unknown field '" + key + "' for kind " + record.kind());
      }
    }
    return !failed;
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    return String.join("|", names);
  }
}
