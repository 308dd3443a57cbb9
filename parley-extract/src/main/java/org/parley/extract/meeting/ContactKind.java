package org.parley.extract.meeting;

import java.util.Locale;

/** What kind of contact a meeting word names. */
public enum ContactKind {
  /** A meeting in person ("met", "a meeting"). */
  MEET,
  /** Talks, negotiations, consultations, a round; or speaking with someone. */
  TALKS,
  /** A telephone or video call or conversation: it gets no place. */
  CALL,
  /** A summit or a conference. */
  SUMMIT,
  /** A visit: the host takes part. */
  VISIT,
  /** Receiving or hosting someone. */
  RECEIVE,
  /** Informing or briefing someone. */
  INFORM,
  /** Discussing something together. */
  DISCUSS;

  /** The lexicon's name of the kind. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static ContactKind fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
