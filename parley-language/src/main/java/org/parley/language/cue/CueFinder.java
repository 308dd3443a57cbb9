package org.parley.language.cue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.parley.language.coref.Coreference;
import org.parley.language.mention.Mention;
import org.parley.language.text.SentencedText;
import org.parley.model.Span;
import org.parley.model.Status;

/**
 * Finds the attribution cues of a body: the reporting frames and markers of each sentence, then the
 * links between sentences the text makes explicit — "the report claimed" takes the outlet and
 * source of the report last named; "could not independently verify" governs the run of sentences
 * before it relayed through that report; a frame at the end of a sentence reaches the next sentence
 * when that one only continues the same voice ("…," Lavrov added.). Stateless.
 */
public final class CueFinder {
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
        out.add(
            c instanceof AttributionCue.StatusMarker sm && sm.status() == Status.UNVERIFIED
                ? widen(text, s, sm, out)
                : c);
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

  /** Widens "could not verify" over the sentences before it relayed through the same report. */
  private static AttributionCue widen(
      SentencedText text, int s, AttributionCue.StatusMarker marker, List<AttributionCue> found) {
    List<AttributionCue.ReportingFrame> frames = new ArrayList<>();
    for (AttributionCue c : found) {
      if (c instanceof AttributionCue.ReportingFrame f && !f.via().isEmpty()) {
        frames.add(f);
      }
    }
    if (frames.isEmpty()) {
      return marker;
    }
    List<String> via = frames.get(frames.size() - 1).via();
    int from = s;
    while (from > 0 && hasFrameWith(text, from - 1, via, frames)) {
      from--;
    }
    Span scope = new Span(text.sentences().get(from).span().start(), marker.scope().end());
    return new AttributionCue.StatusMarker(marker.span(), scope, marker.status(), marker.marker());
  }

  private static boolean hasFrameWith(
      SentencedText text, int s, List<String> via, List<AttributionCue.ReportingFrame> frames) {
    Span sentence = text.sentences().get(s).span();
    return frames.stream().anyMatch(f -> sentence.contains(f.span()) && f.via().equals(via));
  }
}
