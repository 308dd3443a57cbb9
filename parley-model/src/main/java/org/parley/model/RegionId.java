package org.parley.model;

import java.util.regex.Pattern;

/** An ISO 3166-2 subdivision ({@code UA-14}) or a whole country ({@code UA}). */
public record RegionId(String value) implements Comparable<RegionId> {
  private static final Pattern FORM = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

  public RegionId {
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "not an ISO 3166-2 region id (UA-14, UA): '" + value + "'");
    }
  }

  public static RegionId of(String value) {
    return new RegionId(value);
  }

  public static boolean isValid(String value) {
    return FORM.matcher(value).matches();
  }

  /** Whether this is a whole country ({@code UA}) rather than a subdivision. */
  public boolean isCountry() {
    return value.length() == 2;
  }

  /** The ISO 3166-1 alpha-2 code of the country it lies in. */
  public String country() {
    return value.substring(0, 2);
  }

  @Override
  public int compareTo(RegionId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
