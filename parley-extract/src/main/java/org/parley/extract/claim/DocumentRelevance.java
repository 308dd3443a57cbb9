package org.parley.extract.claim;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.PlacedMention;
import org.parley.extract.context.VoiceResolver;
import org.parley.model.ActorId;

/**
 * Whether a document is about the war or its negotiations at all: it names the Russian side
 * (Russia, its officials, the DPR/LPR) and uses the vocabulary of the conflict or its diplomacy at
 * least twice. A campaign about child care or a company's shareholders that mention the war in
 * passing is not, and yields no quotations or positions. Stateless.
 */
final class DocumentRelevance {
  private static final Set<String> RUSSIAN_SIDE = Set.of("RUS", "DPR", "LPR");
  private static final Pattern CONFLICT =
      Pattern.compile(
          "\\b(?:war|invasion|invaders?|occup\\w+|troops|forces|army|military|offensive|front"
              + "|shelling|missiles?|strikes?|attacks?|negotiat\\w+|talks|ceasefire|truce|peace"
              + "|sanctions|aggress\\w+|annex\\w+|territor\\w+|donbass?|crimea|kremlin|nato"
              + "|weapons|security|plan|proposal|deal|settlement|envoy|delegation|offensive"
              + "|bomb\\w*|soldiers?|fighting|frontline|combat)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * The war itself, its front and its diplomacy; no words of everyday politics ("plan", "deal").
   */
  private static final Pattern WAR =
      Pattern.compile(
          "\\b(?:war|invasion|invaders?|occup\\w+|troops|army|military|shelling|missiles?|aggress\\w+"
              + "|annex\\w+|donbass?|crimea\\w*|nato|euro-atlantic|ceasefire|truce|martial law"
              + "|territorial (?:defen[cs]e|integrity)|sovereignty)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern RUSSIAN = Pattern.compile("\\bRussians?\\b");

  private DocumentRelevance() {}

  static boolean isAboutTheConflict(DocContext ctx) {
    boolean russianSide =
        ctx.mentionsIn(0, ctx.text().length()).stream()
            .map(PlacedMention::mention)
            .anyMatch(m -> m.holder() != null && RUSSIAN_SIDE.contains(holderOf(m.holder())));
    // "Russian" as a plain adjective ("a Russian arms dealer") names the side too
    return (russianSide || RUSSIAN.matcher(ctx.text()).find()) && usesConflictWords(ctx);
  }

  /**
   * The head of state whose office published the document (Putin for kremlin.ru, Zelensky for
   * president.gov.ua) when the document uses the vocabulary of the conflict or its diplomacy: his
   * own words there bear on the war even where the text does not name the other side ("Everyone who
   * can join the defence of Ukraine must …" on the first day of the invasion).
   */
  static Optional<ActorId> principalOnTheConflict(DocContext ctx) {
    return principalOf(ctx).filter(p -> countsTwice(WAR, ctx));
  }

  /** The head of state whose office published the document, if an office of one did. */
  static Optional<ActorId> principalOf(DocContext ctx) {
    return VoiceResolver.principalVoice(ctx).map(v -> ActorId.of(v.agent()));
  }

  /** How many words of the war itself {@code text} holds, counted up to {@code cap}. */
  static int warWords(String text, int cap) {
    Matcher m = WAR.matcher(text);
    int hits = 0;
    while (hits < cap && m.find()) {
      hits++;
    }
    return hits;
  }

  private static boolean usesConflictWords(DocContext ctx) {
    return countsTwice(CONFLICT, ctx);
  }

  private static boolean countsTwice(Pattern words, DocContext ctx) {
    Matcher m = words.matcher(ctx.text());
    int hits = 0;
    while (m.find() && hits < 2) {
      hits++;
    }
    return hits >= 2;
  }

  private static String holderOf(ActorId a) {
    return a.value();
  }
}
