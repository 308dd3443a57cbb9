package org.parley.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.PlacedMention;
import org.parley.extract.context.Voice;
import org.parley.extract.context.VoiceResolver;
import org.parley.kb.KnowledgeBase;
import org.parley.model.ActorId;
import org.parley.model.Span;

/**
 * The meeting an official readout's title names: "Telephone conversation with X" on the office's
 * site is a call of its head with X on the readout's date; its evidence is the first sentence that
 * names a counterpart. Stateless.
 */
final class TitledReadout {
  private final TitledCounterparts counterparts;
  private final MeetingDates dates = new MeetingDates();
  private final KnowledgeBase kb;

  TitledReadout(KnowledgeBase kb) {
    this.kb = kb;
    this.counterparts = new TitledCounterparts(kb);
  }

  /** The candidate the title of {@code ctx}'s document gives, if it names a meeting. */
  Optional<Candidate> candidate(DocContext ctx) {
    String title = ctx.document().title();
    Optional<Voice> principal = VoiceResolver.principalVoice(ctx);
    if (title == null
        || principal.isEmpty()
        || principal.get().agent() == null
        || ctx.sentenceCount() == 0) {
      return Optional.empty();
    }
    List<ActorId> others = counterparts.of(title, principal.get().holder());
    if (others.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(candidate(ctx, title, principal.get(), others));
  }

  /** The meeting of the text's own voice {@code principal} with {@code others} its title names. */
  private Candidate candidate(DocContext ctx, String title, Voice principal, List<ActorId> others) {
    List<ActorId> who = new ArrayList<>();
    who.add(ActorId.of(principal.agent()));
    who.addAll(others);
    int i = firstNaming(ctx, others);
    Span evidence = ctx.sentenceSpan(i);
    String kind = title.strip().toLowerCase(Locale.ROOT).split(" ")[0];
    List<ActorId> sides = new ArrayList<>();
    sides.add(principal.holder());
    others.forEach(o -> sides.add(kb.person(o).map(p -> p.party()).orElse(o)));
    return new Candidate(
        i,
        null,
        who,
        sides.stream().distinct().toList(),
        Set.of("title", "title:" + kind),
        null,
        dates.readout(ctx, evidence),
        evidence,
        evidence);
  }

  /** The first sentence naming one of {@code people}, else the first sentence. */
  private static int firstNaming(DocContext ctx, List<ActorId> people) {
    for (int i = 0; i < ctx.sentenceCount(); i++) {
      for (PlacedMention pm : ctx.mentionsIn(ctx.sentenceStart(i), ctx.sentenceEnd(i))) {
        if (people.contains(pm.mention().person())) {
          return i;
        }
      }
    }
    return 0;
  }
}
