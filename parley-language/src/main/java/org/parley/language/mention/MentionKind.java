package org.parley.language.mention;

/** The kinds of {@link Mention}. */
public enum MentionKind {
  /** A named person ("Russian President Vladimir Putin", "Haidai"). */
  PERSON,
  /** A state, organisation or entity, by name, metonym or adjective ("the Kremlin", "Moscow"). */
  ACTOR,
  /** An unnamed source ("a senior NATO defense official", "sources familiar with …"). */
  SOURCE,
  /** A news outlet or research institute cited as a source ("Reuters", "the ISW"). */
  OUTLET,
  /** A region, a place, an aggregate or a coordinated list of them. */
  REGION,
  /** A definite description that needs coreference ("the official", "the Kremlin leader"). */
  ROLE
}
