package org.parley.language.quote;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.language.coref.Anaphor;
import org.parley.language.coref.Coreference;
import org.parley.language.coref.Referent;
import org.parley.language.internal.ReportingVerbs;
import org.parley.language.mention.Mention;
import org.parley.language.mention.OutletMention;
import org.parley.language.mention.RegionMention;
import org.parley.language.text.SentencedText;
import org.parley.language.text.Word;
import org.parley.model.Span;

/**
 * Finds each quotation's speaker. A quotation that opens its sentence looks first after itself
 * ("…," said Haidai. / "…," the official … said.), then before; a quotation inside running text
 * looks first before itself (Lavrov said … "protect" …; he claimed … that Moscow has "never …"). A
 * quotation alone in its sentence may take the speaker of an introducing sentence that ends with a
 * colon. Pronouns and descriptions go through coreference; a speaker found but not resolved ("the
 * two presidents said") stays the speaker, unknown. Nothing is taken from another paragraph, and a
 * transcript's speaker label ("Vladimir Putin: …", {@link TranscriptLabels}) is never a speaker;
 * what cannot be read stays {@link Speaker.Unknown} with the reason. Stateless.
 */
public final class SpeakerResolver {

  /** The quotations with their speakers resolved. */
  public List<Quotation> resolve(
      SentencedText text, List<Quotation> quotes, List<Mention> mentions, Coreference coref) {
    List<Slot> slots = slots(text, mentions, coref);
    List<Quotation> out = new ArrayList<>();
    for (Quotation q : quotes) {
      out.add(q.withSpeaker(speaker(text, q, slots)));
    }
    return List.copyOf(out);
  }

  private Speaker speaker(SentencedText text, Quotation q, List<Slot> slots) {
    int qs = text.aligned().normStart(q.span());
    int sentence = text.sentenceAt(qs);
    if (sentence < 0) {
      return new Speaker.Unknown("outside any sentence");
    }
    boolean opens = text.text().substring(text.normStart(sentence), qs).isBlank();
    Speaker after = after(text, q, slots);
    Speaker before = before(text, text.normStart(sentence), qs, slots, Speaker.SpeakerCue.BEFORE);
    Speaker first = opens ? after : before;
    Speaker second = opens ? before : after;
    if (first instanceof Speaker.Known || isUnresolvedSpeaker(first)) {
      return first; // "the two presidents said": a speaker, if one that names no one
    }
    if (second instanceof Speaker.Known) {
      return second;
    }
    if (opens
        && sentence > 0
        && text.paragraphOf(sentence - 1) == text.paragraphOf(sentence)
        && text.sentenceText(sentence - 1).strip().endsWith(":")) {
      Speaker intro =
          before(
              text,
              text.normStart(sentence - 1),
              text.normEnd(sentence - 1),
              slots,
              Speaker.SpeakerCue.INTRODUCTION);
      if (intro instanceof Speaker.Known) {
        return intro;
      }
    }
    return first instanceof Speaker.Unknown u && !u.reason().startsWith("no reporting")
        ? first
        : new Speaker.Unknown("no reporting verb with a speaker in the sentence");
  }

  /** Speaker in the clause after any part of the quotation, up to the end of that sentence. */
  private Speaker after(SentencedText text, Quotation q, List<Slot> slots) {
    Speaker last = new Speaker.Unknown("no reporting verb after the quotation");
    for (int k = 0; k < q.contents().size(); k++) {
      int from = text.aligned().normEnd(q.contents().get(k)) + 1;
      int s = text.sentenceAt(Math.max(0, from - 2));
      int to = s < 0 ? from : text.normEnd(s);
      if (k + 1 < q.contents().size()) {
        to = Math.min(to, text.aligned().normStart(q.contents().get(k + 1)) - 1);
      }
      if (to <= from) {
        continue;
      }
      Speaker found = inWindow(text, from, to, slots, true);
      if (found instanceof Speaker.Known) {
        return found;
      }
      last = found;
    }
    return last;
  }

