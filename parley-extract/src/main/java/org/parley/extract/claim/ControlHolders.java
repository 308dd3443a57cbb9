package org.parley.extract.claim;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.PlacedMention;
import org.parley.extract.measure.Figure;
import org.parley.language.mention.ActorMention;
import org.parley.model.ActorId;

/**
 * The party a control clause gives the territory to. A party named by a predicate of control after
 * the figure comes first ("under Russian control", "in Ukrainian hands", "in the hands of Russian
 * forces", "held by Moscow-backed separatists", "fell to Russian troops"); otherwise the party
 * before the control verb nearest the figure ("Russia ... occupying", "Russian-controlled"). Only
 * the warring sides hold territory. Stateless.
 */
final class ControlHolders {
  /** Predicates of control that name their party (the named group holds its first word). */
  private static final Pattern PREDICATE =
      Pattern.compile(
          "\\bunder\\s+(?:the\\s+)?(?<p>[\\w'-]+)(?:\\s+(?:military|full|effective|temporary))?"
              + "\\s+(?:control|occupation|rule)\\b"
              + "|\\bunder\\s+(?:the\\s+)?(?:control|occupation)\\s+of\\s+(?:the\\s+)?(?<q>[\\w'-]+)"
              + "|\\bin\\s+(?<r>[\\w'-]+)\\s+hands\\b"
              + "|\\bin\\s+the\\s+hands\\s+of\\s+(?:the\\s+)?(?<s>[\\w'-]+)"
              + "|\\b(?:held|occupied|controlled|seized|captured|taken|overrun|annexed)\\s+by\\s+"
              + "(?:the\\s+)?(?<t>[\\w'-]+)"
              + "|\\b(?:fell|fallen)\\s+(?:in\\s+\\w+\\s+)?to\\s+(?:the\\s+)?(?<u>[\\w'-]+)",
          Pattern.CASE_INSENSITIVE);

  private static final List<String> GROUPS = List.of("p", "q", "r", "s", "t", "u");

  private ControlHolders() {}

  /** The holder of figure {@code f} in {@code clause} of the sentence starting at {@code from}. */
  static @Nullable ActorId of(DocContext ctx, PartyWords words, int from, int[] clause, Figure f) {
    ActorId named = predicateParty(ctx, words, new int[] {Math.max(clause[0], f.end()), clause[1]});
    return named != null ? named : partyBefore(ctx, from, clause, f);
  }

  /** The party a predicate of control in the clause names, or null. */
  static @Nullable ActorId predicateParty(DocContext ctx, PartyWords words, int[] clause) {
    Matcher m = PREDICATE.matcher(ctx.text()).region(clause[0], clause[1]);
    while (m.find()) {
      for (String g : GROUPS) {
        if (m.group(g) != null) {
          ActorId party = partyAt(ctx, words, m.start(g), m.group(g));
          if (party != null) {
            return party;
          }
        }
      }
    }
    return null;
  }

  /** The party whose mention starts at {@code at}, else the state the word names. */
  private static @Nullable ActorId partyAt(DocContext ctx, PartyWords words, int at, String word) {
    for (PlacedMention pm : ctx.mentionsIn(at, Math.min(ctx.text().length(), at + word.length()))) {
      if (pm.start() == at
          && pm.mention() instanceof ActorMention a
          && isBelligerent(ctx, a.holder())) {
        return a.holder();
      }
    }
    ActorId party = words.party(word);
    return party != null && isBelligerent(ctx, party) ? party : null;
  }

  /**
   * The party before the control verb nearest the figure ("Russia ... occupying",
   * "Russian-controlled").
   */
  private static @Nullable ActorId partyBefore(DocContext ctx, int from, int[] clause, Figure f) {
    int verb = -1;
    if (ControlClauses.CONTROL_WORDS.occurIn(ctx.text(), clause[0], clause[1])) {
      Matcher v = ControlClauses.CONTROL.matcher(ctx.text()).region(clause[0], clause[1]);
      while (v.find()) {
        if (verb < 0 || v.start() < f.start()) {
          verb = v.start();
        }
      }
    }
    int upTo = verb < 0 ? f.start() : Math.max(verb, Math.min(verb + 1, clause[1]));
    ActorId found = null;
    for (PlacedMention pm : ctx.mentionsIn(from, clause[1])) {
      if (pm.start() <= upTo
          && pm.mention() instanceof ActorMention a
          && !a.locative()
          && isBelligerent(ctx, a.holder())) {
        found = a.holder();
      }
    }
    return found;
  }

  /** The other side of a two-sided theatre ({@code RUS} for {@code UKR}), or null for another. */
  static @Nullable ActorId opponent(DocContext ctx, ActorId a) {
    List<ActorId> principals = ctx.theatre().principals();
    if (principals.size() != 2 || !principals.contains(a)) {
      return null;
    }
    return principals.get(0).equals(a) ? principals.get(1) : principals.get(0);
  }

  /** Whether {@code a} is the principal of one of the theatre's sides (RUS, UKR). */
  static boolean isBelligerent(DocContext ctx, ActorId a) {
    return ctx.theatre().isPrincipal(a);
  }
}
