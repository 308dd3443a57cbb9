package org.parley.model;

/** How sure the reporting is, as the text itself says (the contract's {@code status}). */
public enum Status {
  /** Said on record, or stated as fact. */
  ASSERTED,
  /** Relayed from another report or from unnamed sources. */
  REPORTED,
  /** The text says it could not be verified. */
  UNVERIFIED,
  /** The text calls the figure an estimate. */
  ESTIMATED,
  /** Another party in the text contests it. */
  DISPUTED,
  /** Its holder denies it. */
  DENIED;

  /** The contract's spelling: {@code asserted}, {@code reported}, … */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Status fromCode(String code) {
    for (Status s : values()) {
      if (s.code().equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown status '" + code + "'");
  }
}
