package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.PlacedMention;
import org.parley.language.mention.ActorMention;
import org.parley.language.mention.PersonMention;
import org.parley.model.ActorId;

/**
 * The mentions statements look up about their speakers, indexed once per document: each person's
 * first mention, and the party and body mentions by party and head word ("ministry"), so that each
 * speaker is looked up in constant time rather than by a walk over the document. Immutable.
 */
final class SpeakerMentions {
  private final Map<ActorId, PlacedMention> firstByPerson;
  private final Map<String, List<PlacedMention>> actorsByHead;

  private SpeakerMentions(
      Map<ActorId, PlacedMention> firstByPerson, Map<String, List<PlacedMention>> actorsByHead) {
    this.firstByPerson = firstByPerson;
    this.actorsByHead = actorsByHead;
  }

  /** The index of {@code ctx}'s mentions. */
  static SpeakerMentions of(DocContext ctx) {
    Map<ActorId, PlacedMention> first = new HashMap<>();
    Map<String, List<PlacedMention>> actors = new HashMap<>();
    for (PlacedMention m : ctx.mentionsIn(0, ctx.text().length())) {
      if (m.mention() instanceof PersonMention p) {
        first.putIfAbsent(p.person(), m);
      } else if (m.mention() instanceof ActorMention a) {
        List<PlacedMention> same =
            actors.computeIfAbsent(key(a.holder(), a.text()), k -> new ArrayList<>());
        // only a mention longer than all before it can be the first fuller one: the list stays
        // short
        if (same.isEmpty() || length(same.get(same.size() - 1)) < a.text().length()) {
          same.add(m);
        }
      }
    }
    return new SpeakerMentions(first, actors);
  }

  /** The first mention of {@code person}, or null. */
  @Nullable PlacedMention firstOf(ActorId person) {
    return firstByPerson.get(person);
  }

  /**
   * The first party or body mention of {@code holder} before normalised offset {@code before} with
   * the same head word as {@code phrase} and longer than it ("Russia's defence ministry" for "the
   * ministry"), or null.
   */
  @Nullable ActorMention fullerBefore(@Nullable ActorId holder, String phrase, int before) {
    if (holder == null) {
      return null;
    }
    for (PlacedMention m : actorsByHead.getOrDefault(key(holder, phrase), List.of())) {
      if (m.end() > before) {
        break;
      }
      if (length(m) > phrase.length()) {
        return (ActorMention) m.mention();
      }
    }
    return null;
  }

  private static int length(PlacedMention m) {
    return ((ActorMention) m.mention()).text().length();
  }

  private static String key(ActorId holder, String phrase) {
    return holder.value() + "|" + lastWord(phrase);
  }

  /** The last word of {@code s}, lower case. */
  static String lastWord(String s) {
    String[] words = s.strip().toLowerCase(Locale.ROOT).split("\\s+");
    return words[words.length - 1];
  }
}
