package org.parley.extract.claim;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.PlacedMention;
import org.parley.extract.context.Voice;
import org.parley.language.coref.Referent;
import org.parley.language.mention.ActorForm;
import org.parley.language.mention.ActorMention;
import org.parley.language.quote.Speaker;
import org.parley.model.Attribution;
import org.parley.model.Provenance;

/**
 * The attribution source of a statement whose speaker is no named person: the body, party or
 * description the text names ("Russia's foreign ministry" for a later "the ministry said", "a
 * senior NATO official", "Lviv's governor"); named when a party or body speaks, unnamed for a
 * description of a person or an unnamed source. Stateless.
 */
final class SpeakerSource {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they");

  private SpeakerSource() {}

  /** {@code p} with the speaker as its source, unless a person speaks or a source is set. */
  static Provenance of(DocContext ctx, SpeakerMentions mentions, Provenance p, Speaker.Known k) {
    Referent r = k.referent();
    Attribution a = p.attribution();
    if (r.person() != null || a != null && a.source() != null) {
      return p;
    }
    List<String> via = a == null ? List.of() : a.via();
    return p.withAttribution(new Attribution(via, phrase(ctx, mentions, k), isBody(ctx, k)));
  }

  /**
   * The contract's agent: the person; for a party named plainly ("Russia", "the Kremlin") none;
   * otherwise the body, description or source phrase ({@link #of}).
   */
  static @Nullable String agent(DocContext ctx, SpeakerMentions mentions, Speaker.Known k) {
    Referent r = k.referent();
    if (r.person() != null) {
      return r.person().value();
    }
    ActorMention a = actorAt(ctx, k);
    if (a != null && a.form() != ActorForm.BODY && r.holder() != null) {
      return null;
    }
    return phrase(ctx, mentions, k);
  }

  /** Whether the speaker is a party or body named as such (not a description of a person). */
  private static boolean isBody(DocContext ctx, Speaker.Known k) {
    return actorAt(ctx, k) != null;
  }

  private static @Nullable ActorMention actorAt(DocContext ctx, Speaker.Known k) {
    int at = ctx.norm(k.mention());
    for (PlacedMention m : ctx.mentionsIn(at, ctx.normEnd(k.mention()))) {
      if (m.start() == at && m.mention() instanceof ActorMention a) {
        return a;
      }
    }
    return null;
  }

  /**
   * The fullest phrase for the speaker: for a body named by its head alone ("the ministry"), its
   * first mention with the party ("Russia's foreign ministry"); else the words at the speaker.
   */
  private static String phrase(DocContext ctx, SpeakerMentions mentions, Speaker.Known k) {
    String here = ctx.originalText(k.mention());
    ActorMention fuller = mentions.fullerBefore(k.referent().holder(), here, ctx.norm(k.mention()));
    if (fuller != null) {
      return Voice.agentText(fuller.text());
    }
    boolean pronoun = PRONOUNS.contains(here.toLowerCase(Locale.ROOT));
    return Voice.agentText(k.referent().named() && !pronoun ? here : k.referent().description());
  }
}
