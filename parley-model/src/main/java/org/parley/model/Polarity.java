package org.parley.model;

/** Whether a provision should happen ({@code FOR}) or should not ({@code AGAINST}). */
public enum Polarity {
  FOR,
  AGAINST;

  public String code() {
    return this == FOR ? "for" : "against";
  }

  public Polarity opposite() {
    return this == FOR ? AGAINST : FOR;
  }

  public static Polarity fromCode(String code) {
    return switch (code) {
      case "for" -> FOR;
      case "against" -> AGAINST;
      default -> throw new IllegalArgumentException("unknown polarity '" + code + "'");
    };
  }
}
