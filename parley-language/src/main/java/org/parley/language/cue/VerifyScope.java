package org.parley.language.cue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parley.language.text.SentencedText;
import org.parley.model.Span;
import org.parley.model.Status;

/**
 * The reach of "could not independently verify their account / the report / the claims": its own
 * clause, and the claims of the report it refers to. The report is the unnamed sources' when the
 * marker's clause names them ("the officials' account"), else the one the nearest relaying frame
 * before the marker belongs to — the same outlets, or unnamed sources ("…, one of the officials
 * said"); a named source telling an outlet relays nothing. Every earlier sentence governed by a
 * frame of that report, in the marker's paragraph and the paragraphs before it back to one that
 * relays nothing of it, is unverified too. The marker's own cue reaches back over the run of such
 * sentences right before it; each earlier run gets a cue of its own with the same marker span.
 * Stateless.
 */
final class VerifyScope {
  private static final String UNNAMED = "unnamed sources";
  private static final Pattern SOURCES =
      Pattern.compile("\\b(?:officials?|sources?|diplomats?|people|person|aides?|insiders?)\\b");

  private VerifyScope() {}

  /** Whether a marker says the writer could not verify (not the adjective "unverified"). */
  static boolean widens(AttributionCue.StatusMarker m) {
    return m.status() == Status.UNVERIFIED && !m.marker().toLowerCase(Locale.ROOT).startsWith("un");
  }

  static List<AttributionCue> widen(
      SentencedText text, int s, AttributionCue.StatusMarker marker, List<AttributionCue> found) {
    List<AttributionCue.ReportingFrame> frames = relayingFrames(found);
    if (frames.isEmpty()) {
      return List.of(marker);
    }
    String report = reportOf(frames.get(frames.size() - 1));
    boolean named = namesUnnamedSources(text, marker);
    if (named && frames.stream().anyMatch(f -> f.via().isEmpty())) {
      report = UNNAMED; // "could not verify the officials' account" reaches them wherever they are
    }
    Runs runs = scanBack(text, s, marker, report, frames, named);
    Span own = new Span(text.sentences().get(runs.ownStart).span().start(), marker.scope().end());
    runs.out.add(
        0, new AttributionCue.StatusMarker(marker.span(), own, marker.status(), marker.marker()));
    return runs.out;
  }

  private static List<AttributionCue.ReportingFrame> relayingFrames(List<AttributionCue> found) {
    List<AttributionCue.ReportingFrame> frames = new ArrayList<>();
    for (AttributionCue c : found) {
      if (c instanceof AttributionCue.ReportingFrame f && relays(f)) {
        frames.add(f);
      }
    }
    return frames;
  }

  /** Walks back from the marker's sentence while its paragraphs still relay the report. */
  private static Runs scanBack(
      SentencedText text,
      int s,
      AttributionCue.StatusMarker marker,
      String report,
      List<AttributionCue.ReportingFrame> frames,
      boolean named) {
    Runs runs = new Runs(s);
    int para = text.paragraphOf(s);
    boolean relayed = true; // the marker's own paragraph never ends the search
    for (int k = s - 1; k >= 0; k--) {
      if (text.paragraphOf(k) != para) {
        if (!relayed && !named) {
          break; // the paragraph just scanned relays nothing of the report
        }
        para = text.paragraphOf(k);
        relayed = false;
      }
      boolean governed = isGovernedBy(text, k, report, frames);
      relayed |= governed;
      runs.accept(text, k, governed, marker);
    }
    addRun(text, runs.runFrom, runs.runTo, marker, runs.out);
    return runs;
  }

  /**
   * The sentences governed by the report, walking back: those touching the marker's own sentence
   * widen its scope; later runs become markers of their own.
   */
  private static final class Runs {
    private final List<AttributionCue> out = new ArrayList<>();
    private int ownStart;
    private boolean touching = true;
    private int runFrom = -1;
    private int runTo = -1;

    Runs(int s) {
      this.ownStart = s;
    }

    void accept(SentencedText text, int k, boolean governed, AttributionCue.StatusMarker marker) {
      if (governed && touching) {
        ownStart = k;
      } else if (governed) {
        runTo = runTo < 0 ? k : runTo;
        runFrom = k;
      } else {
        touching = false;
        addRun(text, runFrom, runTo, marker, out);
        runTo = -1;
      }
    }
  }

  private static void addRun(
      SentencedText text,
      int from,
      int to,
      AttributionCue.StatusMarker m,
      List<AttributionCue> out) {
    if (to < 0 || from > to) {
      return;
    }
    Span scope = text.sentences().get(from).span().union(text.sentences().get(to).span());
    out.add(new AttributionCue.StatusMarker(m.span(), scope, m.status(), m.marker()));
  }

  /**
   * Whether a frame relays what another told: an outlet or report that reports it, or an unnamed
   * source ("Peskov told Russian television" is on the record, not a report to verify).
   */
  private static boolean relays(AttributionCue.ReportingFrame f) {
    return f.status() == Status.REPORTED;
  }

  /** The report a frame belongs to: its outlets, else the unnamed sources. */
  private static String reportOf(AttributionCue.ReportingFrame f) {
    return f.via().isEmpty() ? UNNAMED : "via " + f.via();
  }

  /** Whether the marker's clause names what it cannot verify as the sources' account. */
  private static boolean namesUnnamedSources(SentencedText text, AttributionCue.StatusMarker m) {
    String rest =
        text.aligned()
            .originalText(new Span(m.span().end(), Math.max(m.span().end(), m.scope().end())));
    return SOURCES.matcher(rest.toLowerCase(Locale.ROOT)).find();
  }

  private static boolean isGovernedBy(
      SentencedText text, int s, String report, List<AttributionCue.ReportingFrame> frames) {
    Span sentence = text.sentences().get(s).span();
    return frames.stream()
        .anyMatch(f -> f.scope().overlaps(sentence) && reportOf(f).equals(report));
  }
}
