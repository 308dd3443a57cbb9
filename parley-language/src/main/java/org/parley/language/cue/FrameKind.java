package org.parley.language.cue;

/** The kinds of reporting frame. */
public enum FrameKind {
  /** "X told Reuters". */
  TOLD,
  /** "according to X". */
  ACCORDING_TO,
  /**
   * An outlet or report relays it: "the ISW reported", "the report claimed", "reports confirmed".
   */
  REPORTED,
  /** "in an interview with … on CNN": governs the rest of the paragraph. */
  INTERVIEW,
  /** "wrote in an opinion piece in the New York Times". */
  PUBLISHED,
  /** "This was stated by X": governs the sentence before as well. */
  STATED_BY,
  /**
   * An unnamed source after what it relays: "…, one of the officials said.", "…, a person familiar
   * with the matter said." Governs the content before the comma; the claims there are reported.
   */
  SAID
}
