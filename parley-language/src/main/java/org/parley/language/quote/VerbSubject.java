package org.parley.language.quote;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.language.text.SentencedText;
import org.parley.language.text.Word;

/**
 * Who speaks through a verb of speech before a quotation: the subject of its clause, read without a
 * parse. A participle after a comma ("…, saying it was "…"", "…, telling him about "…"") takes the
 * subject of the sentence, its first mention in subject position; any other verb takes the nearest
 * mention in subject position before it that no clause boundary separates from it (an even number
 * of commas between them: "Podolyak, an adviser to Zelenskiy, called …" but not "…, sitting beside
 * Mexico, accused …"), a person before a party. A possessor ("Lavrov's statement"), the object of a
 * preposition or of a verb ("told Macron") never speaks. Stateless.
 */
final class VerbSubject {
  /** Verbs of speech that are not reporting verbs but still introduce quoted words. */
  static final Set<String> SPEECH_ACTS =
      Set.of(
          "talked",
          "talking",
          "talks",
          "spoke",
          "speaking",
          "threatening",
          "threatened",
          "ordered",
          "ordering",
          "describing",
          "describes",
          "telling",
          "condemned",
          "condemning",
          "invited",
          "inviting",
          "urging",
          "urges",
          "calling",
          "calls",
          "accusing",
          "accuses",
          "warning",
          "vowing",
          "vows",
          "promising",
          "pledging",
          "insisting",
          "demanding",
          "demands",
          "dismissed",
          "dismissing",
          "welcomed",
          "welcoming",
          "praised",
          "praising",
          "criticised",
          "criticized",
          "criticising",
          "criticizing",
          "denounced",
          "denouncing",
          "expressing",
          "conceding",
          "admitting",
          "acknowledging",
          "rejecting",
          "remarking",
          "announcing",
          "tweeting",
          "writing",
          "stressing",
          "noting",
          "declaring",
          "arguing",
          "claiming",
          "explaining",
          "predicting",
          "suggesting",
          "pointing",
          "recalling",
          "repeating",
          "repeated",
          "insisted",
          "appealing",
          "labelling",
          "labeling",
          "branding",
          "characterising",
          "characterizing",
          "referring",
          "referred");

  private VerbSubject() {}

  /** The speaker of verb {@code words[verb]} among the slots in normalised [from, verb). */
  static @Nullable Slot of(
      SentencedText text, List<Slot> slots, int from, List<Word> words, int verb) {
    Word v = words.get(verb);
    List<Slot> before = Slot.in(slots, text, from, v.start());
    if (before.isEmpty()) {
      return null;
    }
    boolean participle = v.key().endsWith("ing") && verb > 0 && words.get(verb - 1).is(',');
    if (participle) {
      for (Slot s : before) {
        if (s.subject()) {
          return s;
        }
      }
    }
    Slot party = null;
    for (int i = before.size() - 1; i >= 0; i--) {
      Slot s = before.get(i);
      int end = text.aligned().normEnd(s.span());
      if (s.subject() && commas(text, end, v.start()) % 2 == 0) {
        if (s.person()) {
          return s;
        }
        party = party == null ? s : party;
      }
    }
    return party != null ? party : nearest(before);
  }

  /** The last person of the slots, else the last slot: when no subject stands out. */
  private static Slot nearest(List<Slot> before) {
    for (int i = before.size() - 1; i >= 0; i--) {
      if (before.get(i).person()) {
        return before.get(i);
      }
    }
    return before.get(before.size() - 1);
  }

  private static int commas(SentencedText text, int from, int to) {
    int n = 0;
    String norm = text.text();
    for (int i = from; i < Math.min(to, norm.length()); i++) {
      n += norm.charAt(i) == ',' ? 1 : 0;
    }
    return n;
  }
}
