package org.parley.model.limit;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size in bytes, read from and written as users write it: {@code 512k}, {@code 16m}, {@code 1g}.
 */
public record ByteSize(long bytes) {
  private static final Pattern TEXT =
      Pattern.compile(
          "(\\d+)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib|t|tb|tib)?", Pattern.CASE_INSENSITIVE);
  private static final String[] UNITS = {"bytes", "KiB", "MiB", "GiB", "TiB"};

  public ByteSize {
    if (bytes < 1) {
      throw new IllegalArgumentException("a size must be at least one byte, not " + bytes);
    }
  }

  /**
   * Reads {@code 1048576}, {@code 512k}, {@code 16m}, {@code 16MiB}, {@code 1g} (units are powers
   * of 1024, case-insensitive); fails naming the text and the accepted forms.
   */
  public static ByteSize parse(String text) {
    Matcher m = TEXT.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'%s' is not a size: write bytes or a number with k, m, g or t (e.g. 16m)"
              .formatted(text));
    }
    String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
    int shift =
        switch (unit.charAt(0)) {
          case 'k' -> 10;
          case 'm' -> 20;
          case 'g' -> 30;
          case 't' -> 40;
          default -> 0;
        };
    try {
      long n = Long.parseLong(m.group(1));
      if (n > (Long.MAX_VALUE >> shift)) {
        throw new NumberFormatException();
      }
      return new ByteSize(n << shift);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("size '%s' is too large".formatted(text), e);
    }
  }

  /** The size in the largest unit that divides it exactly ({@code 16 MiB}, {@code 1500 bytes}). */
  @Override
  public String toString() {
    return describe(bytes);
  }

  /** {@code n} bytes in words, as {@link #toString()} writes them. */
  public static String describe(long n) {
    int unit = 0;
    long value = n;
    while (unit < UNITS.length - 1 && value >= 1024 && value % 1024 == 0) {
      value /= 1024;
      unit++;
    }
    return value + " " + UNITS[unit];
  }
}
