package org.parley.model;

import java.util.Locale;

/** The six kinds of claim record in {@code parley.claim/1}. */
public enum ClaimKind {
  DEMAND,
  OFFER,
  REJECTION,
  CONTROL,
  STATEMENT,
  MEETING;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether records of this kind carry a {@link Provision}. */
  public boolean isPosition() {
    return this == DEMAND || this == OFFER || this == REJECTION;
  }

  public static ClaimKind fromCode(String code) {
    for (ClaimKind k : values()) {
      if (k.code().equals(code)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown claim kind '" + code + "'");
  }
}
