package org.parley.extract.measure;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads numbers written in digits ("1,250", "7.5") or words ("seven", "twenty-five", "a third").
 */
final class NumberWords {
  static final String WORDS =
      "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
          + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
          + "|ninety|hundred";

  /** The fraction phrases this class reads, longest first, as a regex alternation. */
  static final String FRACTION_WORDS =
      "two[- ]thirds|three[- ]quarters|two[- ]fifths|one[- ]third|one[- ]quarter|one[- ]fifth"
          + "|one[- ]tenth|one half|a half|a third|a quarter|a fifth|a tenth|half";

  private static final Map<String, Integer> VALUES =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("hundred", 100));
  private static final Map<String, Double> FRACTIONS =
      Map.ofEntries(
          Map.entry("half", 0.5),
          Map.entry("a half", 0.5),
          Map.entry("one half", 0.5),
          Map.entry("a third", 1 / 3.0),
          Map.entry("one third", 1 / 3.0),
          Map.entry("one-third", 1 / 3.0),
          Map.entry("two thirds", 2 / 3.0),
          Map.entry("two-thirds", 2 / 3.0),
          Map.entry("a quarter", 0.25),
          Map.entry("one quarter", 0.25),
          Map.entry("one-quarter", 0.25),
          Map.entry("three quarters", 0.75),
          Map.entry("three-quarters", 0.75),
          Map.entry("a fifth", 0.2),
          Map.entry("one fifth", 0.2),
          Map.entry("one-fifth", 0.2),
          Map.entry("two fifths", 0.4),
          Map.entry("two-fifths", 0.4),
          Map.entry("a tenth", 0.1),
          Map.entry("one tenth", 0.1),
          Map.entry("one-tenth", 0.1));

  private NumberWords() {}

  /** The value of a number in digits or words; empty when it is not one. */
  static OptionalDouble value(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace(",", "");
    if (t.matches("\\d+(?:\\.\\d+)?")) {
      return OptionalDouble.of(Double.parseDouble(t));
    }
    String[] parts = t.split("[- ]");
    double total = 0;
    for (String p : parts) {
      Integer v = VALUES.get(p);
      if (v == null) {
        return OptionalDouble.empty();
      }
      total = v == 100 ? Math.max(total, 1) * 100 : total + v;
    }
    return parts.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(total);
  }

  /** The value of a fraction phrase ("two-thirds", "a fifth"); empty when it is not one. */
  static OptionalDouble fraction(String text) {
    Double v = FRACTIONS.get(text.strip().toLowerCase(Locale.ROOT).replace('-', ' '));
    if (v == null) {
      v = FRACTIONS.get(text.strip().toLowerCase(Locale.ROOT));
    }
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
