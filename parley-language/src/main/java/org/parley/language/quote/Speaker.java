package org.parley.language.quote;

import java.util.Objects;
import org.parley.language.coref.Referent;
import org.parley.model.Span;

/** Who spoke a quotation: a known referent with the cue that says so, or unknown with a reason. */
public sealed interface Speaker {
  /**
   * The speaker is {@code referent}: named by the mention (or pronoun/description) at {@code
   * mention}, through {@code cue}.
   */
  record Known(Referent referent, Span mention, SpeakerCue cue) implements Speaker {
    public Known {
      Objects.requireNonNull(referent, "referent");
      Objects.requireNonNull(mention, "mention");
      Objects.requireNonNull(cue, "cue");
    }
  }

  /** No speaker can be read from the text; {@code reason} says why. */
  record Unknown(String reason) implements Speaker {
    public Unknown {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Where the speaker was found. */
  enum SpeakerCue {
    /** A reporting verb after the quotation in its sentence ("…," said Haidai.). */
    AFTER,
    /** A reporting verb before the quotation in its sentence (Haidai said: "…"). */
    BEFORE,
    /** "According to X" in the sentence. */
    ACCORDING_TO,
    /** An introducing sentence before it ending with a colon. */
    INTRODUCTION,
    /** The speaker of the quotation it continues. */
    CONTINUATION
  }
}
