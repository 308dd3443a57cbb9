package org.parley.kb;

/** What kind of party an {@link Actor} is. */
public enum ActorType {
  /** A sovereign state, keyed by ISO 3166-1 alpha-3. */
  STATE,
  /** An international organisation or alliance, keyed by its acronym. */
  ORGANISATION,
  /** A self-proclaimed or unrecognised entity (the DPR, the LPR). */
  ENTITY
}
