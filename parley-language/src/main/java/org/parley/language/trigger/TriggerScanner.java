package org.parley.language.trigger;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.parley.language.mention.Mention;
import org.parley.language.mention.OutletMention;
import org.parley.language.mention.RegionMention;
import org.parley.language.mention.RegionReading;
import org.parley.language.text.SentencedText;
import org.parley.language.text.Word;

/**
 * The pre-pass: one pass over the words of the body, each looked up in {@link TriggerLexicon}
 * (whole words, stems, two-word phrases), plus quotation marks and the party, person and source
 * mentions (and personal pronouns), mapped to sentences. A sentence is selected when it holds a
 * claim cue (demand, offer, rejection, provision, control, meeting) and a party that could hold it,
 * or a quotation mark; {@link TriggerSelection#kinds} tells every cue found. Stateless and
 * thread-safe.
 */
public final class TriggerScanner {
  private static final int MAX_STEM = 10;
  private static final List<TriggerKind> CLAIM_CUES =
      List.of(
          TriggerKind.DEMAND,
          TriggerKind.OFFER,
          TriggerKind.REJECTION,
          TriggerKind.PROVISION,
          TriggerKind.CONTROL,
          TriggerKind.MEETING);
  private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "they", "we");

  /** The sentences of {@code text} that could hold a claim. */
  public TriggerSelection scan(SentencedText text, List<Mention> mentions) {
    int n = text.sentences().size();
    Map<TriggerKind, BitSet> byKind = new EnumMap<>(TriggerKind.class);
    for (TriggerKind k : TriggerKind.values()) {
      byKind.put(k, new BitSet(n));
    }
    for (int s = 0; s < n; s++) {
      List<Word> words = text.words(s);
      for (int i = 0; i < words.size(); i++) {
        mark(words, i, s, byKind);
      }
    }
    for (Mention m : mentions) {
      boolean state = m instanceof RegionMention r && r.reading() == RegionReading.COUNTRY;
      if (state || !(m instanceof RegionMention) && !(m instanceof OutletMention)) {
        int s = text.sentenceAt(text.aligned().normStart(m.span()));
        if (s >= 0) {
          byKind.get(TriggerKind.ACTOR).set(s);
        }
      }
    }
    BitSet cue = new BitSet(n);
    for (TriggerKind k : CLAIM_CUES) {
      cue.or(byKind.get(k));
    }
    cue.and(byKind.get(TriggerKind.ACTOR));
    cue.or(byKind.get(TriggerKind.QUOTE));
    return new TriggerSelection(cue, byKind, n);
  }

  private static void mark(List<Word> words, int i, int s, Map<TriggerKind, BitSet> byKind) {
    Word w = words.get(i);
    String key = w.key();
    if (w.is('"')) {
      byKind.get(TriggerKind.QUOTE).set(s);
      return;
    }
    if (PRONOUNS.contains(key)) {
      byKind.get(TriggerKind.ACTOR).set(s);
    }
    set(TriggerLexicon.WORD_KINDS.get(key), s, byKind);
    if (key.length() >= 3 && TriggerLexicon.STEM_STARTS.contains(key.substring(0, 3))) {
      for (int len = 3; len <= Math.min(MAX_STEM, key.length()); len++) {
        set(TriggerLexicon.STEM_KINDS.get(key.substring(0, len)), s, byKind);
      }
    }
    if (i + 1 < words.size()) {
      set(TriggerLexicon.PHRASE_KINDS.get(key + " " + words.get(i + 1).key()), s, byKind);
    }
  }

  private static void set(
      java.util.@org.jspecify.annotations.Nullable Set<TriggerKind> kinds,
      int s,
      Map<TriggerKind, BitSet> byKind) {
    if (kinds != null) {
      kinds.forEach(k -> byKind.get(k).set(s));
    }
  }
}
