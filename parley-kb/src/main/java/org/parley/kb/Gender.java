package org.parley.kb;

/**
 * A person's grammatical gender as the data gives it ({@code gender=m} or {@code gender=f}), for
 * pronoun agreement in coreference; {@link #UNKNOWN} where the data says nothing.
 */
public enum Gender {
  /** Referred to as "he". */
  MALE,
  /** Referred to as "she". */
  FEMALE,
  /** Not given in the data: agrees with any pronoun. */
  UNKNOWN;

  /** Whether this gender is known (not {@link #UNKNOWN}). */
  public boolean isKnown() {
    return this != UNKNOWN;
  }
}
