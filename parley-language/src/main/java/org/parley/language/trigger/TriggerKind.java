package org.parley.language.trigger;

/** Why the pre-pass selected a sentence. */
public enum TriggerKind {
  /** A demand, condition or call ("demands", "insisted", "must", "wish list"). */
  DEMAND,
  /** An offer or readiness ("ready to", "proposed", "agreed to"). */
  OFFER,
  /** A refusal ("rejected", "rules out", "will never"). */
  REJECTION,
  /** A provision of a settlement ("ceasefire", "NATO", "neutral", "sanctions", "cede"). */
  PROVISION,
  /** Territorial control ("controls", "occupied", "captured") or a figure ("20 percent"). */
  CONTROL,
  /** Talks, a meeting or a call ("talks", "met", "telephone conversation", "summit"). */
  MEETING,
  /** A quotation mark. */
  QUOTE,
  /** A mention of a party, a person or a source, or a personal pronoun. */
  ACTOR
}
