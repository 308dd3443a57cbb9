package org.parley.language.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.language.coref.Anaphor;
import org.parley.language.coref.Coreference;
import org.parley.language.coref.Referent;
import org.parley.language.coref.Resolution;
import org.parley.language.coref.SubjectPosition;
import org.parley.language.mention.Mention;
import org.parley.language.mention.OutletMention;
import org.parley.language.mention.RegionMention;
import org.parley.language.text.SentencedText;
import org.parley.model.Span;

/**
 * A mention or pronoun that can speak a quotation: its span and text, who it stands for (null when
 * coreference could not tell, {@code why} then says why), whether it is a person, and whether it
 * stands in subject position (not after a preposition or an object-taking verb, not a possessor).
 */
record Slot(
    Span span,
    String text,
    @Nullable Referent referent,
    boolean person,
    boolean subject,
    String why) {

  /** The slots of a document, in text order: mentions (not places, not labels) and pronouns. */
  static List<Slot> of(SentencedText text, List<Mention> mentions, Coreference coref) {
    List<Slot> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m instanceof RegionMention || TranscriptLabels.isLabel(text, m.span())) {
        continue;
      }
      Referent r = coref.referentOf(m).orElse(null);
      boolean person = m.isPerson() && !(m instanceof OutletMention);
      out.add(
          new Slot(m.span(), m.text(), r, person, subject(text, m.span()), why(coref, m.span())));
    }
    for (Anaphor a : coref.anaphors()) {
      if (a.kind() == Anaphor.AnaphorKind.PRONOUN) {
        Referent r = Coreference.referent(a).orElse(null);
        out.add(
            new Slot(a.span(), a.text(), r, true, subject(text, a.span()), why(coref, a.span())));
      }
    }
    out.sort(Comparator.comparingInt(s -> s.span().start()));
    return out;
  }

  /** The first slot starting in normalised [from, to), a person when {@code personOnly}. */
  static @Nullable Slot firstIn(
      List<Slot> slots, SentencedText text, int from, int to, boolean personOnly) {
    for (int i = firstAtOrAfter(slots, text, from); i < slots.size(); i++) {
      Slot s = slots.get(i);
      if (text.aligned().normStart(s.span()) >= to) {
        break;
      }
      if (!personOnly || s.person()) {
        return s;
      }
    }
    return null;
  }

  /** The slots starting in normalised [from, to), in text order. */
  static List<Slot> in(List<Slot> slots, SentencedText text, int from, int to) {
    List<Slot> out = new ArrayList<>();
    for (int i = firstAtOrAfter(slots, text, from); i < slots.size(); i++) {
      Slot s = slots.get(i);
      if (text.aligned().normStart(s.span()) >= to) {
        break;
      }
      out.add(s);
    }
    return out;
  }

  /**
   * The index of the first slot (slots are in text order) at or after normalised offset {@code n}:
   * found by binary search, so that each quotation looks only at the slots near it.
   */
  private static int firstAtOrAfter(List<Slot> slots, SentencedText text, int n) {
    int lo = 0;
    int hi = slots.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (text.aligned().normStart(slots.get(mid).span()) < n) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static boolean subject(SentencedText text, Span span) {
    int sentence = text.sentenceAt(text.aligned().normStart(span));
    return SubjectPosition.of(text, span, sentence);
  }

  private static String why(Coreference coref, Span span) {
    return coref
        .anaphorAt(span)
        .map(a -> a.resolution() instanceof Resolution.Unresolved u ? u.reason() : "")
        .orElse("");
  }
}
