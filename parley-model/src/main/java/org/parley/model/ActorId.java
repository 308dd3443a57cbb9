package org.parley.model;

import java.util.regex.Pattern;

/**
 * A party or person: ISO 3166-1 alpha-3 for states ({@code RUS}), a capitalised acronym for
 * organisations and entities ({@code NATO}, {@code DPR}), a lower-case ascii surname slug for
 * people ({@code putin}). The pattern is the contract's, widened to acronyms with digits ({@code
 * G7}), which the annotation guide uses for bodies that meet as such and its schema's pattern
 * lacks.
 */
public record ActorId(String value) implements Comparable<ActorId> {
  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9]{1,5}|[a-z][a-z0-9_-]*");

  public ActorId {
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("not an actor id (RUS, NATO, putin): '" + value + "'");
    }
  }

  public static ActorId of(String value) {
    return new ActorId(value);
  }

  public static boolean isValid(String value) {
    return FORM.matcher(value).matches();
  }

  /** Whether this names a person (lower-case slug) rather than a state or organisation. */
  public boolean isPerson() {
    return Character.isLowerCase(value.charAt(0));
  }

  @Override
  public int compareTo(ActorId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
