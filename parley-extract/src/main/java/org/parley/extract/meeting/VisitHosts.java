package org.parley.extract.meeting;

import java.util.Optional;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.PlacedMention;
import org.parley.extract.context.VoiceResolver;
import org.parley.kb.Actor;
import org.parley.kb.ActorType;
import org.parley.kb.Alias;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Reading;
import org.parley.model.ActorId;

/**
 * The host of a visit: the state whose country or capital the visit went to ("a visit to Moscow");
 * in the readout of that state's office, its head. Stateless.
 */
final class VisitHosts {
  private final KnowledgeBase kb;

  VisitHosts(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The host named in the visit's object phrase (up to {@code clauseEnd}), if any. */
  Optional<Party> of(DocContext ctx, ContactReading r, int clauseEnd) {
    for (PlacedMention pm : ctx.mentionsIn(r.start(), Math.min(clauseEnd, r.end() + 1))) {
      Optional<ActorId> state = stateOf(ctx.text().substring(pm.start(), pm.end()));
      if (state.isPresent()) {
        ActorId id =
            VoiceResolver.principalVoice(ctx)
                .filter(v -> v.holder().equals(state.get()) && v.agent() != null)
                .map(v -> ActorId.of(v.agent()))
                .orElse(state.get());
        return Optional.of(new Party(pm.start(), pm.end(), id, state.get(), "host"));
      }
    }
    return Optional.empty();
  }

  private Optional<ActorId> stateOf(String place) {
    String bare = place.replaceFirst("^(?i:the)\\s+", "");
    for (Alias a : kb.readings(bare)) {
      if (a.entry() instanceof Actor actor
          && actor.type() == ActorType.STATE
          && a.reading() != Reading.ADJECTIVE) {
        return Optional.of(actor.id());
      }
    }
    return Optional.empty();
  }
}
