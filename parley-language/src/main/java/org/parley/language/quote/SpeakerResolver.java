package org.parley.language.quote;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.language.coref.Coreference;
import org.parley.language.internal.ReportingVerbs;
import org.parley.language.mention.Mention;
import org.parley.language.text.SentencedText;
import org.parley.language.text.Word;

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
    List<Slot> slots = Slot.of(text, mentions, coref);
    List<Quotation> out = new ArrayList<>();
    for (Quotation q : quotes) {
      Speaker s = speaker(text, q, slots);
      QuoteLabels.Label label = QuoteLabels.of(text, q);
      if (label != null) {
        s = labelled(text, label, slots, out);
      } else if (s instanceof Speaker.Unknown && !isUnresolvedSpeaker(s) && standsAlone(text, q)) {
        Speaker c = continued(text, q, slots, out);
        s = c instanceof Speaker.Known ? c : s;
      }
      out.add(q.withSpeaker(s));
    }
    return List.copyOf(out);
  }

  /**
   * The speaker of a quotation that is a sentence of its own, read off what comes right before it:
   * the reporting clause of the previous sentence in its paragraph ("…, the envoy said. "…""), or,
   * for a quotation that opens its paragraph, the speaker of a quotation that ended the paragraph
   * before (the newspaper convention for one speaker's quotes over several paragraphs).
   */
  private Speaker continued(
      SentencedText text, Quotation q, List<Slot> slots, List<Quotation> prior) {
    int sentence = text.sentenceAt(text.aligned().normStart(q.span()));
    Speaker.SpeakerCue cue = Speaker.SpeakerCue.CONTINUATION;
    if (sentence > 0 && text.paragraphOf(sentence - 1) == text.paragraphOf(sentence)) {
      int from = text.normStart(sentence - 1);
      int to = text.normEnd(sentence - 1);
      Speaker found = before(text, from, to, slots, cue);
      return found instanceof Speaker.Known ? found : inWindow(text, from, to, slots, cue);
    }
    if (sentence <= 0 || prior.isEmpty()) {
      return new Speaker.Unknown("nothing before it");
    }
    Quotation last = prior.get(prior.size() - 1);
    int lastEnd = text.sentenceAt(Math.max(0, text.aligned().normEnd(last.span()) - 1));
    if (last.speaker() instanceof Speaker.Known k && lastEnd == sentence - 1) {
      return new Speaker.Known(k.referent(), k.mention(), cue);
    }
    return new Speaker.Unknown("nothing before it");
  }

  /**
   * The speaker of a quotation after a "Quote:" label: the one the label names, else the speaker of
   * the last reporting clause or quotation in the paragraph before.
   */
  private Speaker labelled(
      SentencedText text, QuoteLabels.Label label, List<Slot> slots, List<Quotation> prior) {
    if (label.named()) {
      Slot s = Slot.firstIn(slots, text, label.start(), label.end(), false);
      return s == null
          ? new Speaker.Unknown("a quote label naming no one known")
          : known(s, Speaker.SpeakerCue.INTRODUCTION);
    }
    int sentence = text.sentenceAt(label.start());
    int paragraph = text.paragraphOf(sentence);
    for (int k = sentence - 1; k >= 0 && text.paragraphOf(k) >= paragraph - 1; k--) {
      Speaker quoted = quotedIn(text, k, prior);
      Speaker found =
          quoted instanceof Speaker.Known
              ? quoted
              : before(
                  text, text.normStart(k), text.normEnd(k), slots, Speaker.SpeakerCue.INTRODUCTION);
      if (found instanceof Speaker.Known) {
        return found;
      }
    }
    return new Speaker.Unknown("a quote label after no speaker");
  }

  /**
   * The speaker of the last quotation in sentence {@code k} with one, looking back from the latest
   * quotation only as far as that sentence (the quotations come in text order).
   */
  private static Speaker quotedIn(SentencedText text, int k, List<Quotation> prior) {
    for (Quotation q : prior.reversed()) {
      int at = text.sentenceAt(text.aligned().normStart(q.span()));
      if (at < k) {
        break;
      }
      if (at == k && q.speaker() instanceof Speaker.Known known) {
        return new Speaker.Known(
            known.referent(), known.mention(), Speaker.SpeakerCue.INTRODUCTION);
      }
    }
    return new Speaker.Unknown("no quotation in the sentence");
  }

  /** Whether a quotation opens its sentence and runs to the end of it (or of a later one). */
  private static boolean standsAlone(SentencedText text, Quotation q) {
    int qs = text.aligned().normStart(q.span());
    int qe = text.aligned().normEnd(q.span());
    int first = text.sentenceAt(qs);
    int last = text.sentenceAt(Math.max(qs, qe - 1));
    return first >= 0
        && last >= 0
        && text.text().substring(text.normStart(first), qs).isBlank()
        && text.text().substring(qe, Math.max(qe, text.normEnd(last))).isBlank();
  }

  private Speaker speaker(SentencedText text, Quotation q, List<Slot> slots) {
    int[] signer = EmbeddedPosts.signer(text, q);
    if (signer != null) {
      return signerOf(text, signer, slots);
    }
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
    if (opens && introduction(text, sentence, slots) instanceof Speaker.Known intro) {
      return intro;
    }
    return first instanceof Speaker.Unknown u && !u.reason().startsWith("no reporting")
        ? first
        : new Speaker.Unknown("no reporting verb with a speaker in the sentence");
  }

  private static Speaker signerOf(SentencedText text, int[] signer, List<Slot> slots) {
    Slot s = Slot.firstIn(slots, text, signer[0], signer[1], false);
    return s == null
        ? new Speaker.Unknown("a post signed by no one known")
        : known(s, Speaker.SpeakerCue.AFTER);
  }

  /** The speaker of a sentence ending in a colon that introduces, in its paragraph, the quote. */
  private @Nullable Speaker introduction(SentencedText text, int sentence, List<Slot> slots) {
    if (sentence > 0
        && text.paragraphOf(sentence - 1) == text.paragraphOf(sentence)
        && text.sentenceText(sentence - 1).strip().endsWith(":")) {
      return before(
          text,
          text.normStart(sentence - 1),
          text.normEnd(sentence - 1),
          slots,
          Speaker.SpeakerCue.INTRODUCTION);
    }
    return null;
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
      Speaker found = inWindow(text, from, to, slots, Speaker.SpeakerCue.AFTER);
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
        Slot s = Slot.firstIn(slots, text, words.get(i + 1).end(), to, true);
        if (s != null) {
          return known(s, Speaker.SpeakerCue.ACCORDING_TO);
        }
      }
    }
    int verb = lastVerb(words);
    if (verb < 0) {
      return new Speaker.Unknown("no reporting verb before the quotation");
    }
    Slot s = VerbSubject.of(text, slots, from, words, verb);
    return s == null ? new Speaker.Unknown("no speaker before the reporting verb") : known(s, cue);
  }

  private Speaker inWindow(
      SentencedText text, int from, int to, List<Slot> slots, Speaker.SpeakerCue cue) {
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
    Slot s = Slot.firstIn(slots, text, from, v, true);
    if (s == null) {
      s = Slot.firstIn(slots, text, v, to, true);
    }
    if (s == null) {
      s = Slot.firstIn(slots, text, from, to, false);
    }
    return s == null
        ? new Speaker.Unknown("a reporting verb but no speaker after the quotation")
        : known(s, cue);
  }

  /** The last reporting verb of {@code words}, else the last other verb of speech, or -1. */
  private static int lastVerb(List<Word> words) {
    for (int i = words.size() - 1; i >= 0; i--) {
      if (ReportingVerbs.contains(words.get(i).key())) {
        return i;
      }
    }
    for (int i = words.size() - 1; i >= 0; i--) {
      if (VerbSubject.SPEECH_ACTS.contains(words.get(i).key())) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isUnresolvedSpeaker(Speaker s) {
    return s instanceof Speaker.Unknown u && u.reason().startsWith("speaker '");
  }

  private static Speaker known(Slot s, Speaker.SpeakerCue cue) {
    return s.referent() == null
        ? new Speaker.Unknown("speaker '" + s.text() + "' could not be resolved: " + s.why())
        : new Speaker.Known(s.referent(), s.span(), cue);
  }
}
