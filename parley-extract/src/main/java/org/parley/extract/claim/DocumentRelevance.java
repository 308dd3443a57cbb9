package org.parley.extract.claim;

import java.util.Optional;
import java.util.regex.Matcher;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.PlacedMention;
import org.parley.extract.context.VoiceResolver;
import org.parley.kb.TheatreSide;
import org.parley.kb.TheatreWords;
import org.parley.model.ActorId;

/**
 * Whether a document is about the war or its negotiations at all: it names the theatre's relevance
 * side (Russia, its officials, the DPR/LPR) and uses the theatre's vocabulary of the conflict or
 * its diplomacy at least twice. A campaign about child care or a company's shareholders that
 * mention the war in passing is not, and yields no quotations or positions. Stateless.
 */
final class DocumentRelevance {
  private DocumentRelevance() {}

  static boolean isAboutTheConflict(DocContext ctx) {
    TheatreSide side = ctx.theatre().relevant();
    boolean named =
        ctx.mentionsIn(0, ctx.text().length()).stream()
            .map(PlacedMention::mention)
            .anyMatch(m -> m.holder() != null && side.includes(m.holder()));
    // "Russian" as a plain adjective ("a Russian arms dealer") names the side too
    return (named || side.words().isFoundIn(ctx.text()))
        && countsTwice(ctx.theatre().conflictWords(), ctx);
  }

  /**
   * The head of state whose office published the document (Putin for kremlin.ru, Zelensky for
   * president.gov.ua) when the document uses the vocabulary of the conflict or its diplomacy: his
   * own words there bear on the war even where the text does not name the other side ("Everyone who
   * can join the defence of Ukraine must …" on the first day of the invasion).
   */
  static Optional<ActorId> principalOnTheConflict(DocContext ctx) {
    return principalOf(ctx).filter(p -> countsTwice(ctx.theatre().warWords(), ctx));
  }

  /** The head of state whose office published the document, if an office of one did. */
  static Optional<ActorId> principalOf(DocContext ctx) {
    return VoiceResolver.principalVoice(ctx).map(v -> ActorId.of(v.agent()));
  }

  private static boolean countsTwice(TheatreWords words, DocContext ctx) {
    Matcher m = words.matcher(ctx.text());
    int hits = 0;
    while (m.find() && hits < 2) {
      hits++;
    }
    return hits >= 2;
  }
}
