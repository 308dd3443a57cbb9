package org.parley.extract.position;

import java.util.List;
import java.util.regex.Pattern;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.PlacedMention;
import org.parley.language.mention.PersonMention;
import org.parley.model.Claim;
import org.parley.model.Span;

/**
 * Leaves out the positions of people who no longer speak for a party: someone the knowledge base
 * does not know, introduced as a former or retired office holder ("Anna Berg, a former foreign
 * minister, said talks must resume"), voices only their own view (the annotation guide: former
 * officials do not count). People the knowledge base knows keep their voice, whatever titles they
 * held before. Stateless.
 */
final class FormerOfficials {
  private static final Pattern FORMER =
      Pattern.compile("\\b(?:former|ex-|retired)", Pattern.CASE_INSENSITIVE);

  /** How many characters either side of the person's name may hold the word "former". */
  private static final int NEAR = 40;

  private FormerOfficials() {}

  /** The claims without those voiced by a former official. */
  static List<Claim> without(DocContext ctx, List<Claim> claims) {
    return claims.stream().filter(c -> !isFormer(ctx, c)).toList();
  }

  private static boolean isFormer(DocContext ctx, Claim c) {
    String agent = c.agent();
    if (agent == null) {
      return false;
    }
    for (Span s : c.provenance().evidence().spans()) {
      int from = ctx.norm(s);
      int to = ctx.normEnd(s);
      for (PlacedMention pm : ctx.mentionsIn(from, to)) {
        if (isFormerNamed(ctx, pm, agent, from, to)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isFormerNamed(
      DocContext ctx, PlacedMention pm, String agent, int from, int to) {
    if (!(pm.mention() instanceof PersonMention person)
        || person.known()
        || !person.person().value().equals(agent)) {
      return false;
    }
    String around =
        ctx.text().substring(Math.max(from, pm.start() - NEAR), Math.min(to, pm.end() + NEAR));
    return FORMER.matcher(around).find();
  }
}
