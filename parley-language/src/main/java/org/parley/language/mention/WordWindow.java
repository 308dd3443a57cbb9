package org.parley.language.mention;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.kb.Actor;
import org.parley.kb.Alias;
import org.parley.kb.KbEntry;
import org.parley.kb.Region;
import org.parley.kb.Theatre;
import org.parley.language.text.SentencedText;
import org.parley.language.text.Word;
import org.parley.model.ActorId;
import org.parley.model.Span;

/**
 * The words of one sentence with the dictionary matches found in them and the words already used by
 * a mention: the per-call working state of {@link MentionFinder} (never shared).
 */
final class WordWindow {
  private final SentencedText text;
  private final List<Word> words;
  private final boolean[] taken;
  private final @Nullable Raw[] rawAt;
  private final List<Mention> out = new ArrayList<>();
  private final Theatre theatre;

  WordWindow(SentencedText text, List<Word> words, Gazetteer gazetteer, Theatre theatre) {
    this.text = text;
    this.theatre = theatre;
    this.words = words;
    this.taken = new boolean[words.size()];
    this.rawAt = new Raw[words.size()];
    for (int i = 0; i < words.size(); ) {
      Raw r = match(gazetteer, i);
      if (r == null) {
        i++;
      } else {
        rawAt[i] = r;
        i = r.end();
      }
    }
  }

  private @Nullable Raw match(Gazetteer g, int i) {
    if (!words.get(i).isAlphanumeric()) {
      return null;
    }
    PhraseIndex.Match<String> outlet = g.outlets().match(words, i, words.size());
    PhraseIndex.Match<List<Alias>> alias = g.aliases().match(words, i, words.size());
    if (outlet != null && (alias == null || outlet.end() >= alias.end())) {
      return new Raw(i, outlet.end(), List.of(), outlet.value());
    }
    return alias == null ? null : new Raw(i, alias.end(), alias.value(), null);
  }

  /** A dictionary match: knowledge-base readings, or an outlet's canonical name. */
  record Raw(int start, int end, List<Alias> readings, @Nullable String outlet) {
    boolean has(Class<? extends KbEntry> type) {
      return readings.stream().anyMatch(a -> type.isInstance(a.entry()));
    }

    /** The actor a reading names (any form), or null. */
    @Nullable ActorId actor() {
      for (Alias a : readings) {
        if (a.entry() instanceof Actor actor) {
          return actor.id();
        }
      }
      return null;
    }
  }

  int size() {
    return words.size();
  }

  Word word(int i) {
    return words.get(i);
  }

  String key(int i) {
    return i >= 0 && i < words.size() ? words.get(i).key() : "";
  }

  @Nullable Raw raw(int i) {
    return i >= 0 && i < rawAt.length ? rawAt[i] : null;
  }

  /** The match that covers word {@code i}, wherever it starts. */
  @Nullable Raw rawCovering(int i) {
    for (int k = i; k >= 0 && k > i - 8; k--) {
      Raw r = rawAt[k];
      if (r != null) {
        return r.end() > i ? r : null;
      }
    }
    return null;
  }

  /**
   * The party a match covering word {@code i} names: an actor, or the state of a region or town.
   */
  @Nullable ActorId partyAt(int i) {
    Raw r = rawCovering(i);
    if (r == null) {
      return null;
    }
    ActorId a = r.actor();
    if (a != null) {
      return a;
    }
    for (Alias al : r.readings()) {
      if (al.entry() instanceof Region region) {
        return stateOf(region.id().country());
      }
      if (al.entry() instanceof org.parley.kb.Place place) {
        return stateOf(place.region().country());
      }
    }
    return null;
  }

  /** The belligerent state of a theatre country ({@code UA} gives UKR); null elsewhere. */
  private @Nullable ActorId stateOf(String iso2) {
    return theatre.principalOf(iso2).orElse(null);
  }

  boolean isFree(int from, int to) {
    for (int i = Math.max(0, from); i < to && i < taken.length; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return from >= 0 && to <= taken.length;
  }

  void add(Mention m, int from, int to) {
    for (int i = from; i < to; i++) {
      taken[i] = true;
    }
    out.add(m);
  }

  List<Mention> mentions() {
    return out;
  }

  void replace(List<Mention> mentions) {
    out.clear();
    out.addAll(mentions);
  }

  /** The original span of words [from, to). */
  Span span(int from, int to) {
    return text.span(words.get(from).start(), words.get(to - 1).end());
  }

  /** The original text of words [from, to). */
  String original(int from, int to) {
    return text.aligned().originalText(span(from, to));
  }

  /** Whether word {@code i} is the article "the" and free. */
  boolean isFreeThe(int i) {
    return i >= 0 && key(i).equals("the") && isFree(i, i + 1);
  }

  /** The word index of the first word of a mention span (by normalised start). */
  int wordAt(int normStart) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).start() >= normStart) {
        return i;
      }
    }
    return words.size();
  }

  SentencedText text() {
    return text;
  }
}
