package org.parley.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Splits the text of one knowledge-base file into {@link RawRecord}s: one record a line, cells
 * separated by tabs ({@code KIND ID NAME key=value ...}), {@code #} comments and blank lines
 * skipped. Problems (a malformed line, an unknown kind, an id given twice in the file) are added to
 * the caller's list; the line is then skipped.
 */
final class KbFileParser {
  static final Set<String> KINDS =
      Set.of(
          "state",
          "org",
          "entity",
          "person",
          "region",
          "aggregate",
          "place",
          "outlet",
          "side",
          "theatre");

  private KbFileParser() {}

  static List<RawRecord> parse(String file, String text, List<String> problems) {
    List<RawRecord> records = new ArrayList<>();
    Map<String, SourceLine> seen = new HashMap<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = i == 0 ? stripBom(lines.get(i)) : lines.get(i);
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      SourceLine at = new SourceLine(file, i + 1);
      RawRecord r = parseLine(at, line, problems);
      if (r == null) {
        continue;
      }
      SourceLine first = seen.putIfAbsent(r.id(), at);
      if (first != null) {
        problems.add(
            at.problem("id " + r.id() + " is defined twice in this file (first at " + first + ")"));
      } else {
        records.add(r);
      }
    }
    return records;
  }

  private static @Nullable RawRecord parseLine(SourceLine at, String line, List<String> problems) {
    List<String> cells = new ArrayList<>();
    for (String cell : line.split("\t")) {
      if (!cell.isBlank()) {
        cells.add(cell.strip());
      }
    }
    if (cells.size() < 3) {
      problems.add(
          at.problem(
              "malformed line: expected TAB-separated KIND, ID, NAME and key=value fields, got '%s'"
                  .formatted(abbreviate(line))));
      return null;
    }
    String kind = cells.get(0);
    if (!KINDS.contains(kind)) {
      problems.add(
          at.problem(
              "unknown kind '%s' (expected one of %s)"
                  .formatted(kind, String.join(", ", KINDS.stream().sorted().toList()))));
      return null;
    }
    Map<String, String> fields = fields(at, cells.subList(3, cells.size()), problems);
    return fields == null ? null : new RawRecord(at, kind, cells.get(1), cells.get(2), fields);
  }

  private static @Nullable Map<String, String> fields(
      SourceLine at, List<String> cells, List<String> problems) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String cell : cells) {
      int eq = cell.indexOf('=');
      if (eq <= 0) {
        problems.add(at.problem("malformed field '" + abbreviate(cell) + "': expected key=value"));
        return null;
      }
      String key = cell.substring(0, eq).strip();
      if (fields.put(key, cell.substring(eq + 1).strip()) != null) {
        problems.add(at.problem("field '" + key + "' is given twice"));
        return null;
      }
    }
    return fields;
  }

  private static String stripBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
