package org.parley.extract.position;

/** How a party comes to be a candidate voice of a position in a sentence. */
public enum HolderCue {
  /** The party, or a person speaking for it, is named in the sentence. */
  MENTION,
  /** It is the first party named in the sentence's main clause, not after a preposition. */
  SUBJECT,
  /** It is named right after a preposition ("to Kyiv", "with Moscow"). */
  OBJECT,
  /** A pronoun in the sentence stands for it or for its person. */
  PRONOUN,
  /** It speaks the quotation the sentence stands in or holds. */
  SPEAKER,
  /** It publishes the document (an official readout or address). */
  HOUSE,
  /** The sentence speaks in the first person ("we", "our") for it. */
  FIRST_PERSON,
  /** A collective subject ("the two leaders", "both sides") includes it. */
  COLLECTIVE
}