  private Speaker before(
      SentencedText text, int from, int to, List<Slot> slots, Speaker.SpeakerCue cue) {
    List<Word> words = text.wordsBetween(from, to);
    for (int i = 0; i + 1 < words.size(); i++) {
      if (words.get(i).key().equals("according") && words.get(i + 1).key().equals("to")) {
        Slot s = firstIn(slots, text, words.get(i + 1).end(), to, true);
        if (s != null) {
          return known(s, Speaker.SpeakerCue.ACCORDING_TO);
        }
      }
    }
    int verb = lastVerb(words);
    if (verb < 0) {
      return new Speaker.Unknown("no reporting verb before the quotation");
    }
    Slot s = lastIn(slots, text, from, words.get(verb).start());
    return s == null ? new Speaker.Unknown("no speaker before the reporting verb") : known(s, cue);
  }

  private Speaker inWindow(SentencedText text, int from, int to, List<Slot> slots, boolean post) {
    List<Word> words = text.wordsBetween(from, to);
    int verb = -1;
    for (int i = 0; i < words.size(); i++) {
      if (ReportingVerbs.contains(words.get(i).key())) {
        verb = i;
        break;
      }
    }
    if (verb < 0) {
      return new Speaker.Unknown("no reporting verb after the quotation");
    }
    int v = words.get(verb).start();
    Slot s = firstIn(slots, text, from, v, true);
    if (s == null) {
      s = firstIn(slots, text, v, to, true);
    }
    if (s == null) {
      s = firstIn(slots, text, from, to, false);
    }
    return s == null
        ? new Speaker.Unknown("a reporting verb but no speaker after the quotation")
        : known(s, Speaker.SpeakerCue.AFTER);
  }

  private static int lastVerb(List<Word> words) {
    for (int i = words.size() - 1; i >= 0; i--) {
      if (ReportingVerbs.contains(words.get(i).key())) {
        return i;
      }
    }
    return -1;
  }

  private static @Nullable Slot firstIn(
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

  private static @Nullable Slot lastIn(List<Slot> slots, SentencedText text, int from, int to) {
    Slot person = null;
    Slot any = null;
    for (int i = firstAtOrAfter(slots, text, from); i < slots.size(); i++) {
      Slot s = slots.get(i);
      if (text.aligned().normStart(s.span()) >= to) {
        break;
      }
      any = s;
      if (s.person()) {
        person = s;
      }
    }
    return person != null ? person : any;
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

  private static boolean isUnresolvedSpeaker(Speaker s) {
    return s instanceof Speaker.Unknown u && u.reason().startsWith("speaker '");
  }

  private static Speaker known(Slot s, Speaker.SpeakerCue cue) {
    return s.referent() == null
        ? new Speaker.Unknown("speaker '" + s.text() + "' could not be resolved: " + s.why())
        : new Speaker.Known(s.referent(), s.span(), cue);
  }

  /** Mentions and pronouns that can speak, with who they stand for. */
  private static List<Slot> slots(SentencedText text, List<Mention> mentions, Coreference coref) {
    List<Slot> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m instanceof RegionMention || TranscriptLabels.isLabel(text, m.span())) {
        continue;
      }
      Referent r = coref.referentOf(m).orElse(null);
      boolean person = m.isPerson();
      out.add(
          new Slot(
              m.span(),
              m.text(),
              r,
              person && !(m instanceof OutletMention),
              why(coref, m.span())));
    }
    for (Anaphor a : coref.anaphors()) {
      if (a.kind() == Anaphor.AnaphorKind.PRONOUN) {
        out.add(
            new Slot(
                a.span(),
                a.text(),
                Coreference.referent(a).orElse(null),
                true,
                why(coref, a.span())));
      }
    }
    out.sort(java.util.Comparator.comparingInt(s -> s.span().start()));
    return out;
  }

  private static String why(Coreference coref, Span span) {
    return coref
        .anaphorAt(span)
        .map(
            a ->
                a.resolution() instanceof org.parley.language.coref.Resolution.Unresolved u
                    ? u.reason()
                    : "")
        .orElse("");
  }

  private record Slot(
      Span span, String text, @Nullable Referent referent, boolean person, String why) {}
}
