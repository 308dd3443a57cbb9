package org.parley.extract.context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.language.coref.Referent;
import org.parley.language.mention.OutletMention;
import org.parley.language.mention.RegionMention;
import org.parley.model.ActorId;

/**
 * A collective subject ("the two leaders", "both sides", "the presidents") and whom it means: the
 * people of different parties the document's opening sentences name (a readout opens with its call
 * or meeting: "Vladimir Putin had a telephone conversation with Emmanuel Macron"). Stateless.
 */
public final class CollectiveVoices {
  /**
   * A collective subject. The look-ahead (the first letters of "the" and "both") changes no match;
   * it spares the rest of the expression at other places.
   */
  public static final Pattern SUBJECT =
      Pattern.compile(
          "(?=[tb])\\b(?:the two|both|the) (?:leaders|presidents|sides|parties|heads of state"
              + "|delegations|ministers|countries)\\b",
          Pattern.CASE_INSENSITIVE);

  /** A collective subject right before a stance, with at most a few words between. */
  private static final Pattern SUBJECT_BEFORE =
      Pattern.compile(
          "(?:^|[,;]\\s*|\\b(?:and|that)\\s+)(?:the two|both(?: the)?|the) (?:leaders|presidents"
              + "|sides|parties|heads of state|delegations)\\s+(?:[\\w-]+\\s+){0,3}$",
          Pattern.CASE_INSENSITIVE);

  /** How many sentences at the start of a document name the parties a collective subject means. */
  private static final int OPENING = 3;

  private CollectiveVoices() {}

  /** The people of each party the opening sentences name, one voice per party, in text order. */
  public static List<Voice> opening(DocContext ctx) {
    return people(ctx, ctx.sentenceEnd(Math.min(ctx.sentenceCount(), OPENING) - 1));
  }

  /** The people of each party named before {@code end}, one voice per party, in text order. */
  private static List<Voice> people(DocContext ctx, int end) {
    Map<ActorId, Voice> found = new LinkedHashMap<>();
    for (PlacedMention pm : ctx.mentionsIn(0, end)) {
      if (isParty(pm) && pm.mention().isPerson()) {
        Referent r = ctx.referent(pm.mention()).orElse(null);
        if (r != null && r.holder() != null) {
          found.putIfAbsent(r.holder(), new Voice(r.holder(), agentOf(r), null));
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  /**
   * The voices a collective subject just before {@code trigger} (from the sentence start {@code
   * from}) stands for: the opening's people when they are of two or more parties, else none.
   */
  public static List<Voice> before(DocContext ctx, int from, int trigger) {
    Matcher m = SUBJECT_BEFORE.matcher(ctx.text()).region(from, trigger);
    if (!m.find()) {
      return List.of();
    }
    List<Voice> voices = opening(ctx);
    if (voices.size() < 2) {
      // a readout without its opening line: the two people named so far, if exactly two
      voices = people(ctx, from);
      return voices.size() == 2 ? voices : List.of();
    }
    return voices;
  }

  /**
   * Parties joined by "and" to the subject just before a trigger ("Russian and Ukrainian officials
   * agreed to ..."): the voices besides {@code first}, in text order.
   */
  public static List<Voice> coordinated(DocContext ctx, int from, int start, Voice first) {
    int clause = Clauses.around(ctx.text(), from, Math.max(start, from), start)[0];
    List<PlacedMention> ms = ctx.mentionsIn(clause, start);
    List<Voice> out = new java.util.ArrayList<>();
    for (int i = ms.size() - 1; i > 0; i--) {
      PlacedMention right = ms.get(i);
      PlacedMention left = ms.get(i - 1);
      String gap = ctx.text().substring(left.end(), right.start());
      if (!gap.matches("(?i)\\s*(?:,\\s*)?(?:and|&)\\s*")) {
        continue;
      }
      Optional<Voice> a = VoiceResolver.voiceOfMention(ctx, left);
      Optional<Voice> b = VoiceResolver.voiceOfMention(ctx, right);
      if (a.isPresent()
          && b.isPresent()
          && (a.get().holder().equals(first.holder()) || b.get().holder().equals(first.holder()))) {
        Voice other = a.get().holder().equals(first.holder()) ? b.get() : a.get();
        if (!other.holder().equals(first.holder())) {
          out.add(other);
        }
        break;
      }
    }
    return out;
  }

  /** Whether a mention may name a party (not a place or an outlet). */
  public static boolean isParty(PlacedMention pm) {
    return !(pm.mention() instanceof RegionMention)
        && !(pm.mention() instanceof OutletMention)
        && pm.mention().kind() != org.parley.language.mention.MentionKind.REGION;
  }

  /** The agent of a referent as the contract writes it: a person id, else its description. */
  public static @Nullable String agentOf(Referent r) {
    return Voice.agentText(
        r.person() != null ? r.person().value() : r.named() ? null : r.description());
  }
}
