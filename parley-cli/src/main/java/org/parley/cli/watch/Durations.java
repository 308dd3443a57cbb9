package org.parley.cli.watch;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes short durations: {@code 30s}, {@code 15m}, {@code 2h}, {@code 1d}. */
final class Durations {
  private static final Pattern FORM = Pattern.compile("(\\d{1,6})(ms|s|m|h|d)");

  private Durations() {}

  /** Reads {@code text} for {@code option}; fails naming both. */
  static Duration parse(String option, String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw new IllegalArgumentException(
          "%s '%s' is not a positive duration such as 30s, 15m, 2h or 1d".formatted(option, text));
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }

  /** {@code 15m}, {@code 90s}, {@code 2h}. */
  static String describe(Duration d) {
    long s = d.toSeconds();
    if (s % 3600 == 0 && s > 0) {
      return s / 3600 + "h";
    }
    if (s % 60 == 0 && s > 0) {
      return s / 60 + "m";
    }
    return s > 0 ? s + "s" : d.toMillis() + "ms";
  }
}
