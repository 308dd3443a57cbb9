package org.parley.language.mention;

/** How an {@link ActorMention} names its actor. */
public enum ActorForm {
  /** The name or another name ("Russia", "the Russian Federation", "NATO"). */
  NAME,
  /** A place standing for the government ("Moscow", "the Kremlin", "the White House"). */
  METONYM,
  /** An adjective before a group noun or in a compound ("Russian forces", "Russian-held"). */
  ADJECTIVE,
  /**
   * A body of the actor that speaks for it ("Russia's foreign ministry", "the city council"), or
   * "it" standing for the actor before a reporting verb.
   */
  BODY
}
