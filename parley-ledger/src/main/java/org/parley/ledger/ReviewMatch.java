package org.parley.ledger;

import java.util.List;
import java.util.Objects;
import org.parley.model.Claim;
import org.parley.model.Control;
import org.parley.model.Meeting;
import org.parley.model.Position;
import org.parley.model.Span;
import org.parley.model.Statement;

/**
 * Whether a review applies to a claim. It does to the entry reviewed, and to any claim of the same
 * document that a later extraction produced in its place: the same kind and holder saying the same
 * thing (provision type, polarity and regions; regions and figure; words; participants) as the
 * claim the reviewer saw or as the claim the reviewer made of it, with evidence overlapping the
 * reviewed evidence. So a correction survives re-extraction whether the newer extractor repeats the
 * mistake or no longer makes it. Stateless.
 */
public final class ReviewMatch {
  private ReviewMatch() {}

  /** Whether {@code review} applies to {@code entry}. */
  public static boolean applies(ReviewRecord review, LedgerEntry entry) {
    if (review.entry().equals(entry.id())) {
      return true;
    }
    Claim c = entry.claim();
    if (!c.doc().equals(review.doc()) || !overlap(c, review.target())) {
      return false;
    }
    String what = identity(c);
    return what.equals(identity(review.target()))
        || (review.corrected() != null && what.equals(identity(review.corrected())));
  }

  /**
   * Whether two claims of one document are versions of one claim (two extractions of it): they say
   * the same thing with overlapping evidence.
   */
  public static boolean sameClaim(Claim a, Claim b) {
    return a.doc().equals(b.doc()) && overlap(a, b) && identity(a).equals(identity(b));
  }

  /** What a claim says, without its evidence, dates and confidence. */
  static String identity(Claim c) {
    String content =
        switch (c) {
          case Position p ->
              p.provision().type().code()
                  + " "
                  + p.provision().polarity().code()
                  + " "
                  + p.provision().regions();
          case Control k -> k.regions() + " " + k.measure();
          case Statement s -> s.quote();
          case Meeting m -> m.participants().toString();
        };
    return c.kind().code() + " " + Objects.toString(c.holder()) + " " + content;
  }

  private static boolean overlap(Claim a, Claim b) {
    List<Span> x = a.provenance().evidence().spans();
    List<Span> y = b.provenance().evidence().spans();
    for (Span s : x) {
      for (Span t : y) {
        if (s.start() < t.end() && t.start() < s.end()) {
          return true;
        }
      }
    }
    return false;
  }
}
