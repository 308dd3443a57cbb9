package org.parley.language.cue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.parley.language.coref.Coreference;
import org.parley.language.mention.Mention;
import org.parley.language.text.SentencedText;
import org.parley.model.Span;

/**
 * Finds the attribution cues of a body: the reporting frames and markers of each sentence, then the
 * links between sentences the text makes explicit — "the report claimed" takes the outlet and
 * source of the report last named; "could not independently verify" governs the sentences before it
 * relayed through that report ({@link VerifyScope}); a frame at the end of a sentence reaches the
 * next sentence when that one only continues the same voice ("…," Lavrov added.). Stateless.
 */
public final class CueFinder {
  /** Source nouns that name the same group of unnamed sources ("the officials", "one official"). */
  private static final List<String> SOURCE_KINDS =
      List.of(
          "official", "source", "diplomat", "aide", "insider", "person", "people", "negotiator");

  private static final Pattern CONTINUES =
      Pattern.compile("[\"']\\s*,?\\s*[^\"]{0,60}\\b(?:added|continued|went on)\\b[^\"]{0,40}$");

  /** The cues of {@code text}, in document order. */
  public List<AttributionCue> find(SentencedText text, List<Mention> mentions, Coreference coref) {
    List<AttributionCue> out = new ArrayList<>();
    List<AttributionCue.ReportingFrame> last = new ArrayList<>();
    int m = 0;
    for (int s = 0; s < text.sentences().size(); s++) {
      Span sentence = text.sentences().get(s).span();
      List<Mention> inSentence = new ArrayList<>();
      while (m < mentions.size() && mentions.get(m).span().start() < sentence.end()) {
        if (mentions.get(m).span().start() >= sentence.start()) {
          inSentence.add(mentions.get(m));
        }
        m++;
      }
      for (AttributionCue.ReportingFrame f : ReportingFrames.find(text, s, inSentence, coref)) {
        AttributionCue.ReportingFrame linked = linkReport(f, last);
        out.add(continueInto(text, s, linked));
        if (!linked.via().isEmpty()) {
          last.add(linked);
        }
      }
      for (AttributionCue c : StatusMarkers.find(text, s)) {
        if (c instanceof AttributionCue.StatusMarker sm && VerifyScope.widens(sm)) {
          out.addAll(VerifyScope.widen(text, s, sm, out));
        } else {
          out.add(c);
        }
      }
    }
    out.sort(Comparator.comparingInt(c -> c.span().start()));
    return List.copyOf(out);
  }

  /** "The report also claimed": the outlet and source of the report named last. */
  private static AttributionCue.ReportingFrame linkReport(
      AttributionCue.ReportingFrame f, List<AttributionCue.ReportingFrame> last) {
    if (f.kind() != FrameKind.REPORTED || !f.via().isEmpty() || last.isEmpty()) {
      return f;
    }
    var prev = last.get(last.size() - 1);
    boolean relayed = prev.kind() == FrameKind.TOLD || prev.kind() == FrameKind.REPORTED;
    if (!relayed || f.span().start() - prev.scope().end() > 400) {
      return f;
    }
    return new AttributionCue.ReportingFrame(
        f.span(),
        f.scope(),
        f.kind(),
        prev.source(),
        prev.sourcePhrase(),
        prev.via(),
        prev.named());
  }

  private static AttributionCue.ReportingFrame continueInto(
      SentencedText text, int s, AttributionCue.ReportingFrame f) {
    if (s + 1 >= text.sentences().size()
        || f.scope().end() > text.sentences().get(s).span().end()) {
      return f;
    }
    String next = text.sentenceText(s + 1);
    boolean voice =
        next.contains("added") || next.contains("continued") || next.contains("went on");
    if (!voice || next.indexOf('"') < 0 || !CONTINUES.matcher(next).find()) {
      return f;
    }
    Span scope = f.scope().union(text.sentences().get(s + 1).span());
    return new AttributionCue.ReportingFrame(
        f.span(), scope, f.kind(), f.source(), f.sourcePhrase(), f.via(), f.named());
  }
}
