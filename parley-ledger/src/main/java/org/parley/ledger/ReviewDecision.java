package org.parley.ledger;

import java.util.Locale;

/** What a reviewer decided about a claim: it is right, it is wrong, or some fields are wrong. */
public enum ReviewDecision {
  ACCEPT,
  REJECT,
  CORRECT;

  /** {@code accept}, {@code reject}, {@code correct}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a code. */
  public static ReviewDecision fromCode(String code) {
    for (ReviewDecision d : values()) {
      if (d.code().equals(code)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown review decision '" + code + "'");
  }
}
